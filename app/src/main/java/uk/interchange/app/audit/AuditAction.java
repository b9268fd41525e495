package uk.interchange.app.audit;

/** What was done to a record, as the Data Protection Act 2018 (section 62) asks a log to say. */
public enum AuditAction {
    LOOKUP,
    VIEW,
    CREATE,
    CHANGE,
    DISCLOSE,
    EXPORT,
    ERASE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AuditAction fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
