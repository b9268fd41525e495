package uk.interchange.app.partnership.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private final Accounts accounts;
    private final Organisations organisations;

    public GroupPages(GroupStore groups, Accounts accounts, Organisations organisations) {
        this.groups = groups;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/groups")
    public String list(Principal who, HttpSession session, Model model) {
        Viewer v = accounts.viewerOf(who);
        Enquiry e = (Enquiry) session.getAttribute(Enquiry.SESSION_KEY);
        if (e == null) {
            return ReasonGate.ask(model);
        }
        model.addAttribute("groups", groups.ranked(v, e.reason()));
        return "partnership/groups";
    }

    @PostMapping("/partnership/groups")
    public String listReason(
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            HttpSession session,
            Model model) {
        return ReasonGate.take(reason, caseReference, session, model, "/partnership/groups");
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
        return "partnership/group";
    }

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
        model.addAttribute("problems", List.of());
        return "partnership/group-new";
    }

    @PostMapping("/partnership/groups/new")
    public String create(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String activities,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String score,
            @RequestParam(defaultValue = "") String band,
            @RequestParam(defaultValue = "") String assessedOn,
            @RequestParam(defaultValue = "") String shareGroups,
            Principal who,
            Model model) {
        Viewer v = writer(who);
        List<FieldProblem> problems = new ArrayList<>();
        if (reference.isBlank()) {
            problems.add(new FieldProblem("reference", "is empty"));
        }
        if (name.isBlank()) {
            problems.add(new FieldProblem("name", "is empty"));
        }
        if (area.isBlank()) {
            problems.add(new FieldProblem("area", "is empty: where the group operates"));
        }
        Optional<CrimeGroup.Mapping> mapping = Optional.empty();
        boolean anyMapping = !score.isBlank() || !band.isBlank() || !assessedOn.isBlank();
        if (anyMapping) {
            Integer s = null;
            LocalDate on = null;
            try {
                s = Integer.valueOf(score.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(
                        "score", "\"" + score + "\" is not a whole number (the score as the ROCU" + " gave it)"));
            }
            if (band.isBlank()) {
                problems.add(new FieldProblem("band", "is needed with a score"));
            }
            try {
                on = LocalDate.parse(assessedOn.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("assessedOn", "is needed with a score, as year-month-day"));
            }
            if (s != null && on != null && !band.isBlank()) {
                mapping = Optional.of(new CrimeGroup.Mapping(s, band.strip(), on));
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "partnership/group-new";
        }
        String org = v.organisation().id();
        boolean taken = groups.referenceTaken(org, reference.strip());
        if (taken) {
            model.addAttribute(
                    "problems",
                    List.of(new FieldProblem(
                            "reference", "\"" + reference.strip() + "\" is already a group of yours")));
            return "partnership/group-new";
        }
        List<String> acts = Arrays.stream(activities.split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .toList();
        Set<String> shared = "yes".equals(shareGroups) ? organisations.groupsOf(org) : Set.of();
        UUID id = groups.create(
                v,
                new CrimeGroup("", org, reference.strip(), name.strip(), List.of(), acts, area.strip(), mapping),
                new Sharing(org, Set.of(), shared, Handling.P));
        return "redirect:/partnership/groups/" + org + "/" + id;
    }

    private Viewer writer(Principal who) {
        Viewer v = accounts.viewerOf(who);
        if (!v.readsRecords()) {
            throw new AccessDeniedException("only analysts, intelligence officers and coordinators record groups");
        }
        return v;
    }
}
