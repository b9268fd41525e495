package uk.interchange.app.partnership.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
 * erased (its content goes, a tombstone stays; it cannot be undone). Both are written to the audit trail. A record
 * not yet due (opened here from its page) is erased only with a reason for erasing it early, recorded as such.
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
    public String queue(Principal who, @RequestParam(defaultValue = "") String record, Model model) {
        Viewer v = reviewer(who);
        Optional<EntityStore.Due> chosen = Optional.empty();
        if (!record.isBlank()) {
            chosen = Optional.of(store.reviewOf(v.organisation().id(), ReasonGate.id(record))
                    .orElseThrow(() -> new NotFound("such record")));
        }
        return show(v, chosen, List.of(), model);
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
            @RequestParam(defaultValue = "") String early,
            @RequestParam(defaultValue = "") String confirm,
            Principal who,
            Model model) {
        Viewer v = reviewer(who);
        UUID uuid = ReasonGate.id(id);
        EntityStore.Due record =
                store.reviewOf(v.organisation().id(), uuid).orElseThrow(() -> new NotFound("such record"));
        LocalDate today = LocalDate.now(clock);
        boolean due = !record.reviewOn().isAfter(today);
        List<FieldProblem> problems = new ArrayList<>();
        if (reason.strip().length() < 5) {
            problems.add(new FieldProblem("reason", "is needed: say why the record is erased"));
        }
        if (!due && early.strip().length() < 5) {
            problems.add(new FieldProblem(
                    "early",
                    "is needed: the record is not due for review until " + record.reviewOn()
                            + "; say why it must be erased before then (it is recorded)"));
        }
        if (!confirm.equals("yes")) {
            problems.add(new FieldProblem("confirm", "must be ticked: erasure cannot be undone"));
        }
        if (!problems.isEmpty()) {
            return show(v, due ? Optional.empty() : Optional.of(record), problems, model);
        }
        Optional<String> earlyReason = due ? Optional.empty() : Optional.of(early.strip());
        if (!store.erase(v, uuid, reason.strip(), today, earlyReason)) {
            throw new NotFound("such record");
        }
        return "redirect:/partnership/review";
    }

    private String show(Viewer v, List<FieldProblem> problems, Model model) {
        return show(v, Optional.empty(), problems, model);
    }

    /** The due records, with the chosen one first when it is not yet due (and so not among them). */
    private String show(Viewer v, Optional<EntityStore.Due> chosen, List<FieldProblem> problems, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<EntityStore.Due> shown = new ArrayList<>();
        chosen.filter(d -> d.reviewOn().isAfter(today)).ifPresent(shown::add);
        shown.addAll(store.dueForReview(v.organisation().id(), today, SHOWN));
        model.addAttribute("due", shown);
        model.addAttribute("today", today);
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
