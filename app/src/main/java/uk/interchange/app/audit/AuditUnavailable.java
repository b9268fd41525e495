package uk.interchange.app.audit;

/** An entry could not be written, so the action that needed it must not go ahead. */
public final class AuditUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuditUnavailable(String message) {
        super(message);
    }
}
