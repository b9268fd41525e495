package uk.interchange.roadworks.model;

import java.util.Locale;

/** Where a work stands in the week a bulletin covers. */
public enum Lifecycle {
    STARTS,
    CONTINUES,
    FINISHES,
    /** Starts and finishes within the week ("takes place this week"). */
    TAKES_PLACE,
    UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Lifecycle fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
