package uk.interchange.app.partnership.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.partnership.store.ReportStore;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.model.ReportDraft;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Writing and reading intelligence reports. The form is checked field by field and shown again with every problem;
 * nothing is stored until all is well. Reading another organisation's report needs a reason, as for any record.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class ReportPages {
    /** The form's fields as posted. */
    public record Form(
            String text,
            String model,
            String source,
            String assessment,
            String handling,
            String conditions,
            String legacyGrading,
            String marking,
            String reviewOn,
            String shareGroups,
            List<String> shareWith) {}

    private final ReportStore reports;
    private final Accounts accounts;
    private final Organisations organisations;
    private final Clock clock;

    public ReportPages(ReportStore reports, Accounts accounts, Organisations organisations, Clock clock) {
        this.reports = reports;
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/partnership/reports/new")
    public String form(Principal who, Model model) {
        writer(who);
        return show(new Form("", "3x5x2", "", "", "P", "", "", "OFFICIAL", "", "", List.of()), List.of(), model);
    }

    @PostMapping("/partnership/reports")
    public String create(@ModelAttribute Form form, Principal who, Model model) {
        Viewer v = writer(who);
        var draft = new ReportDraft(
                form.text(),
                form.model(),
                form.source(),
                form.assessment(),
                form.handling(),
                form.conditions(),
                form.legacyGrading(),
                form.marking(),
                form.reviewOn());
        var checked = draft.check("", v.organisation().id(), LocalDate.now(clock));
        List<FieldProblem> problems = new ArrayList<>();
        checked.problems().forEach(p -> problems.add(new FieldProblem(p.field(), p.reason())));
        Set<String> named = new HashSet<>(form.shareWith() == null ? List.of() : form.shareWith());
        named.remove(v.organisation().id());
        for (String org : named) {
            if (!organisations.exists(org)) {
                problems.add(new FieldProblem("share_with", "\"" + org + "\" is not a partnership organisation"));
            }
        }
        if (!problems.isEmpty()) {
            return show(form, problems, model);
        }
        Set<String> groups = "yes".equals(form.shareGroups())
                ? organisations.groupsOf(v.organisation().id())
                : Set.of();
        var r = checked.report().get();
        UUID id = reports.create(
                v,
                r,
                new Sharing(v.organisation().id(), named, groups, r.grading().sharingCode()),
                Optional.empty());
        return "redirect:/partnership/reports/" + v.organisation().id() + "/" + id;
    }

    @GetMapping("/partnership/reports/{owner}/{id}")
    public String report(
            @PathVariable String owner, @PathVariable String id, Principal who, HttpSession session, Model model) {
        Viewer v = accounts.viewerOf(who);
        boolean own = owner.equals(v.organisation().id());
        Optional<Enquiry> enquiry = ReasonGate.enquiry(session, v, owner, "working on my organisation's own report");
        if (enquiry.isEmpty()) {
            return ReasonGate.ask(model);
        }
        UUID uuid = ReasonGate.id(id);
        Enquiry why = enquiry.get();
        var r = reports.view(v, owner, uuid, why.reason(), why.caseRef())
                .orElseThrow(() -> new NotFound("such record"));
        model.addAttribute("report", r);
        model.addAttribute("own", own);
        model.addAttribute("problems", List.of());
        return "partnership/report";
    }

    @Access(value = Access.Rule.PARTNERSHIP, changes = false)
    @PostMapping("/partnership/reports/{owner}/{id}")
    public String reason(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            HttpSession session,
            Model model) {
        return ReasonGate.take(reason, caseReference, session, model, "/partnership/reports/" + owner + "/" + id);
    }

    /**
     * A sanitised copy of the organisation's own report, for wider sharing: new words, the same source evaluation
     * and assessment, handling code P, OFFICIAL, shared with the organisation's groups. The original is not
     * widened; the copy names it.
     */
    @PostMapping("/partnership/reports/{owner}/{id}/sanitised")
    public String sanitise(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String text,
            Principal who,
            HttpSession session,
            Model model) {
        Viewer v = writer(who);
        if (!owner.equals(v.organisation().id())) {
            throw new NotFound("such record");
        }
        UUID original = ReasonGate.id(id);
        var r = reports.view(v, owner, original, "making a sanitised copy", Optional.empty())
                .orElseThrow(() -> new NotFound("such record"));
        if (text.isBlank()) {
            model.addAttribute("report", r);
            model.addAttribute("own", true);
            model.addAttribute(
                    "problems", List.of(new FieldProblem("sanitised", "is empty: write what may be shared")));
            return "partnership/report";
        }
        String graded = r.grading().length() >= 2 ? r.grading().substring(0, 2) : "";
        var draft = new ReportDraft(
                text,
                "3x5x2",
                graded.isEmpty() ? "" : graded.substring(0, 1),
                graded.length() > 1 ? graded.substring(1, 2) : "",
                "P",
                "",
                "",
                "OFFICIAL",
                r.reviewOn().toString());
        var checked = draft.check("", owner, LocalDate.now(clock));
        if (checked.report().isEmpty()) {
            // an original under the older 5x5x5 grading has no 3x5x2 grades to carry over
            model.addAttribute("report", r);
            model.addAttribute("own", true);
            model.addAttribute(
                    "problems",
                    List.of(new FieldProblem(
                            "sanitised",
                            "cannot be made from this report: "
                                    + checked.problems().get(0).field() + " "
                                    + checked.problems().get(0).reason())));
            return "partnership/report";
        }
        Set<String> groups = organisations.groupsOf(owner);
        UUID copy = reports.create(
                v,
                checked.report().get(),
                new Sharing(owner, Set.of(), groups, uk.interchange.partnership.model.Grading.Handling.P),
                Optional.of(original));
        return "redirect:/partnership/reports/" + owner + "/" + copy;
    }

    private String show(Form form, List<FieldProblem> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("organisations", organisations.all());
        return "partnership/report-new";
    }

    private Viewer writer(Principal who) {
        return Writers.require(accounts.viewerOf(who), "write reports");
    }
}
