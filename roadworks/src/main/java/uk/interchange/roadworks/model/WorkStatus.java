package uk.interchange.roadworks.model;

import java.util.Locale;

/** Where a stored work stands in its planner's hands. */
public enum WorkStatus {
    PROVISIONAL,
    CONFIRMED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static WorkStatus fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Cancelled works close nothing; every other status keeps its occurrences. */
    public boolean closesRoad() {
        return this != CANCELLED;
    }
}
