package uk.interchange.roadworks.model;

import java.util.Locale;

/** A piece of road closed along with a carriageway ("including junction 3 entry slip"). */
public enum ElementKind {
    ENTRY_SLIP,
    EXIT_SLIP,
    LINK_ROAD,
    SERVICES,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ElementKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
