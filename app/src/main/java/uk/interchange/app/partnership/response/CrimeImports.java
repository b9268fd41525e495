package uk.interchange.app.partnership.response;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Imports police-recorded crime from the street-level CSV in one transaction: the rows sent to PostgreSQL with COPY
 * as they are read, the import's crimes added to every hotspot's monthly counts, and its audit entry; so a file of
 * millions of rows is stored whole with its counts, or (if anything fails or the machine stops on the way) not at all.
 * Bad rows are left out and reported by line.
 *
 * <p>Stored once: an import sent with a key (the client's, kept while it retries) that its organisation has used
 * already adds nothing and answers with the first import's report, and bytes already stored (by their SHA-256) are
 * refused with the earlier import named, as a second copy would double every hotspot's counts.
 */
@Service
public class CrimeImports {
    /** How many bad rows the report keeps by line; the rest are counted. */
    static final int PROBLEMS_KEPT = 200;
    /** How long an import waits for another with the same key to finish before it is answered "still running". */
    static final Duration SAME_KEY_WAIT = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(250);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STORED = "select id, file_name, imported_by, organisation_id, imported_at, rows_read,"
            + " rows_stored, not_located, problems::text, unknown_columns, coalesce(outside_every_area, 0), file_sha256"
            + " from partnership.crime_import";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final HotspotStore hotspots;
    private final AuditLog audit;

    public CrimeImports(DataSource dataSource, TransactionTemplate tx, HotspotStore hotspots, AuditLog audit) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = tx;
        this.hotspots = hotspots;
        this.audit = audit;
    }

    /** What an import read, stored and left out; {@code replayed} when it is an earlier import's, sent again. */
    public record Report(
            UUID id,
            String fileName,
            String importedBy,
            String organisation,
            Instant importedAt,
            long read,
            long stored,
            long notLocated,
            long problemCount,
            List<Problem> problems,
            List<String> unknownColumns,
            long outsideEveryArea,
            boolean replayed) {}

    public record Problem(int line, String reason) {}

    /** An import refused because of another: nothing of it was stored. */
    public static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The same bytes were stored before; the key was used for other bytes; its first use is still running. */
        public enum Kind {
            SAME_FILE,
            KEY_REUSED,
            STILL_RUNNING
        }

        private final Kind kind;

        Conflict(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** What one try inside a transaction came to. */
    private sealed interface Attempt {}

    private record Done(Report report) implements Attempt {}

    private record Earlier(Stored first) implements Attempt {}

    private record Busy() implements Attempt {}

    /** An import as stored, with the hash of its bytes. */
    private record Stored(Report report, String sha256) {}

    /**
     * Imports the body, UTF-8 street-level CSV, under the key if one is given. Refused (nothing stored) when its
     * header cannot be read ({@code StreetCrimeCsv.Refused}), when it is not UTF-8 or could not be read whole
     * ({@code UncheckedIOException}), or because of another import ({@link Conflict}). The caller closes the body.
     */
    public Report importFile(Viewer v, String fileName, Optional<String> key, InputStream body) {
        Sha256Input in = Sha256Input.of(body);
        long giveUp = System.nanoTime() + SAME_KEY_WAIT.toNanos();
        while (true) {
            Attempt a;
            try {
                a = tx.execute(s -> attempt(v, fileName, key, in));
            } catch (DuplicateKeyException e) {
                // another import of the same bytes committed while this one ran (it waited for that one's end)
                throw sameFile(v, byHash(in.sha256()).orElseThrow(() -> e));
            }
            switch (a) {
                case Done d -> {
                    hotspots.recountSoon(); // hotspots made while it ran are counted now
                    return d.report();
                }
                case Earlier e -> {
                    return replay(e.first(), in);
                }
                case Busy b -> {
                    if (System.nanoTime() - giveUp > 0) {
                        return afterWaiting(v, key.orElseThrow(), in);
                    }
                    pause();
                }
            }
        }
    }

    /**
     * One try, in its own transaction: gives up at once (holding nothing) if another request holds the key, answers
     * the earlier import if the key was used, and otherwise stores the file, counts it and audits it.
     */
    private Attempt attempt(Viewer v, String fileName, Optional<String> key, Sha256Input in) {
        String org = v.organisation().id();
        if (key.isPresent()) {
            if (!CrimeLocks.tryImportKey(jdbc, org, key.get())) {
                return new Busy();
            }
            Optional<Stored> first = byKey(org, key.get());
            if (first.isPresent()) {
                return new Earlier(first.get());
            }
        }
        UUID id = UUID.randomUUID();
        // the import's row first (the crimes refer to it); what it read is filled in at the end
        Instant at = jdbc.queryForObject(
                        "insert into partnership.crime_import (id, organisation_id, imported_by, file_name, import_key,"
                                + " rows_read, rows_stored, not_located, problems, unknown_columns)"
                                + " values (?, ?, ?, ?, ?, 0, 0, 0, '[]', '{}') returning imported_at",
                        OffsetDateTime.class,
                        id,
                        org,
                        v.user(),
                        fileName,
                        key.orElse(null))
                .toInstant();
        CrimeCopy.Copied copied = copy(id, in);
        in.drain();
        String sha = in.sha256();
        byHash(sha).ifPresent(earlier -> {
            throw sameFile(v, earlier);
        });
        jdbc.update(
                "update partnership.crime_import set rows_read = ?, rows_stored = ?, not_located = ?,"
                        + " problems = ?::jsonb, unknown_columns = ?, file_sha256 = ? where id = ?",
                ps -> {
                    ps.setLong(1, copied.read());
                    ps.setLong(2, copied.stored());
                    ps.setLong(3, copied.notLocated());
                    ps.setString(4, JSON.writeValueAsString(copied.problems()));
                    ps.setArray(
                            5,
                            ps.getConnection()
                                    .createArrayOf(
                                            "text", copied.unknownColumns().toArray()));
                    ps.setString(6, sha);
                    ps.setObject(7, id);
                });
        long outside = hotspots.countImport(id);
        jdbc.update("update partnership.crime_import set outside_every_area = ? where id = ?", outside, id);
        // last, so that nothing after it can fail: the entry says the crimes were stored
        audit.append(new AuditRecord(
                v.user(),
                org,
                AuditAction.CREATE,
                "crime-import",
                id.toString(),
                "street-level crime from " + fileName + " (SHA-256 " + sha + "): " + copied.stored() + " rows stored, "
                        + copied.problemCount() + " left out",
                Optional.empty(),
                Optional.empty()));
        return new Done(new Report(
                id,
                fileName,
                v.user(),
                org,
                at,
                copied.read(),
                copied.stored(),
                copied.notLocated(),
                copied.problemCount(),
                copied.problems(),
                copied.unknownColumns(),
                outside,
                false));
    }

    private CrimeCopy.Copied copy(UUID id, Sha256Input in) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return CrimeCopy.copy(c, id, new InputStreamReader(in, decoder));
        } catch (SQLException e) {
            throw new IllegalStateException("the crimes could not be stored: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** The key's first use, found: the same bytes get its report again; other bytes are refused. */
    private Report replay(Stored first, Sha256Input in) {
        in.drain(); // the hash needs every byte, and a client still sending would not read an early answer
        if (!in.sha256().equals(first.sha256())) {
            Report r = first.report();
            throw new Conflict(
                    Conflict.Kind.KEY_REUSED,
                    "the import key was used on " + r.importedAt() + " for another file (" + r.fileName()
                            + ", SHA-256 " + first.sha256() + "); nothing was imported: send this file with a key of"
                            + " its own");
        }
        Report r = first.report();
        return new Report(
                r.id(),
                r.fileName(),
                r.importedBy(),
                r.organisation(),
                r.importedAt(),
                r.read(),
                r.stored(),
                r.notLocated(),
                r.problemCount(),
                r.problems(),
                r.unknownColumns(),
                r.outsideEveryArea(),
                true);
    }

    /** The key's first use ran all the while: read the body, then answer its report if it has finished since. */
    private Report afterWaiting(Viewer v, String key, Sha256Input in) {
        in.drain();
        Optional<Stored> first = byKey(v.organisation().id(), key);
        if (first.isPresent()) {
            return replay(first.get(), in);
        }
        throw new Conflict(
                Conflict.Kind.STILL_RUNNING,
                "an import with this key is still running (waited " + SAME_KEY_WAIT.toSeconds() + " s); nothing was"
                        + " added by this request: send it again later with the same key to get that import's report");
    }

    private Optional<Stored> byKey(String organisation, String key) {
        return jdbc
                .query(
                        STORED + " where organisation_id = ? and import_key = ?",
                        CrimeImports::stored,
                        organisation,
                        key)
                .stream()
                .findFirst();
    }

    private Optional<Stored> byHash(String sha) {
        return jdbc.query(STORED + " where file_sha256 = ?", CrimeImports::stored, sha).stream()
                .findFirst();
    }

    /**
     * The bytes were stored before. The crimes are one store counted into every organisation's hotspots, so a file
     * is imported once for all; but which file, when and by whom is told only to the organisation that imported it.
     */
    private static Conflict sameFile(Viewer v, Stored earlier) {
        Report r = earlier.report();
        if (!r.organisation().equals(v.organisation().id())) {
            return new Conflict(
                    Conflict.Kind.SAME_FILE,
                    "was already imported, by another organisation (SHA-256 " + earlier.sha256() + "); its crimes"
                            + " are already counted in every hotspot, and nothing was imported again, as a second"
                            + " copy would count every crime twice");
        }
        return new Conflict(
                Conflict.Kind.SAME_FILE,
                "is the same file (SHA-256 " + earlier.sha256() + ") as " + r.fileName() + ", imported on "
                        + r.importedAt() + " by " + r.importedBy() + " (" + r.organisation() + "); nothing was imported"
                        + " again, as a second copy would count every crime twice");
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        Array unknown = rs.getArray(10);
        long read = rs.getLong(6);
        long stored = rs.getLong(7);
        return new Stored(
                new Report(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        read,
                        stored,
                        rs.getLong(8),
                        read - stored,
                        List.of(JSON.readValue(rs.getString(9), Problem[].class)),
                        Arrays.asList((String[]) unknown.getArray()),
                        rs.getLong(11),
                        false),
                rs.getString(12));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an import with the same key", e);
        }
    }
}
