package uk.interchange.partnership.sharing;

/**
 * Whether a viewer may read a record, and why. The reason is for the audit trail and for the record's owner; a
 * viewer who is refused is told only that there is no such record.
 */
public record Decision(boolean allowed, String reason) {
    static Decision allow(String reason) {
        return new Decision(true, reason);
    }

    static Decision refuse(String reason) {
        return new Decision(false, reason);
    }
}
