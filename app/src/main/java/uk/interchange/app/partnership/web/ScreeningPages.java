package uk.interchange.app.partnership.web;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.interchange.app.partnership.screening.BidderForm;
import uk.interchange.app.partnership.screening.OcdsBidders;
import uk.interchange.app.partnership.screening.ScreeningRun;
import uk.interchange.app.partnership.store.ScreeningStore;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.FormValues;
import uk.interchange.app.web.NotFound;
import uk.interchange.app.web.UploadedText;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.screening.Bidder;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.Screening;
import uk.interchange.partnership.screening.ScreeningCsv;
import uk.interchange.partnership.screening.TenderLimits;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The council's side of supplier screening, for procurement officers: a screening per tender, its bidders typed in,
 * uploaded as CSV or read from an Open Contracting release package, then screened. The council learns "no hit" or
 * "refer to police" for each bidder, and later the police's advice; never the intelligence behind either.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class ScreeningPages {
    private final ScreeningStore store;
    private final ScreeningRun run;
    private final Accounts accounts;
    private final Nicknames nicknames = Nicknames.builtIn();

    public ScreeningPages(ScreeningStore store, ScreeningRun run, Accounts accounts) {
        this.store = store;
        this.run = run;
        this.accounts = accounts;
    }

    @GetMapping("/partnership/screenings")
    public String list(Principal who, Model model) {
        Viewer v = buyer(who);
        model.addAttribute("screenings", store.of(v.organisation().id()));
        model.addAttribute("force", store.coveringForce(v.organisation().id()).isPresent());
        return "partnership/screenings";
    }

    @GetMapping("/partnership/screenings/new")
    public String form(Principal who, Model model) {
        buyer(who);
        model.addAttribute("values", Map.of());
        model.addAttribute("problems", List.of());
        return "partnership/screening-new";
    }

    @PostMapping("/partnership/screenings/new")
    public String create(@RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = buyer(who);
        List<FieldProblem> problems = new ArrayList<>();
        String reference = form.getOrDefault("reference", "").strip();
        String title = form.getOrDefault("title", "").strip();
        if (reference.isEmpty()) {
            problems.add(new FieldProblem("reference", "is empty: give the tender's reference"));
        } else if (reference.length() > 60) {
            problems.add(new FieldProblem("reference", "is longer than 60 characters"));
        } else if (store.referenceTaken(v.organisation().id(), reference)) {
            problems.add(new FieldProblem(
                    "reference", "\"" + reference + "\" already has a screening: open it from" + " the list"));
        }
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "is empty: say what the contract is for"));
        }
        var tenderDate = FormValues.date(form, "tenderDate", problems, false);
        if (!problems.isEmpty()) {
            model.addAttribute("values", form);
            model.addAttribute("problems", problems);
            return "partnership/screening-new";
        }
        UUID id = store.create(v, reference, title, tenderDate);
        return "redirect:/partnership/screenings/" + id;
    }

    @GetMapping("/partnership/screenings/{id}")
    public String screening(@PathVariable String id, Principal who, Model model) {
        Viewer v = buyer(who);
        return show(v, screeningOf(v, id), Map.of(), List.of(), Optional.empty(), model);
    }

    @PostMapping("/partnership/screenings/{id}/bidders")
    public String addTyped(
            @PathVariable String id, @RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = buyer(who);
        Screening s = screeningOf(v, id);
        BidderForm.Read read = BidderForm.read(form, nicknames);
        if (!read.problems().isEmpty()) {
            return show(v, s, form, read.problems(), Optional.empty(), model);
        }
        Optional<String> tooMany = tooMany(v, s, Map.of("form", read.parties()));
        if (tooMany.isPresent()) {
            return show(
                    v,
                    s,
                    form,
                    List.of(new FieldProblem("companyName", "was not added: " + tooMany.get())),
                    none(),
                    model);
        }
        store.addBidders(v, s.id(), Map.of("form", read.parties()), "form");
        return "redirect:/partnership/screenings/" + s.id() + "#bidders";
    }

    @PostMapping("/partnership/screenings/{id}/upload")
    public String upload(
            @PathVariable String id,
            @RequestParam(required = false) MultipartFile file,
            Principal who,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Viewer v = buyer(who);
        Screening s = screeningOf(v, id);
        if (file == null || file.isEmpty()) {
            return show(
                    v,
                    s,
                    Map.of(),
                    List.of(new FieldProblem("file", "is empty: choose a CSV or JSON file")),
                    none(),
                    model);
        }
        UploadedText.Read read;
        try {
            read = UploadedText.decode(file.getBytes());
        } catch (UploadedText.NotText e) {
            return show(v, s, Map.of(), List.of(new FieldProblem("file", e.getMessage())), none(), model);
        }
        String text = read.text();
        String name = Optional.ofNullable(file.getOriginalFilename()).orElse("");
        boolean json = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                || text.stripLeading().startsWith("{");
        Map<String, List<Party>> bidders;
        try {
            bidders = json
                    ? OcdsBidders.read(text, nicknames).bidders()
                    : ScreeningCsv.bidders(new java.io.StringReader(text), nicknames)
                            .bidders();
        } catch (ScreeningCsv.Refused e) {
            String what = json ? "is not an Open Contracting release package this can read: " : "was not read: ";
            return show(
                    v,
                    s,
                    Map.of(),
                    List.of(new FieldProblem("file", what + e.getMessage() + "; nothing was added")),
                    none(),
                    model);
        }
        if (bidders.isEmpty()) {
            return show(
                    v, s, Map.of(), List.of(new FieldProblem("file", "has a header but no bidders")), none(), model);
        }
        Optional<String> tooMany = tooMany(v, s, bidders);
        if (tooMany.isPresent()) {
            return show(
                    v,
                    s,
                    Map.of(),
                    List.of(new FieldProblem("file", "was not added: " + tooMany.get())),
                    none(),
                    model);
        }
        store.addBidders(v, s.id(), bidders, json ? "ocds" : "csv");
        read.note().ifPresent(n -> redirect.addFlashAttribute("note", n));
        return "redirect:/partnership/screenings/" + s.id() + "#bidders";
    }

    @PostMapping("/partnership/screenings/{id}/bidders/{bidder}/remove")
    public String remove(@PathVariable String id, @PathVariable String bidder, Principal who) {
        Viewer v = buyer(who);
        Screening s = screeningOf(v, id);
        store.removeBidder(v, s.id(), ReasonGate.id(bidder));
        return "redirect:/partnership/screenings/" + s.id() + "#bidders";
    }

    @PostMapping("/partnership/screenings/{id}/screen")
    public String screen(@PathVariable String id, Principal who, Model model) {
        Viewer v = buyer(who);
        Screening s = screeningOf(v, id);
        try {
            ScreeningRun.Done done = run.run(v, s);
            return show(v, screeningOf(v, id), Map.of(), List.of(), Optional.of(done), model);
        } catch (ScreeningRun.CannotRun e) {
            return show(v, s, Map.of(), List.of(new FieldProblem("screen", e.getMessage())), none(), model);
        }
    }

    private String show(
            Viewer v,
            Screening s,
            Map<String, String> values,
            List<FieldProblem> problems,
            Optional<ScreeningRun.Done> done,
            Model model) {
        model.addAttribute("screening", s);
        model.addAttribute("bidders", store.bidders(v.organisation().id(), s.id()));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        model.addAttribute("done", done.orElse(null));
        model.addAttribute("officers", BidderForm.OFFICERS);
        model.addAttribute("roles", BidderForm.ROLES);
        return "partnership/screening";
    }

    /** What is wrong with adding these bidders to the tender, counting those it has: see {@link TenderLimits}. */
    private Optional<String> tooMany(Viewer v, Screening s, Map<String, List<Party>> more) {
        List<Bidder> had = store.bidders(v.organisation().id(), s.id());
        int entities = had.stream().mapToInt(b -> b.parties().size()).sum();
        return TenderLimits.adding(had.size(), entities, more);
    }

    private static Optional<ScreeningRun.Done> none() {
        return Optional.empty();
    }

    private Screening screeningOf(Viewer v, String id) {
        return store.get(v.organisation().id(), ReasonGate.id(id)).orElseThrow(() -> new NotFound("such screening"));
    }

    /** Only a council's procurement officers screen its tenders. */
    private Viewer buyer(Principal who) {
        Viewer v = accounts.viewerOf(who);
        if (!v.roles().contains(Role.PROCUREMENT_OFFICER)
                || v.organisation().type() != uk.interchange.partnership.sharing.OrganisationType.LOCAL_AUTHORITY) {
            throw new AccessDeniedException("only a council's procurement officers screen its tenders' bidders");
        }
        return v;
    }
}
