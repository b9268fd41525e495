package uk.interchange.app.roadworks.planner;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;
import uk.interchange.app.roadworks.store.NoSuchWork;
import uk.interchange.app.roadworks.store.StoredWork;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.app.security.Access;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.publish.Wording;

/** One work as the public sees it: what, where, every occurrence, its history, and its calendar. */
@Controller
public class WorkPage {
    private final WorkStore store;

    public WorkPage(WorkStore store) {
        this.store = store;
    }

    /** A restriction with its wording and occurrences, for the page. */
    public record Line(String summary, String source, List<Occurrence> occurrences, String diversion) {}

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/roadworks/works/{reference}")
    public ModelAndView work(@PathVariable String reference, Model model) {
        Optional<StoredWork> exact = store.findByReference(reference);
        if (exact.isEmpty()) {
            // a reference typed in another case is sent to the work's own address, so links and bookmarks agree
            StoredWork other =
                    store.findByReferenceIgnoringCase(reference).orElseThrow(() -> new NoSuchWork(reference));
            RedirectView there = new RedirectView(
                    "/roadworks/works/" + UriUtils.encodePathSegment(other.reference(), StandardCharsets.UTF_8), true);
            there.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            there.setExposeModelAttributes(false);
            return new ModelAndView(there);
        }
        StoredWork w = exact.get();
        model.addAttribute("w", w);
        model.addAttribute(
                "lines",
                w.work().restrictions().stream()
                        .map((Restriction r) -> new Line(
                                Wording.summary(w.work(), r),
                                r.sourceText(),
                                WorkStore.occurrencesOf(r),
                                r.diversion().map(d -> d.text()).orElse("")))
                        .toList());
        model.addAttribute("versions", store.versions(w.id()));
        return new ModelAndView("roadworks/work");
    }
}
