package uk.interchange.app.roadworks.store;

/** A save based on a version that is no longer the latest: carries the latest, so both can be shown. */
public final class ChangedBySomeoneElse extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient StoredWork latest;
    private final int basedOn;

    public ChangedBySomeoneElse(StoredWork latest, int basedOn) {
        super("work " + latest.reference() + " was changed by " + latest.updatedBy() + " (now version "
                + latest.version() + ") after you opened version " + basedOn);
        this.latest = latest;
        this.basedOn = basedOn;
    }

    public StoredWork latest() {
        return latest;
    }

    public int basedOn() {
        return basedOn;
    }
}
