package uk.interchange.app.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing to log: who (and for which organisation) did what to which record, why, and for a disclosure to whom.
 * The log gives it its number and time when it is written.
 */
public record AuditRecord(
        String actor,
        String organisation,
        AuditAction action,
        String recordKind,
        String recordId,
        String reason,
        Optional<String> caseReference,
        Optional<String> disclosedTo) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordKind, "recordKind");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(disclosedTo, "disclosedTo");
        if (action == AuditAction.DISCLOSE && disclosedTo.isEmpty()) {
            throw new IllegalArgumentException("a disclosure must say to whom");
        }
    }
}
