package uk.interchange.app.partnership.response;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
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
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.partnership.web.Writers;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.FormValues;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.response.collaborations.Benefit;
import uk.interchange.partnership.response.collaborations.Collaboration;
import uk.interchange.partnership.response.collaborations.Milestone;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Collaborations between forces: the programme view that an evaluator reads to compare initiatives side by side,
 * one initiative with its milestones and benefits, and recording them (the leading force does).
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class CollaborationPages {
    private final CollaborationStore store;
    private final Accounts accounts;
    private final Organisations organisations;

    public CollaborationPages(CollaborationStore store, Accounts accounts, Organisations organisations) {
        this.store = store;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/collaborations")
    public String programme(Principal who, Model model) {
        Viewer v = accounts.viewerOf(who);
        return showProgramme(v, Map.of(), List.of(), model);
    }

    @PostMapping("/partnership/collaborations")
    public String create(
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> forces,
            Principal who,
            Model model) {
        Viewer v = writer(who);
        List<FieldProblem> problems = new ArrayList<>();
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "is empty"));
        }
        String service = form.getOrDefault("service", "");
        if (!Collaboration.SERVICES.contains(service)) {
            problems.add(new FieldProblem("service", "is not a service listed"));
        }
        List<String> taking = new ArrayList<>(forces == null ? List.of() : forces);
        if (!taking.contains(v.organisation().id())) {
            taking.add(0, v.organisation().id());
        }
        if (taking.size() < 2) {
            problems.add(new FieldProblem("forces", "a collaboration needs at least one other force"));
        }
        for (String f : taking) {
            if (!organisations.exists(f)) {
                problems.add(new FieldProblem("forces", "\"" + f + "\" is not an organisation here"));
            }
        }
        Optional<BigDecimal> funding = FormValues.pounds(form, "funding", problems);
        Optional<LocalDate> starts = FormValues.date(form, "starts", problems, true);
        Optional<LocalDate> ends = FormValues.date(form, "ends", problems, false);
        if (starts.isPresent() && ends.isPresent() && ends.get().isBefore(starts.get())) {
            problems.add(new FieldProblem("ends", "is before it starts"));
        }
        if (!problems.isEmpty()) {
            return showProgramme(v, form, problems, model);
        }
        UUID id = store.create(v, name, service, taking, funding.orElse(BigDecimal.ZERO), starts.get(), ends);
        return "redirect:/partnership/collaborations/" + v.organisation().id() + "/" + id;
    }

    @GetMapping("/partnership/collaborations/{owner}/{id}")
    public String one(@PathVariable String owner, @PathVariable String id, Principal who, Model model) {
        Viewer v = accounts.viewerOf(who);
        return show(v, owner, id, Map.of(), List.of(), model);
    }

    @PostMapping("/partnership/collaborations/{owner}/{id}/milestones")
    public String milestone(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Principal who,
            Model model) {
        Viewer v = leader(who, owner);
        Collaboration r = rowOf(owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        String title = form.getOrDefault("title", "").strip();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "is empty"));
        }
        String status = form.getOrDefault("status", "");
        if (!Milestone.STATUSES.contains(status)) {
            problems.add(new FieldProblem("status", "is not a status listed"));
        }
        Optional<LocalDate> due = FormValues.date(form, "due", problems, true);
        if (!problems.isEmpty()) {
            return show(v, owner, id, form, problems, model);
        }
        store.milestone(v, r.id(), new Milestone(title, due.get(), status));
        return "redirect:/partnership/collaborations/" + owner + "/" + id + "#milestones";
    }

    @PostMapping("/partnership/collaborations/{owner}/{id}/benefits")
    public String benefit(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Principal who,
            Model model) {
        Viewer v = leader(who, owner);
        Collaboration r = rowOf(owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        String description = form.getOrDefault("description", "").strip();
        if (description.isEmpty()) {
            problems.add(new FieldProblem("description", "is empty"));
        }
        boolean cashable = "yes".equals(form.get("cashable"));
        Optional<BigDecimal> expected = FormValues.pounds(form, "expected", problems);
        Optional<BigDecimal> realised = FormValues.pounds(form, "realised", problems);
        if (!cashable && (expected.isPresent() || realised.isPresent())) {
            problems.add(new FieldProblem("expected", "a non-cashable benefit has no amount in pounds: describe it"));
        }
        if (!problems.isEmpty()) {
            return show(v, owner, id, form, problems, model);
        }
        store.benefit(v, r.id(), new Benefit(description, cashable, expected, realised));
        return "redirect:/partnership/collaborations/" + owner + "/" + id + "#benefits";
    }

    private String showProgramme(Viewer v, Map<String, String> values, List<FieldProblem> problems, Model model) {
        model.addAttribute("rows", store.programme(Action.today()));
        model.addAttribute("services", Collaboration.SERVICES);
        model.addAttribute(
                "forces",
                organisations.all().stream()
                        .filter(o -> "police-force".equals(o.get("type")) || "rocu".equals(o.get("type")))
                        .toList());
        model.addAttribute("writer", v.readsRecords());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/collaborations";
    }

    private String show(
            Viewer v, String owner, String id, Map<String, String> values, List<FieldProblem> problems, Model model) {
        Collaboration r = rowOf(owner, id);
        model.addAttribute("c", r);
        model.addAttribute("milestones", store.milestones(owner, r.id()));
        model.addAttribute("benefits", store.benefits(owner, r.id()));
        model.addAttribute("statuses", Milestone.STATUSES);
        model.addAttribute("today", Action.today());
        model.addAttribute("leader", owner.equals(v.organisation().id()) && v.readsRecords());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/collaboration";
    }

    private Collaboration rowOf(String owner, String id) {
        return store.get(owner, NotFound.id(id, "such collaboration"), Action.today())
                .orElseThrow(() -> new NotFound("such collaboration"));
    }

    private Viewer writer(Principal who) {
        return Writers.require(accounts.viewerOf(who), "record collaborations");
    }

    /** Only the leading organisation's people change a collaboration. */
    private Viewer leader(Principal who, String owner) {
        Viewer v = writer(who);
        if (!owner.equals(v.organisation().id())) {
            throw new AccessDeniedException("only the force that leads a collaboration changes it");
        }
        return v;
    }
}
