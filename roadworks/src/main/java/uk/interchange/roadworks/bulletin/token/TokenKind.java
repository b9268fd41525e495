package uk.interchange.roadworks.bulletin.token;

/** What a token is; each word of a bulletin is classified once, as one of these. */
public enum TokenKind {
    /** A clock time: "8pm", "5.30am", "20:00", "2000hrs", "midnight"; the value is "HH:MM". */
    TIME,
    /** A number in digits or words; the value is its digits. */
    NUMBER,
    /** "20th", "1st", "first"; the value is the number. */
    ORDINAL,
    /** A day written in digits: "20/03" (value "--03-20") or "20/03/2023" (value "2023-03-20"). */
    DATE,
    WEEKDAY,
    MONTH,
    /** Night, morning, day, weekend, all day. */
    PART_OF_DAY,
    /** Today, tonight, this week, the following morning, until further notice. */
    RELATIVE,
    /** From, to, until, between, and, then, again, for, each, except, only, including, on, at, of. */
    CONNECTOR,
    /** Hours, weeks: units that are not also parts of the day. */
    UNIT,
    /** A road number; the value is its key ("A1(M)"). */
    ROAD,
    /** "J10", "J10a": a junction written with its number; the value is the number as written, lower case. */
    JUNCTION,
    /** The word "junction" (its number follows as a NUMBER). */
    JUNCTION_WORD,
    DIRECTION,
    /** Which part of the road: carriageway, slips, link road, hard shoulder, lanes, tunnel. */
    CARRIAGEWAY,
    /** What is done to it: closure, narrow lanes, contraflow, speed limit, lights. */
    RESTRICTION,
    VEHICLE,
    DIVERSION,
    /** A hyphen or dash standing between words or numbers ("20-23", "Mon - Fri"). */
    DASH,
    SLASH,
    /** Any other punctuation mark, one character. */
    PUNCT,
    /**
     * A word that tells the reader how to take the sentence: USUAL hours ("unless otherwise stated"), the SAME_TIMES
     * as before ("at the same time"), NO_WORK on some days, NOT ("will not close"), THE_ROAD ("the road will be
     * closed": all of it).
     */
    CUE,
    /** Any other word. */
    WORD
}
