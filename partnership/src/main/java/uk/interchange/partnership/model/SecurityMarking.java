package uk.interchange.partnership.model;

/** The Government Security Classification marking a record carries. */
public enum SecurityMarking {
    OFFICIAL("OFFICIAL"),
    OFFICIAL_SENSITIVE("OFFICIAL-SENSITIVE");

    private final String label;

    SecurityMarking(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
