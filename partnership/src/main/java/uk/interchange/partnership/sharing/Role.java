package uk.interchange.partnership.sharing;

/** What a person does for their organisation, which decides what they may read and whether they change anything. */
public enum Role {
    ANALYST(true, true),
    /** The single point of contact for referrals. */
    INTELLIGENCE_OFFICER(true, true),
    /** Screens suppliers: learns "no hit" or "refer to police", never the intelligence behind it. */
    PROCUREMENT_OFFICER(false, true),
    COORDINATOR(true, true),
    /** Reads the audit trail, not the records it is about; changes nothing. */
    AUDITOR(false, false),
    /** Manages accounts (at /admin), not records: changes nothing in the partnership itself. */
    ADMINISTRATOR(false, false);

    private final boolean readsRecords;
    private final boolean changes;

    Role(boolean readsRecords, boolean changes) {
        this.readsRecords = readsRecords;
        this.changes = changes;
    }

    /** Whether the role has a need to know partnership records at all. */
    public boolean readsRecords() {
        return readsRecords;
    }

    /**
     * Whether the role changes anything in the partnership (records, screenings, advice, actions, ...). A person
     * whose roles all say no may read what their roles allow, and nothing they send changes anything.
     */
    public boolean changes() {
        return changes;
    }
}
