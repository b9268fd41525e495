package uk.interchange.roadworks.bulletin;

/** A run of text that reads as one unit: a title, a heading, a paragraph, a bullet line or a label. */
record Block(Kind kind, String text) {
    enum Kind {
        /** A press-release or bulletin title. */
        TITLE,
        /** A works heading: "M6 junctions 11 to 12 Cannock, Staffordshire: resurfacing". */
        HEADING,
        /** A short line without a full stop that names a section ("General enquiries"). */
        LABEL,
        PARAGRAPH,
        /** One line of a list ("- M25 clockwise junction 13 via A30"). */
        BULLET
    }
}
