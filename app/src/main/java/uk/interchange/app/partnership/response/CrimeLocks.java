package uk.interchange.app.partnership.response;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL advisory locks that keep crime imports and hotspot counts consistent, each held until its
 * transaction ends. They use the two-number form, whose keys never meet the one-number keys Flyway locks with.
 */
final class CrimeLocks {
    /** The first number of the lock on hotspot counts (the second is 0). */
    private static final int COUNTS = 280_001;
    /** The first number of the locks on import keys (the second is the key's hash). */
    private static final int IMPORT_KEYS = 280_002;

    private CrimeLocks() {}

    /**
     * Waits for, then holds, the one lock under which hotspot counts are written: imports add to them one at a time,
     * and a hotspot being counted afresh sees every import that committed before it.
     */
    static void counts(JdbcTemplate jdbc) {
        jdbc.query("select pg_advisory_xact_lock(?, 0)", rs -> {}, COUNTS);
    }

    /**
     * Takes the counts' lock if no other transaction holds it, without waiting: a request must not hold a pooled
     * connection while an import of millions of rows runs (what cannot be counted now is counted after it).
     */
    static boolean tryCounts(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select pg_try_advisory_xact_lock(?, 0)", Boolean.class, COUNTS));
    }

    /**
     * Takes the lock of an organisation's import key if no other transaction holds it, without waiting (a retry must
     * not hold a connection while the first attempt runs). Two keys that hash alike only wait for each other.
     */
    static boolean tryImportKey(JdbcTemplate jdbc, String organisation, String key) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select pg_try_advisory_xact_lock(?, hashtext(? || ' ' || ?))",
                Boolean.class,
                IMPORT_KEYS,
                organisation,
                key));
    }
}
