package uk.interchange.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Entries written inside the transaction of the action they record (V24's audit.pending), before the log's writer
 * numbers and chains them; and the lock that lets one writer at a time do so.
 */
public final class PendingEntries {
    private final JdbcTemplate jdbc;

    public PendingEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An entry written inside the transaction of the action it records, not yet numbered. */
    public record Pending(long id, Instant at, AuditRecord record, byte[] mac) {}

    /** Writes entries to be numbered (inside the caller's transaction, if there is one). */
    public void insert(List<Pending> entries) {
        jdbc.batchUpdate(
                "insert into audit.pending (at, " + RecordColumns.NAMES
                        + ", mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries,
                500,
                (ps, p) -> {
                    ps.setTimestamp(1, Timestamp.from(p.at()));
                    RecordColumns.bind(ps, 2, p.record());
                    ps.setBytes(10, p.mac());
                });
    }

    /** The oldest committed entries still to be numbered, locked until the transaction ends. */
    public List<Pending> take(int limit) {
        return jdbc.query(
                "select id, at, " + RecordColumns.NAMES + ", mac from audit.pending order by id limit ? for update",
                (rs, i) -> new Pending(
                        rs.getLong(1), rs.getTimestamp(2).toInstant(), RecordColumns.read(rs, 3), rs.getBytes(11)),
                limit);
    }

    /** Moves rows the writer will not chain to audit.refused, as they were, with why. */
    public void refuse(List<Pending> rows, String why) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into audit.refused (id, at, " + RecordColumns.NAMES + ", mac, why)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                500,
                (ps, p) -> {
                    ps.setLong(1, p.id());
                    ps.setTimestamp(2, Timestamp.from(p.at()));
                    RecordColumns.bind(ps, 3, p.record());
                    ps.setBytes(11, p.mac());
                    ps.setString(12, why);
                });
        delete(rows);
    }

    /** How many rows have been refused, ever. */
    public long refusedCount() {
        Long n = jdbc.queryForObject("select count(*) from audit.refused", Long.class);
        return n == null ? 0 : n;
    }

    public void delete(List<Pending> taken) {
        Long[] ids = taken.stream().map(Pending::id).toArray(Long[]::new);
        jdbc.update(c -> {
            var ps = c.prepareStatement("delete from audit.pending where id = any(?)");
            ps.setArray(1, c.createArrayOf("bigint", ids));
            return ps;
        });
    }

    /** How many entries wait to be numbered. */
    public long count() {
        Long n = jdbc.queryForObject("select count(*) from audit.pending", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Holds the log's writer lock until the transaction ends, so that two servers sharing a database take turns
     * (each then finds the other's entries and reads the log's end again).
     */
    public void lockForWriting() {
        jdbc.query("select pg_advisory_xact_lock(hashtext('interchange audit writer'))", rs -> {});
    }
}
