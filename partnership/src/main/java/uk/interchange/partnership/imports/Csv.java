package uk.interchange.partnership.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Comma-separated text as RFC 4180 writes it: a header row, fields in double quotes when they hold commas, quotes
 * or line breaks, a quote inside written twice. Columns are found by header name, in any case. Each row keeps the
 * line it started on, so a problem can be reported where the user will find it.
 */
public final class Csv {
    /** One data row: the line it starts on, and its fields by lower-case header name. */
    public record Row(int line, Map<String, String> fields) {
        /** The first of the named columns that is present and not blank, stripped. */
        public Optional<String> get(String... names) {
            for (String n : names) {
                String v = fields.get(n);
                if (v != null && !v.isBlank()) {
                    return Optional.of(v.strip());
                }
            }
            return Optional.empty();
        }
    }

    /** The header and rows, or the reason the text could not be read as CSV at all. */
    public record Table(List<String> header, List<Row> rows) {}

    private Csv() {}

    /**
     * One line of CSV: fields quoted when they hold a comma, quote or line break (RFC 4180), or when a line's one
     * field is blank, ended by CRLF.
     */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (i > 0) {
                out.append(',');
            }
            // a lone blank field is quoted, or the line would read back as a blank line, which is no record
            boolean blankLine = fields.size() == 1 && f.isBlank();
            if (blankLine
                    || f.indexOf(',') >= 0
                    || f.indexOf('"') >= 0
                    || f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        return out.append("\r\n").toString();
    }

    /**
     * The most rows a table read whole may have: above the largest imports seen (188,000 rows), below what would
     * fill the server's memory (a file of short rows holds millions). A larger file goes in parts.
     */
    public static final int MAX_ROWS = 200_000;

    public static Table read(String text) {
        return read(text, MAX_ROWS);
    }

    /** The table, refused (naming the line) at the first row past {@code maxRows} and at a field past its bound. */
    public static Table read(String text, int maxRows) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new java.io.StringReader(text))) {
            for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
                if (records.size() > maxRows) {
                    throw new CsvReader.TooLarge(String.format(
                            Locale.UK,
                            "line %d: the file has more than %,d rows, the most one file may have; split it in parts",
                            r.line(),
                            maxRows));
                }
                records.add(r.fields());
                lines.add(r.line());
            }
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the file is empty: it needs a header row and at least one row");
        }
        List<String> header = records.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Map<String, String> byName = new HashMap<>();
            List<String> values = records.get(r);
            for (int k = 0; k < header.size() && k < values.size(); k++) {
                byName.putIfAbsent(header.get(k), values.get(k));
            }
            rows.add(new Row(lines.get(r), byName));
        }
        return new Table(header, rows);
    }
}
