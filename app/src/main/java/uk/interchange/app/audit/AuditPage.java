package uk.interchange.app.audit;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The audit trail for an organisation's auditors: what its people looked up, viewed, changed and disclosed, and
 * why, newest first, narrowed by person or record. Reading the trail is itself written to it.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class AuditPage {
    /** Entries a page: the page stays small whatever the log holds (reasons are at most 2,000 characters). */
    static final int SHOWN = 50;

    private static final Duration WAIT = Duration.ofSeconds(2);

    private final AuditStore store;
    private final PendingEntries pending;
    private final AuditLog log;
    private final Accounts accounts;

    public AuditPage(AuditStore store, PendingEntries pending, AuditLog log, Accounts accounts) {
        this.store = store;
        this.pending = pending;
        this.log = log;
        this.accounts = accounts;
    }

    private boolean chained() {
        try {
            return log.awaitChained(WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @GetMapping("/partnership/audit")
    public String trail(
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String record,
            @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
            Principal who,
            Model model) {
        Viewer v = accounts.viewerOf(who);
        if (!v.roles().contains(Role.AUDITOR)) {
            throw new AccessDeniedException("only an auditor may read the audit trail");
        }
        String org = v.organisation().id();
        Optional<String> byActor = Optional.of(actor.strip()).filter(s -> !s.isEmpty());
        Optional<String> byRecord = Optional.of(record.strip()).filter(s -> !s.isEmpty());
        log.append(new AuditRecord(
                v.user(),
                org,
                AuditAction.VIEW,
                "audit-trail",
                org,
                "audit review" + byActor.map(a -> " of " + a).orElse("")
                        + byRecord.map(r -> " for " + r).orElse(""),
                Optional.empty(),
                Optional.empty()));
        // entries committed before this request (this view among them) are chained within milliseconds; waiting
        // for that holds no connection, and the auditor then sees everything done before they asked
        boolean complete = chained();
        // one more than a page: whether there is an older page to link to
        List<AuditEntry> found = store.search(byActor, Optional.of(org), byRecord, before, SHOWN + 1);
        List<AuditEntry> entries = found.subList(0, Math.min(SHOWN, found.size()));
        model.addAttribute("organisation", v.organisation().name());
        model.addAttribute("entries", entries);
        model.addAttribute("actor", actor);
        model.addAttribute("record", record);
        model.addAttribute("shown", SHOWN);
        model.addAttribute("complete", complete);
        model.addAttribute("problem", log.problem());
        model.addAttribute("refused", pending.refusedCount());
        model.addAttribute("newest", before == Long.MAX_VALUE);
        model.addAttribute(
                "older",
                found.size() > SHOWN
                        ? Optional.of(entries.get(entries.size() - 1).seq())
                        : Optional.<Long>empty());
        return "partnership/audit";
    }
}
