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
import uk.interchange.app.partnership.store.GroupStore;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.partnership.web.Writers;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Action plans under the four Ps: the actions a person's organisation may read, strand by strand, with the overdue
 * ones marked; recording an action against one of the organisation's groups or for an area, for the organisation
 * responsible; and that organisation's updates of its status and outcome.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class ActionPages {
    private final ActionStore store;
    private final Accounts accounts;
    private final Organisations organisations;
    private final GroupStore groups;

    public ActionPages(ActionStore store, Accounts accounts, Organisations organisations, GroupStore groups) {
        this.groups = groups;
        this.store = store;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/actions")
    public String list(Principal who, Model model) {
        return show(accounts.viewerOf(who), Map.of(), List.of(), model);
    }

    @PostMapping("/partnership/actions")
    public String create(@RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = Writers.require(accounts.viewerOf(who), "record actions");
        String org = v.organisation().id();
        List<FieldProblem> problems = new ArrayList<>();
        String title = form.getOrDefault("title", "").strip();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "is empty: say what is to be done"));
        }
        String strand = form.getOrDefault("strand", "");
        if (!Action.STRANDS.contains(strand)) {
            problems.add(new FieldProblem("strand", "must be pursue, prevent, protect or prepare"));
        }
        String group = form.getOrDefault("group", "");
        String area = form.getOrDefault("area", "").strip();
        if (!group.isEmpty() && !groups.ownLabels(org).containsKey(group)) {
            problems.add(new FieldProblem("group", "is not a group your organisation records"));
        }
        if (group.isEmpty() && area.isEmpty()) {
            problems.add(new FieldProblem("area", "is empty: an action is against a group or for an area"));
        }
        String responsible = form.getOrDefault("responsible", "");
        if (!organisations.exists(responsible)) {
            problems.add(new FieldProblem("responsible", "is not an organisation here"));
        }
        LocalDate due = null;
        try {
            due = LocalDate.parse(form.getOrDefault("due", "").strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem("due", "is not a date written as 2026-12-31"));
        }
        if (!problems.isEmpty()) {
            return show(v, form, problems, model);
        }
        store.create(
                v,
                new Action.Draft(
                        title,
                        strand,
                        group.isEmpty() ? Optional.empty() : Optional.of(org),
                        group.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(group)),
                        area,
                        responsible,
                        due),
                new Sharing(org, Set.of(responsible), organisations.groupsOf(org), Handling.P));
        return "redirect:/partnership/actions#" + strand;
    }

    @PostMapping("/partnership/actions/{owner}/{id}")
    public String update(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String outcome,
            Principal who,
            Model model) {
        Viewer v = accounts.viewerOf(who);
        if (!Action.STATUSES.contains(status)) {
            return show(
                    v,
                    Map.of(),
                    List.of(new FieldProblem("status", "must be open, in-progress, done or dropped")),
                    model);
        }
        UUID uuid = NotFound.id(id, "such action");
        if (!store.update(v, owner, uuid, status, outcome.strip())) {
            throw new AccessDeniedException(
                    "only the organisation that recorded an action, or the one responsible for it, updates it");
        }
        return "redirect:/partnership/actions";
    }

    private String show(Viewer v, Map<String, String> values, List<FieldProblem> problems, Model model) {
        Map<String, List<Action>> byStrand = new java.util.LinkedHashMap<>();
        Action.STRANDS.forEach(s -> byStrand.put(s, new ArrayList<>()));
        store.visible(v).forEach(a -> byStrand.get(a.strand()).add(a));
        model.addAttribute("byStrand", byStrand);
        model.addAttribute("today", Action.today());
        model.addAttribute("org", v.organisation().id());
        model.addAttribute("strands", Action.STRANDS);
        model.addAttribute("statuses", Action.STATUSES);
        model.addAttribute("groups", groups.ownLabels(v.organisation().id()));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("writer", v.readsRecords());
        model.addAttribute("changer", v.changes());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/actions";
    }
}
