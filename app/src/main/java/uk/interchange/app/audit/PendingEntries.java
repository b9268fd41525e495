package uk.interchange.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    public record Pending(long id, Instant at, AuditRecord record) {}

    /** Writes entries to be numbered (inside the caller's transaction, if there is one). */
    public void insert(List<Pending> entries) {
        jdbc.batchUpdate(
                "insert into audit.pending (at, actor, organisation, action, record_kind, record_id, reason,"
                        + " case_ref, disclosed_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries,
                500,
                (ps, p) -> {
                    AuditRecord r = p.record();
                    ps.setTimestamp(1, Timestamp.from(p.at()));
                    ps.setString(2, r.actor());
                    ps.setString(3, r.organisation());
                    ps.setString(4, r.action().code());
                    ps.setString(5, r.recordKind());
                    ps.setString(6, r.recordId());
                    ps.setString(7, r.reason());
                    ps.setString(8, r.caseReference().orElse(null));
                    ps.setString(9, r.disclosedTo().orElse(null));
                });
    }

    /** The oldest committed entries still to be numbered, locked until the transaction ends. */
    public List<Pending> take(int limit) {
        return jdbc.query(
                "select id, at, actor, organisation, action, record_kind, record_id, reason, case_ref, disclosed_to"
                        + " from audit.pending order by id limit ? for update",
                (rs, i) -> new Pending(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        new AuditRecord(
                                rs.getString(3),
                                rs.getString(4),
                                AuditAction.fromCode(rs.getString(5)),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                Optional.ofNullable(rs.getString(9)),
                                Optional.ofNullable(rs.getString(10)))),
                limit);
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
