package uk.interchange.partnership.response.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An order as the managing force keeps it: its subject (a record, labelled only while the force may read it), the
 * order itself, who manages and monitors it, and how often it is checked (in days).
 */
public record ManagedOrder(
        UUID id,
        String subjectOwner,
        UUID subjectId,
        Optional<String> subjectLabel,
        Scpo.Order order,
        String manager,
        String monitor,
        Optional<BigDecimal> monitorCost,
        int checkEvery) {
    /** What an order shows for a subject whose record the force may no longer read (erased, or not shared now). */
    public static final String UNREAD_SUBJECT = "a record your force may no longer read";

    public String subjectRecord() {
        return subjectOwner + "/" + subjectId;
    }

    public String subject() {
        return subjectLabel.orElse(UNREAD_SUBJECT);
    }

    /** When the next check is due: the check interval after the newest check (checks newest first), else the start. */
    public LocalDate nextCheck(List<Check> checksNewestFirst) {
        LocalDate last = checksNewestFirst.isEmpty()
                ? order.starts()
                : checksNewestFirst.get(0).on();
        return last.plusDays(checkEvery);
    }

    /** Whether the next check was due before today. */
    public boolean checkOverdue(List<Check> checksNewestFirst, LocalDate today) {
        return nextCheck(checksNewestFirst).isBefore(today);
    }
}
