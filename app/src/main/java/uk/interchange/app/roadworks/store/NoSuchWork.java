package uk.interchange.app.roadworks.store;

/** A work asked for by an id or reference that no work has, or a road that has no works. */
public final class NoSuchWork extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String what;

    public NoSuchWork(String idOrReference) {
        this(idOrReference, "there is no work " + idOrReference);
    }

    private NoSuchWork(String what, String message) {
        super(message);
        this.what = what;
    }

    /** The id, reference or road that was asked for. */
    public String what() {
        return what;
    }

    /** A road asked for by name on which no work is recorded. */
    public static NoSuchWork onRoad(String road) {
        return new NoSuchWork(road, "no works are recorded on road " + road);
    }
}
