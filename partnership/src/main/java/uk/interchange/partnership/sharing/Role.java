package uk.interchange.partnership.sharing;

/** What a person does for their organisation, which decides what they may read. */
public enum Role {
    ANALYST(true),
    /** The single point of contact for referrals. */
    INTELLIGENCE_OFFICER(true),
    /** Screens suppliers: learns "no hit" or "refer to police", never the intelligence behind it. */
    PROCUREMENT_OFFICER(false),
    COORDINATOR(true),
    /** Reads the audit trail, not the records it is about. */
    AUDITOR(false),
    /** Manages accounts, not records. */
    ADMINISTRATOR(false);

    private final boolean readsRecords;

    Role(boolean readsRecords) {
        this.readsRecords = readsRecords;
    }

    /** Whether the role has a need to know partnership records at all. */
    public boolean readsRecords() {
        return readsRecords;
    }
}
