package uk.interchange.app.roadworks.store;

/**
 * How the queries that read many occurrence rows select an occurrence's times: as epoch milliseconds, which the
 * driver reads as plain numbers (timestamps cost far more to read, row after row). {@code date_part} is used, not
 * {@code extract}: since PostgreSQL 14 {@code extract} computes in numeric, a fifth of a busy road's week in the
 * database, where {@code date_part}'s double is exact for these times (whole milliseconds, well inside 2^53).
 */
public final class OccurrenceTimes {
    /** The start and end of {@code o.during}, in that order; an open end reads as SQL null. */
    public static final String START_AND_END = millis("lower") + ", " + millis("upper");

    private OccurrenceTimes() {}

    private static String millis(String bound) {
        return "(date_part('epoch', " + bound + "(o.during)) * 1000)::bigint";
    }
}
