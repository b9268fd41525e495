package uk.interchange.app.audit;

/** The log was found changed, cut short or rewritten, so nothing may be appended to it (and the server stops). */
public final class AuditLogRefused extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AuditLogRefused(String message) {
        super(message);
    }
}
