package uk.interchange.app.roadworks.store;

/** A work asked for by an id or reference that no work has. */
public final class NoSuchWork extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchWork(String idOrReference) {
        super("there is no work " + idOrReference);
    }
}
