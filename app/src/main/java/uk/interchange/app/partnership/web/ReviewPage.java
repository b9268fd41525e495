package uk.interchange.app.partnership.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The review queue: an organisation's records whose review date has come. Each is kept until a later date, or
 * erased (its content goes, a tombstone stays; it cannot be undone). Both are written to the audit trail.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class ReviewPage {
    static final int SHOWN = 100;

    private final EntityStore store;
    private final Accounts accounts;
    private final Clock clock;

    public ReviewPage(EntityStore store, Accounts accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/partnership/review")
    public String queue(Principal who, Model model) {
        return show(reviewer(who), List.of(), model);
    }

    @PostMapping("/partnership/review/{id}/keep")
    public String keep(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "") String reason,
            Principal who,
            Model model) {
        Viewer v = reviewer(who);
        LocalDate today = LocalDate.now(clock);
        LocalDate next;
        try {
            next = until.isBlank() ? today.plusYears(1) : LocalDate.parse(until.strip());
        } catch (DateTimeParseException e) {
            return show(
                    v, List.of(new FieldProblem("until", "\"" + until + "\" is not a date (year-month-day)")), model);
        }
        if (!next.isAfter(today)) {
            return show(v, List.of(new FieldProblem("until", "must be after today")), model);
        }
        if (reason.strip().length() < 5) {
            return show(v, List.of(new FieldProblem("reason", "is needed: say why the record is still needed")), model);
        }
        if (!store.keepUntil(v, ReasonGate.id(id), next, reason.strip())) {
            throw new NotFound("such record");
        }
        return "redirect:/partnership/review";
    }

    @PostMapping("/partnership/review/{id}/erase")
    public String erase(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String confirm,
            Principal who,
            Model model) {
        Viewer v = reviewer(who);
        if (reason.strip().length() < 5) {
            return show(v, List.of(new FieldProblem("reason", "is needed: say why the record is erased")), model);
        }
        if (!confirm.equals("yes")) {
            return show(v, List.of(new FieldProblem("confirm", "must be ticked: erasure cannot be undone")), model);
        }
        if (!store.erase(v, ReasonGate.id(id), reason.strip())) {
            throw new NotFound("such record");
        }
        return "redirect:/partnership/review";
    }

    private String show(Viewer v, List<FieldProblem> problems, Model model) {
        model.addAttribute("due", store.dueForReview(v.organisation().id(), LocalDate.now(clock), SHOWN));
        model.addAttribute("organisation", v.organisation().name());
        model.addAttribute("problems", problems);
        return "partnership/review";
    }

    private Viewer reviewer(Principal who) {
        Viewer v = accounts.viewerOf(who);
        if (!v.readsRecords()) {
            throw new AccessDeniedException("only people who work on records review them");
        }
        return v;
    }
}
