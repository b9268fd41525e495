package uk.interchange.app.partnership.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.response.ActionStore;
import uk.interchange.app.partnership.response.AssessmentStore;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.partnership.store.GroupStore;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.model.CrimeGroup;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Organised crime groups: the ranked list of those the person may read (by the ROCU's mapping score, as given), a
 * group's page with the members they may read, and recording a new group. The list and the pages need the reason
 * of the enquiry, as any look-up of other organisations' records does.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class GroupPages {
    private final GroupStore groups;
    private final EntityStore entities;
    private final Accounts accounts;
    private final Organisations organisations;
    private final AssessmentStore assessments;
    private final ActionStore actions;

    public GroupPages(
            GroupStore groups,
            EntityStore entities,
            Accounts accounts,
            Organisations organisations,
            AssessmentStore assessments,
            ActionStore actions) {
        this.groups = groups;
        this.assessments = assessments;
        this.actions = actions;
        this.entities = entities;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/groups")
    public String list(Principal who, HttpSession session, Model model) {
        Viewer v = accounts.viewerOf(who);
        Optional<Enquiry> e = ReasonGate.forList(session, ReasonGate.GROUPS);
        if (e.isEmpty()) {
            return ReasonGate.ask(model, session, ReasonGate.GROUPS);
        }
        model.addAttribute("groups", groups.ranked(v, e.get().reason()));
        return "partnership/groups";
    }

    @Access(value = Access.Rule.PARTNERSHIP, changes = false)
    @PostMapping("/partnership/groups")
    public String listReason(
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            HttpSession session,
            Model model) {
        return ReasonGate.take(reason, caseReference, session, model, "/partnership/groups", ReasonGate.GROUPS);
    }

    @GetMapping("/partnership/groups/{owner}/{id}")
    public String group(
            @PathVariable String owner, @PathVariable String id, Principal who, HttpSession session, Model model) {
        Viewer v = accounts.viewerOf(who);
        Optional<Enquiry> enquiry = ReasonGate.enquiry(session, v, owner, "working on my organisation's own group");
        if (enquiry.isEmpty()) {
            return ReasonGate.ask(model);
        }
        UUID uuid = ReasonGate.id(id);
        var g = groups.view(
                        v, owner, uuid, enquiry.get().reason(), enquiry.get().caseRef())
                .orElseThrow(() -> new NotFound("such record"));
        model.addAttribute("group", g);
        model.addAttribute("members", groups.members(v, owner, uuid));
        model.addAttribute("assessments", assessments.of(owner, uuid));
        model.addAttribute("actions", actions.ofGroup(v, owner, uuid));
        model.addAttribute("own", owner.equals(v.organisation().id()) && v.readsRecords());
        return "partnership/group";
    }

    @Access(value = Access.Rule.PARTNERSHIP, changes = false)
    @PostMapping("/partnership/groups/{owner}/{id}")
    public String groupReason(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            HttpSession session,
            Model model) {
        return ReasonGate.take(reason, caseReference, session, model, "/partnership/groups/" + owner + "/" + id);
    }

    @GetMapping("/partnership/groups/new")
    public String form(Principal who, Model model) {
        writer(who);
        return showForm(Map.of(), null, List.of(), model);
    }

    @PostMapping("/partnership/groups/new")
    public String create(@RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = writer(who);
        String org = v.organisation().id();
        List<FieldProblem> problems = new ArrayList<>();
        String reference = form.getOrDefault("reference", "").strip();
        if (reference.isEmpty()) {
            problems.add(new FieldProblem("reference", "is empty"));
        } else if (groups.referenceTaken(org, reference)) {
            problems.add(new FieldProblem("reference", "\"" + reference + "\" is already a group of yours"));
        }
        Optional<CrimeGroup> g = checked(org, reference, form, problems);
        if (!problems.isEmpty()) {
            return showForm(form, null, problems, model);
        }
        Set<String> shared = "yes".equals(form.get("shareGroups")) ? organisations.groupsOf(org) : Set.of();
        UUID id = groups.create(v, g.get(), new Sharing(org, Set.of(), shared, Handling.P));
        return "redirect:/partnership/groups/" + org + "/" + id;
    }

    @GetMapping("/partnership/groups/{owner}/{id}/edit")
    public String edit(@PathVariable String owner, @PathVariable String id, Principal who, Model model) {
        Viewer v = writer(who);
        GroupStore.Group g = own(v, owner, id);
        Map<String, String> values = new java.util.HashMap<>();
        values.put("name", g.name());
        values.put("activities", String.join(", ", g.activities()));
        values.put("area", g.area());
        g.mapping().ifPresent(m -> {
            values.put("score", String.valueOf(m.score()));
            values.put("band", m.band());
            values.put("assessedOn", m.assessedOn().toString());
        });
        return showForm(values, g, List.of(), model);
    }

    @PostMapping("/partnership/groups/{owner}/{id}/edit")
    public String change(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Principal who,
            Model model) {
        Viewer v = writer(who);
        GroupStore.Group g = own(v, owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<CrimeGroup> changed = checked(owner, g.reference(), form, problems);
        String reason = form.getOrDefault("reason", "").strip();
        if (reason.length() < 5) {
            problems.add(new FieldProblem("reason", "is needed: say why the group's record changes (it is recorded)"));
        }
        if (!problems.isEmpty()) {
            return showForm(form, g, problems, model);
        }
        groups.update(v, g.id(), changed.get(), reason);
        return "redirect:/partnership/groups/" + owner + "/" + id;
    }

    /** A person of the records joins the group, found by a search that is logged like any other. */
    @GetMapping("/partnership/groups/{owner}/{id}/members")
    public String memberForm(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String q,
            Principal who,
            HttpSession session,
            Model model) {
        Viewer v = writer(who);
        GroupStore.Group g = own(v, owner, id);
        return showMembers(v, g, q, session, List.of(), model);
    }

    @PostMapping("/partnership/groups/{owner}/{id}/members")
    public String addMember(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String role,
            Principal who,
            HttpSession session,
            Model model) {
        Viewer v = writer(who);
        GroupStore.Group g = own(v, owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        Enquiry why = enquiry(session);
        Optional<Found> chosen = entities.named(v, person, why.reason(), why.caseRef())
                .filter(f -> f.kind().equals("person"));
        if (chosen.isEmpty()) {
            problems.add(new FieldProblem("person", "choose a person you may read"));
        }
        if (role.isBlank()) {
            problems.add(new FieldProblem("role", "is empty: the person's role in the group, such as enforcer"));
        }
        if (chosen.isPresent() && groups.isMember(owner, g.id(), chosen.get())) {
            problems.add(new FieldProblem("person", chosen.get().label() + " is already a member"));
        }
        if (!problems.isEmpty()) {
            return showMembers(v, g, q, session, problems, model);
        }
        groups.addMember(v, g.id(), chosen.get(), role.strip());
        return "redirect:/partnership/groups/" + owner + "/" + id;
    }

    private String showMembers(
            Viewer v, GroupStore.Group g, String q, HttpSession session, List<FieldProblem> problems, Model model) {
        Enquiry why = enquiry(session);
        List<Found> people = q.isBlank()
                ? List.of()
                : entities.search(v, q, why.reason(), why.caseRef()).stream()
                        .filter(f -> f.kind().equals("person"))
                        .toList();
        model.addAttribute("group", g);
        model.addAttribute("q", q);
        model.addAttribute("people", people);
        model.addAttribute("problems", problems);
        return "partnership/group-members";
    }

    private static Enquiry enquiry(HttpSession session) {
        Enquiry e = (Enquiry) session.getAttribute(Enquiry.SESSION_KEY);
        return e != null ? e : new Enquiry("recording the members of my organisation's own group", "");
    }

    /** The organisation's own group; anyone else's is answered as missing. */
    private GroupStore.Group own(Viewer v, String owner, String id) {
        if (!owner.equals(v.organisation().id())) {
            throw new NotFound("such record");
        }
        return groups.view(v, owner, ReasonGate.id(id), "changing my organisation's own group", Optional.empty())
                .orElseThrow(() -> new NotFound("such record"));
    }

    /** The group the form describes, checked field by field; empty when something is wrong. */
    private static Optional<CrimeGroup> checked(
            String org, String reference, Map<String, String> form, List<FieldProblem> problems) {
        String name = form.getOrDefault("name", "").strip();
        String area = form.getOrDefault("area", "").strip();
        String score = form.getOrDefault("score", "").strip();
        String band = form.getOrDefault("band", "").strip();
        String assessedOn = form.getOrDefault("assessedOn", "").strip();
        int before = problems.size();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "is empty"));
        }
        if (area.isEmpty()) {
            problems.add(new FieldProblem("area", "is empty: where the group operates"));
        }
        Optional<CrimeGroup.Mapping> mapping = Optional.empty();
        if (!score.isEmpty() || !band.isEmpty() || !assessedOn.isEmpty()) {
            Integer s = null;
            LocalDate on = null;
            try {
                s = Integer.valueOf(score);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(
                        "score", "\"" + score + "\" is not a whole number (the score as the ROCU gave it)"));
            }
            if (band.isEmpty()) {
                problems.add(new FieldProblem("band", "is needed with a score"));
            }
            try {
                on = LocalDate.parse(assessedOn);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("assessedOn", "is needed with a score, as year-month-day"));
            }
            if (s != null && on != null && !band.isEmpty()) {
                mapping = Optional.of(new CrimeGroup.Mapping(s, band, on));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> acts = Arrays.stream(form.getOrDefault("activities", "").split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .toList();
        return Optional.of(new CrimeGroup("", org, reference, name, List.of(), acts, area, mapping));
    }

    private String showForm(
            Map<String, String> values, GroupStore.Group editing, List<FieldProblem> problems, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("editing", editing);
        model.addAttribute("problems", problems);
        return "partnership/group-new";
    }

    private Viewer writer(Principal who) {
        return Writers.require(accounts.viewerOf(who), "record groups");
    }
}
