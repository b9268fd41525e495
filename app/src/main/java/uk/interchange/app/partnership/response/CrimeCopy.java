package uk.interchange.app.partnership.response;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import uk.interchange.partnership.response.hotspots.StreetCrimeCsv;

/**
 * Sends a street-level CSV's good rows to {@code partnership.street_crime} with COPY, in batches, on the caller's
 * connection and so inside its transaction; bad rows are counted, and the first {@link CrimeImports#PROBLEMS_KEPT}
 * kept by line.
 */
final class CrimeCopy {
    private static final int BATCH = 20_000;

    /** What the copy read, stored and left out. */
    record Copied(
            long read,
            long stored,
            long notLocated,
            long problemCount,
            List<CrimeImports.Problem> problems,
            List<String> unknownColumns) {}

    private CrimeCopy() {}

    static Copied copy(Connection c, UUID id, Reader in) throws SQLException {
        var copier = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder batch = new StringBuilder();
        long[] counts = new long[3]; // stored, not located, problems
        int[] inBatch = {0};
        List<CrimeImports.Problem> problems = new ArrayList<>();
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
                if (problems.size() < CrimeImports.PROBLEMS_KEPT) {
                    problems.add(new CrimeImports.Problem(line, reason));
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
        return new Copied(counts[0] + counts[2], counts[0], counts[1], counts[2], problems, unknown);
    }

    private static void copyBatch(CopyManager copier, StringBuilder batch) throws SQLException {
        try {
            copier.copyIn(
                    "copy partnership.street_crime (import_id, line, crime_id, month, reported_by, falls_within,"
                            + " location, location_text, lsoa_code, lsoa_name, crime_type, outcome, context) from stdin",
                    new StringReader(batch.toString()));
        } catch (IOException e) {
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
