package uk.interchange.app.partnership.response;

import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.partnership.response.StreetCrimeCsv;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Imports police-recorded crime from the street-level CSV: read row by row and sent to PostgreSQL with COPY in
 * batches, all in one transaction, so a file of millions of rows is stored whole or (if anything fails on the way)
 * not at all. Bad rows are left out and reported by line; then the import's crimes are added to every hotspot's
 * monthly counts.
 */
@Service
public class CrimeImports {
    /** How many bad rows the report keeps by line; the rest are counted. */
    static final int PROBLEMS_KEPT = 200;

    private static final int BATCH = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final HotspotStore hotspots;
    private final AuditLog audit;

    public CrimeImports(DataSource dataSource, TransactionTemplate tx, HotspotStore hotspots, AuditLog audit) {
        this.dataSource = dataSource;
        this.tx = tx;
        this.hotspots = hotspots;
        this.audit = audit;
    }

    /** What an import read, stored and left out. */
    public record Report(
            UUID id,
            long read,
            long stored,
            long notLocated,
            long problemCount,
            List<Problem> problems,
            List<String> unknownColumns,
            long outsideEveryArea) {}

    public record Problem(int line, String reason) {}

    /** Imports the file; refused (nothing stored) when its header cannot be read. */
    public Report importFile(Viewer v, String fileName, Reader in) {
        UUID id = UUID.randomUUID();
        Report report = tx.execute(status -> {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                return copy(c, v, id, fileName, in);
            } catch (SQLException e) {
                throw new IllegalStateException("the crimes could not be stored: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
        });
        audit.append(new AuditRecord(
                v.user(),
                v.organisation().id(),
                AuditAction.CREATE,
                "crime-import",
                id.toString(),
                "street-level crime from " + fileName + ": " + report.stored() + " rows stored, "
                        + report.problemCount() + " left out",
                Optional.empty(),
                Optional.empty()));
        // fresh statistics first: without them the planner takes a big import for a small one and reads all of it
        // beside each area's index scan (0.4 s an area at six million rows)
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute("analyze partnership.street_crime");
        long outside = hotspots.countImport(id);
        return new Report(
                report.id(),
                report.read(),
                report.stored(),
                report.notLocated(),
                report.problemCount(),
                report.problems(),
                report.unknownColumns(),
                outside);
    }

    private Report copy(Connection c, Viewer v, UUID id, String fileName, Reader in) throws SQLException {
        // the import's row first (the crimes refer to it); its counts are filled in at the end
        try (var ps = c.prepareStatement("insert into partnership.crime_import (id, organisation_id, imported_by,"
                + " file_name, rows_read, rows_stored, not_located, problems, unknown_columns)"
                + " values (?, ?, ?, ?, 0, 0, 0, '[]', '{}')")) {
            ps.setObject(1, id);
            ps.setString(2, v.organisation().id());
            ps.setString(3, v.user());
            ps.setString(4, fileName);
            ps.executeUpdate();
        }
        var copier = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder batch = new StringBuilder();
        long[] counts = new long[3]; // stored, not located, problems
        int[] inBatch = {0};
        List<Problem> problems = new ArrayList<>();
        String prefix = id + "\t";
        SQLException[] failed = {null};
        List<String> unknown = StreetCrimeCsv.read(in, new StreetCrimeCsv.Sink() {
            @Override
            public void crime(StreetCrimeCsv.Crime k) {
                batch.append(prefix).append(k.line()).append('\t');
                text(batch, k.crimeId()).append('\t');
                batch.append(k.month()).append("-01\t");
                text(batch, k.reportedBy()).append('\t');
                text(batch, k.fallsWithin()).append('\t');
                if (k.located()) {
                    batch.append('(')
                            .append(k.lon())
                            .append(',')
                            .append(k.lat())
                            .append(")\t");
                } else {
                    batch.append("\\N\t");
                    counts[1]++;
                }
                text(batch, k.location()).append('\t');
                text(batch, k.lsoaCode()).append('\t');
                text(batch, k.lsoaName()).append('\t');
                text(batch, k.type()).append('\t');
                text(batch, k.outcome()).append('\t');
                text(batch, k.context()).append('\n');
                counts[0]++;
                if (++inBatch[0] == BATCH) {
                    send();
                }
            }

            @Override
            public void problem(int line, String reason) {
                counts[2]++;
                if (problems.size() < PROBLEMS_KEPT) {
                    problems.add(new Problem(line, reason));
                }
            }

            private void send() {
                if (failed[0] != null) {
                    return;
                }
                try {
                    copyBatch(copier, batch);
                } catch (SQLException e) {
                    failed[0] = e;
                }
                batch.setLength(0);
                inBatch[0] = 0;
            }
        });
        if (inBatch[0] > 0 && failed[0] == null) {
            copyBatch(copier, batch);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        long read = counts[0] + counts[2];
        try (var ps = c.prepareStatement("update partnership.crime_import set rows_read = ?, rows_stored = ?,"
                + " not_located = ?, problems = ?::jsonb, unknown_columns = ? where id = ?")) {
            ps.setLong(1, read);
            ps.setLong(2, counts[0]);
            ps.setLong(3, counts[1]);
            ps.setString(4, JSON.writeValueAsString(problems));
            ps.setArray(5, c.createArrayOf("text", unknown.toArray()));
            ps.setObject(6, id);
            ps.executeUpdate();
        }
        return new Report(id, read, counts[0], counts[1], counts[2], problems, unknown, 0);
    }

    private static void copyBatch(org.postgresql.copy.CopyManager copier, StringBuilder batch) throws SQLException {
        try {
            copier.copyIn(
                    "copy partnership.street_crime (import_id, line, crime_id, month, reported_by, falls_within,"
                            + " location, location_text, lsoa_code, lsoa_name, crime_type, outcome, context) from stdin",
                    new StringReader(batch.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    /** A value in COPY's text format: backslash, tab and line ends escaped. */
    private static StringBuilder text(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b;
    }
}
