package uk.interchange.roadworks.model;

import java.util.Locale;

/** Which way of a road a restriction applies to. */
public enum Direction {
    NORTHBOUND,
    SOUTHBOUND,
    EASTBOUND,
    WESTBOUND,
    CLOCKWISE,
    ANTICLOCKWISE,
    BOTH,
    UNKNOWN;

    /** The lower-case, hyphenated form used in JSON and feeds. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Direction fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The word a bulletin uses, e.g. "northbound", "anti-clockwise". */
    public String word() {
        return switch (this) {
            case ANTICLOCKWISE -> "anti-clockwise";
            case BOTH -> "both directions";
            case UNKNOWN -> "";
            default -> code();
        };
    }
}
