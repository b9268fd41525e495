package uk.interchange.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit tables: entries, signed tree heads and the public keys that sign them. */
public final class AuditStore {
    static final String ENTRY_COLUMNS = "seq, at, " + RecordColumns.NAMES + ", previous, leaf";
    /** The same columns for display, each text cut to its limit (the hashes then no longer match: not for verify). */
    static final String SHOWN_COLUMNS = "seq, at, left(actor, " + AuditText.ACTOR + "), left(organisation, "
            + AuditText.ORGANISATION + "), action, left(record_kind, " + AuditText.RECORD_KIND + "), left(record_id, "
            + AuditText.RECORD_ID + "), left(reason, " + AuditText.REASON + "), left(case_ref, "
            + AuditText.CASE_REFERENCE + "), left(disclosed_to, " + AuditText.DISCLOSED_TO + "), previous, leaf";

    private final JdbcTemplate jdbc;

    public AuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes numbered entries, each with its MAC (see {@link EntryMac}). */
    public void insert(List<AuditEntry> entries, EntryMac mac) {
        jdbc.batchUpdate(
                "insert into audit.entry (" + ENTRY_COLUMNS + ", mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries,
                500,
                (ps, e) -> {
                    ps.setLong(1, e.seq());
                    ps.setTimestamp(2, Timestamp.from(e.at()));
                    RecordColumns.bind(ps, 3, e.record());
                    ps.setBytes(11, e.previous());
                    ps.setBytes(12, e.leaf());
                    ps.setBytes(13, mac.entry(e.leaf()));
                });
    }

    /** The MACs of the entries after number {@code seq}, by number (null where an entry has none). */
    public Map<Long, byte[]> macsAfter(long seq) {
        Map<Long, byte[]> out = new HashMap<>();
        jdbc.query(
                "select seq, mac from audit.entry where seq > ?",
                rs -> {
                    out.put(rs.getLong(1), rs.getBytes(2));
                },
                seq);
        return out;
    }

    public void insert(TreeHead h, MerkleFrontier after) {
        jdbc.update(
                "insert into audit.tree_head (size, root, signed_at, key_id, signature, frontier)"
                        + " values (?, ?, ?, ?, ?, ?)",
                h.size(),
                h.root(),
                Timestamp.from(h.signedAt()),
                h.keyId(),
                h.signature(),
                after.state());
    }

    /** Records a public key that signs heads, if it is not there yet. */
    public void trust(String keyId, byte[] publicKey) {
        jdbc.update(
                "insert into audit.signing_key (key_id, public_key) values (?, ?) on conflict (key_id) do nothing",
                keyId,
                publicKey);
    }

    public Map<String, byte[]> keys() {
        Map<String, byte[]> out = new HashMap<>();
        jdbc.query("select key_id, public_key from audit.signing_key", rs -> {
            out.put(rs.getString(1), rs.getBytes(2));
        });
        return out;
    }

    public List<TreeHead> heads() {
        return jdbc.query(
                "select size, root, signed_at, key_id, signature from audit.tree_head order by size",
                (rs, i) -> head(rs));
    }

    /** The newest signed head with the tree's right edge stored beside it, if the log has a head. */
    public record StoredHead(TreeHead head, MerkleFrontier tree) {}

    public Optional<StoredHead> newestHead() {
        return jdbc
                .query(
                        "select size, root, signed_at, key_id, signature, frontier from audit.tree_head"
                                + " order by size desc limit 1",
                        (rs, i) -> new StoredHead(head(rs), MerkleFrontier.of(rs.getLong(1), rs.getBytes(6))))
                .stream()
                .findFirst();
    }

    /** The signed head over exactly {@code size} entries, if there is one. */
    public Optional<TreeHead> headOf(long size) {
        return jdbc
                .query(
                        "select size, root, signed_at, key_id, signature from audit.tree_head where size = ?",
                        (rs, i) -> head(rs),
                        size)
                .stream()
                .findFirst();
    }

    /** The heads over more than {@code size} entries, oldest first. */
    public List<TreeHead> headsAfter(long size) {
        return jdbc.query(
                "select size, root, signed_at, key_id, signature from audit.tree_head where size > ? order by size",
                (rs, i) -> head(rs),
                size);
    }

    private static TreeHead head(ResultSet rs) throws SQLException {
        return new TreeHead(
                rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getBytes(5));
    }

    /** The leaf hash of entry {@code seq}, if it is there. */
    public Optional<byte[]> leafOf(long seq) {
        return jdbc.query("select leaf from audit.entry where seq = ?", (rs, i) -> rs.getBytes(1), seq).stream()
                .findFirst();
    }

    /** The highest entry number, 0 for an empty log. */
    public long lastSeq() {
        Long n = jdbc.queryForObject("select max(seq) from audit.entry", Long.class);
        return n == null ? 0 : n;
    }

    /** The entries after number {@code seq}, in order, one at a time, while {@code more} says. */
    public void forEachAfter(long seq, Predicate<AuditEntry> more) {
        stream("select " + ENTRY_COLUMNS + " from audit.entry where seq > ? order by seq", seq, more);
    }

    /** Every entry in order of number, one at a time, without holding the log in memory, while {@code more} says. */
    public void forEach(Predicate<AuditEntry> more) {
        forEachAfter(0, more);
    }

    private void stream(String sql, long from, Predicate<AuditEntry> more) {
        jdbc.execute((java.sql.Connection c) -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // the driver streams with a fetch size only inside a transaction
            try (var st = c.prepareStatement(sql)) {
                st.setLong(1, from);
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next() && more.test(entry(rs))) {
                        // the caller takes each entry as it comes
                    }
                }
            } finally {
                c.commit();
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    /**
     * The newest entries that match, newest first, numbered below {@code before} (a page of the auditors' search:
     * the next page starts below the last number shown).
     */
    public List<AuditEntry> search(
            Optional<String> actor, Optional<String> organisation, Optional<String> recordId, long before, int limit) {
        // for reading, each text is cut to its limit: entries written before the limits (V24) may hold far more
        StringBuilder sql = new StringBuilder("select " + SHOWN_COLUMNS + " from audit.entry where seq < ?");
        List<Object> args = new ArrayList<>();
        args.add(before);
        actor.ifPresent(a -> {
            sql.append(" and actor = ?");
            args.add(a);
        });
        organisation.ifPresent(o -> {
            sql.append(" and organisation = ?");
            args.add(o);
        });
        recordId.ifPresent(r -> {
            sql.append(" and record_id = ?");
            args.add(r);
        });
        sql.append(" order by seq desc limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> entry(rs), args.toArray());
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                RecordColumns.read(rs, 3),
                rs.getBytes(11),
                rs.getBytes(12));
    }

    /** Verifies the whole log against its heads and the given keys. */
    public Verifier.Result verify(Map<String, byte[]> trusted) {
        return verify(trusted, Optional.empty());
    }

    /** The same, and the log must still extend {@code kept}, a head kept outside the database. */
    public Verifier.Result verify(Map<String, byte[]> trusted, Optional<TreeHead> kept) {
        Verifier.Run run = Verifier.start(heads(), trusted, kept);
        forEach(run::offer);
        return run.finish();
    }
}
