package uk.interchange.app.partnership.response;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.response.hotspots.Hotspot;
import uk.interchange.partnership.response.hotspots.HotspotChart;
import uk.interchange.partnership.response.hotspots.Intervention;
import uk.interchange.partnership.response.hotspots.Measures;
import uk.interchange.partnership.response.hotspots.Months;
import uk.interchange.partnership.response.hotspots.Phase;
import uk.interchange.partnership.response.hotspots.Survey;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Clear-Hold-Build: the hotspots a person's organisation may read, a hotspot's dashboard (monthly crime in the
 * hotspot against its comparison area with the phases shaded and the interventions marked, and the change in each
 * phase with its uncertainty), and recording hotspots, phases and interventions. Crime is imported by
 * {@link CrimeImportPages}.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class HotspotPages {
    private final HotspotStore store;
    private final Accounts accounts;
    private final Organisations organisations;

    public HotspotPages(HotspotStore store, Accounts accounts, Organisations organisations) {
        this.store = store;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/hotspots")
    public String list(Principal who, Model model) {
        Viewer v = accounts.viewerOf(who);
        return showList(v, Map.of(), List.of(), model);
    }

    @PostMapping("/partnership/hotspots")
    public String create(@RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = worker(who);
        List<FieldProblem> problems = new ArrayList<>();
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "is empty: name the hotspot as its partners know it"));
        }
        Map<String, String> stored = new java.util.HashMap<>();
        for (String field : List.of("area", "comparison")) {
            try {
                stored.put(field, HotspotArea.normalise(form.getOrDefault(field, "")));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return showList(v, form, problems, model);
        }
        String org = v.organisation().id();
        UUID id = store.create(
                v,
                name,
                stored.get("area"),
                stored.get("comparison"),
                new Sharing(org, Set.of(), organisations.groupsOf(org), Handling.P));
        return "redirect:/partnership/hotspots/" + org + "/" + id;
    }

    @GetMapping("/partnership/hotspots/{owner}/{id}")
    public String hotspot(@PathVariable String owner, @PathVariable String id, Principal who, Model model) {
        Viewer v = accounts.viewerOf(who);
        return show(v, owner, id, Map.of(), List.of(), model);
    }

    @PostMapping("/partnership/hotspots/{owner}/{id}/phases")
    public String phase(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Principal who,
            Model model) {
        Viewer v = owner(who, owner);
        Hotspot h = hotspotOf(v, owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        String phase = form.getOrDefault("phase", "");
        if (!Phase.NAMES.contains(phase)) {
            problems.add(new FieldProblem("phase", "must be clear, hold or build"));
        }
        Optional<LocalDate> starts = FormValues.date(form, "starts", problems, false);
        Optional<LocalDate> ends = FormValues.date(form, "ends", problems, false);
        if (starts.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("starts"))) {
            problems.add(new FieldProblem("starts", "is empty: when did the phase begin?"));
        }
        if (starts.isPresent() && ends.isPresent() && ends.get().isBefore(starts.get())) {
            problems.add(new FieldProblem("ends", "is before the phase begins"));
        }
        if (!problems.isEmpty()) {
            return show(v, owner, id, form, problems, model);
        }
        store.setPhase(v, h.id(), new Phase(phase, starts.get(), ends));
        return "redirect:/partnership/hotspots/" + owner + "/" + id;
    }

    @PostMapping("/partnership/hotspots/{owner}/{id}/interventions")
    public String intervention(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Principal who,
            Model model) {
        Viewer v = owner(who, owner);
        Hotspot h = hotspotOf(v, owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> on = FormValues.date(form, "on", problems, false);
        if (on.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("on", "is empty: when was it done?"));
        }
        String kind = form.getOrDefault("kind", "");
        if (!Intervention.KINDS.contains(kind)) {
            problems.add(new FieldProblem("kind", "must be one of " + String.join(", ", Intervention.KINDS)));
        }
        String partner = form.getOrDefault("partner", "").strip();
        if (partner.isEmpty()) {
            problems.add(new FieldProblem("partner", "is empty: who did it?"));
        }
        if (!problems.isEmpty()) {
            return show(v, owner, id, form, problems, model);
        }
        store.addIntervention(
                v,
                h.id(),
                new Intervention(
                        on.get(), kind, partner, form.getOrDefault("note", "").strip(), v.user()));
        return "redirect:/partnership/hotspots/" + owner + "/" + id + "#interventions";
    }

    @PostMapping("/partnership/hotspots/{owner}/{id}/surveys")
    public String survey(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Principal who,
            Model model) {
        Viewer v = owner(who, owner);
        Hotspot h = hotspotOf(v, owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> wave = FormValues.date(form, "wave", problems, true);
        String question = form.getOrDefault("question", "").strip();
        if (question.isEmpty()) {
            problems.add(new FieldProblem("question", "is empty"));
        }
        int respondents = 0;
        double agreeing = 0;
        try {
            respondents = Integer.parseInt(form.getOrDefault("respondents", "").strip());
            if (respondents < 1) {
                problems.add(new FieldProblem("respondents", "must be at least 1"));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("respondents", "is not a whole number"));
        }
        try {
            agreeing =
                    Double.parseDouble(form.getOrDefault("agreeing", "").strip().replace("%", ""));
            if (agreeing < 0 || agreeing > 100) {
                problems.add(new FieldProblem("agreeing", "must be 0 to 100"));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("agreeing", "is not a percentage"));
        }
        if (!problems.isEmpty()) {
            return show(v, owner, id, form, problems, model);
        }
        store.addSurvey(v, h.id(), new Survey(wave.get(), question, respondents, agreeing));
        return "redirect:/partnership/hotspots/" + owner + "/" + id + "#surveys";
    }

    private String showList(Viewer v, Map<String, String> values, List<FieldProblem> problems, Model model) {
        model.addAttribute("hotspots", store.visible(v));
        model.addAttribute("writer", v.readsRecords());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/hotspots";
    }

    private String show(
            Viewer v, String owner, String id, Map<String, String> values, List<FieldProblem> problems, Model model) {
        Hotspot h = hotspotOf(v, owner, id);
        Months m = store.months(owner, h.id());
        List<Phase> phases = store.phases(owner, h.id());
        List<Intervention> interventions = store.interventions(owner, h.id());
        model.addAttribute("hotspot", h);
        model.addAttribute("months", m);
        model.addAttribute("countDue", store.countDue(owner, h.id()));
        model.addAttribute("phases", phases);
        model.addAttribute("interventions", interventions);
        model.addAttribute("surveys", store.surveys(owner, h.id()));
        model.addAttribute("changes", Measures.changes(m, phases));
        model.addAttribute(
                "chart",
                HotspotChart.svg(
                        m.months(),
                        m.hotspot(),
                        m.comparison(),
                        phases.stream()
                                .map(p -> new HotspotChart.Span(
                                        p.title(), p.starts(), p.ends().orElse(null)))
                                .toList(),
                        interventions.stream()
                                .map(i -> new HotspotChart.Mark(i.on(), i.kind() + " (" + i.partner() + ")"))
                                .toList()));
        model.addAttribute("own", owner.equals(v.organisation().id()) && v.readsRecords());
        model.addAttribute("phaseNames", Phase.NAMES);
        model.addAttribute("kinds", Intervention.KINDS);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/hotspot";
    }

    private Hotspot hotspotOf(Viewer v, String owner, String id) {
        return store.get(v, owner, NotFound.id(id, "such hotspot")).orElseThrow(() -> new NotFound("such hotspot"));
    }

    /** Analysts, intelligence officers and coordinators record hotspots. */
    private Viewer worker(Principal who) {
        return Writers.require(accounts.viewerOf(who), "record hotspots");
    }

    /** Only the owning organisation changes a hotspot. */
    private Viewer owner(Principal who, String owner) {
        Viewer v = worker(who);
        if (!owner.equals(v.organisation().id())) {
            throw new AccessDeniedException("only the organisation that recorded a hotspot changes it");
        }
        return v;
    }
}
