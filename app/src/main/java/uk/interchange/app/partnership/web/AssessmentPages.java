package uk.interchange.app.partnership.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.response.AssessmentStore;
import uk.interchange.app.partnership.store.GroupStore;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.response.ScoringModel;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Group assessments: the ranked list of assessed groups the person may read, with how each moved since its last
 * assessment; assessing one of the organisation's own groups on a chosen model version; and adding model versions.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class AssessmentPages {
    private final AssessmentStore store;
    private final GroupStore groups;
    private final Accounts accounts;

    public AssessmentPages(AssessmentStore store, GroupStore groups, Accounts accounts) {
        this.store = store;
        this.groups = groups;
        this.accounts = accounts;
    }

    @GetMapping("/partnership/assessments")
    public String ranked(Principal who, HttpSession session, Model model) {
        Viewer v = accounts.viewerOf(who);
        Optional<Enquiry> e = ReasonGate.forList(session, ReasonGate.ASSESSMENTS);
        if (e.isEmpty()) {
            return ReasonGate.ask(model, session, ReasonGate.ASSESSMENTS);
        }
        model.addAttribute("ranked", store.ranked(v, e.get().reason()));
        model.addAttribute("writer", v.readsRecords());
        return "partnership/assessments";
    }

    @Access(value = Access.Rule.PARTNERSHIP, changes = false)
    @PostMapping("/partnership/assessments")
    public String rankedReason(
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            HttpSession session,
            Model model) {
        return ReasonGate.take(
                reason, caseReference, session, model, "/partnership/assessments", ReasonGate.ASSESSMENTS);
    }

    @GetMapping("/partnership/groups/{owner}/{id}/assess")
    public String form(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String model,
            Principal who,
            Model page) {
        Viewer v = Writers.require(accounts.viewerOf(who), "assess groups");
        GroupStore.Group g = own(v, owner, id);
        ScoringModel m = chosen(model).orElseGet(ScoringModel::standard);
        return show(g, m, Map.of("assessedOn", LocalDate.now().toString()), List.of(), page);
    }

    @PostMapping("/partnership/groups/{owner}/{id}/assess")
    public String assess(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Principal who,
            Model page) {
        Viewer v = Writers.require(accounts.viewerOf(who), "assess groups");
        GroupStore.Group g = own(v, owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ScoringModel> chosen = chosen(form.getOrDefault("model", ""));
        if (chosen.isEmpty()) {
            problems.add(new FieldProblem(
                    "model", "\"" + form.getOrDefault("model", "") + "\" is not a scoring model version held here"));
            return show(g, ScoringModel.standard(), form, problems, page);
        }
        ScoringModel m = chosen.get();
        Map<String, Integer> scores = new HashMap<>();
        Map<String, ScoringModel.Confidence> confidences = new HashMap<>();
        for (ScoringModel.Dimension d : m.dimensions()) {
            String value = form.getOrDefault("score-" + d.key(), "").strip();
            try {
                int n = Integer.parseInt(value);
                if (n < d.min() || n > d.max()) {
                    problems.add(new FieldProblem("score-" + d.key(), "must be " + d.min() + " to " + d.max()));
                }
                scores.put(d.key(), n);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("score-" + d.key(), "is not chosen"));
            }
            try {
                confidences.put(
                        d.key(),
                        ScoringModel.Confidence.valueOf(
                                form.getOrDefault("confidence-" + d.key(), "").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("confidence-" + d.key(), "is not chosen: low, medium or high"));
            }
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(form.getOrDefault("assessedOn", "").strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem("assessedOn", "is not a date written as 2026-11-22"));
        }
        String rationale = form.getOrDefault("rationale", "").strip();
        if (rationale.length() < 5) {
            problems.add(new FieldProblem("rationale", "is needed: say what the scores rest on"));
        }
        if (!problems.isEmpty()) {
            return show(g, m, form, problems, page);
        }
        store.assess(v, g.id(), m, scores, confidences, on, rationale);
        return "redirect:/partnership/groups/" + owner + "/" + id + "#assessments";
    }

    @GetMapping("/partnership/assessments/models")
    public String models(Principal who, Model model) {
        Writers.require(accounts.viewerOf(who), "see scoring models");
        return showModels(Map.of(), List.of(), model);
    }

    @PostMapping("/partnership/assessments/models")
    public String addModel(@RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = Writers.require(accounts.viewerOf(who), "add scoring models");
        ScoringModel m;
        try {
            m = ScoringModel.read(
                    form.getOrDefault("id", "").strip(),
                    Integer.parseInt(form.getOrDefault("version", "").strip()),
                    form.getOrDefault("title", "").strip(),
                    form.getOrDefault("definition", ""));
        } catch (NumberFormatException e) {
            return showModels(form, List.of(new FieldProblem("version", "is not a whole number")), model);
        } catch (IllegalArgumentException e) {
            return showModels(form, List.of(new FieldProblem("definition", e.getMessage())), model);
        }
        if (!store.addModel(v, m)) {
            return showModels(
                    form,
                    List.of(new FieldProblem(
                            "version", m.id() + " version " + m.version() + " exists: a version is never changed")),
                    model);
        }
        return "redirect:/partnership/assessments/models";
    }

    private String showModels(Map<String, String> values, List<FieldProblem> problems, Model model) {
        model.addAttribute("models", store.models());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/scoring-models";
    }

    private String show(
            GroupStore.Group g, ScoringModel m, Map<String, String> values, List<FieldProblem> problems, Model page) {
        page.addAttribute("group", g);
        page.addAttribute("model", m);
        page.addAttribute("models", store.models());
        page.addAttribute("values", values);
        page.addAttribute("problems", problems);
        return "partnership/assess";
    }

    /** A model named "id:version". */
    private Optional<ScoringModel> chosen(String idAndVersion) {
        int colon = idAndVersion.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return store.model(idAndVersion.substring(0, colon), Integer.parseInt(idAndVersion.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private GroupStore.Group own(Viewer v, String owner, String id) {
        if (!owner.equals(v.organisation().id())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only the organisation that records a group assesses it");
        }
        UUID uuid = ReasonGate.id(id);
        return groups.view(v, owner, uuid, "assessing my organisation's own group", Optional.empty())
                .orElseThrow(() -> new NotFound("such group"));
    }
}
