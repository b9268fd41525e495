package uk.interchange.partnership.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cells of a CSV file that people will open in a spreadsheet. A spreadsheet runs a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (or with a tab, carriage return or NUL before one) as a formula, so a record
 * whose name is {@code =HYPERLINK(...)} would act when the file is opened. As OWASP advises for CSV injection, such a
 * cell is written with a leading apostrophe, which spreadsheets read as "this is text" and do not show. Reading a
 * file back (the import reads the export) takes the apostrophe off again.
 */
public final class SpreadsheetCells {
    /** The first characters that make a spreadsheet read a cell as a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r\0";

    private SpreadsheetCells() {}

    /**
     * The cell as it is safe to write: with an apostrophe before it when it starts like a formula, or is already
     * apostrophes before such a start (so that {@link #original} gives back exactly what was written).
     */
    public static String neutral(String cell) {
        return startsLikeFormula(cell, apostrophes(cell)) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #neutral}: one apostrophe is dropped from a cell that {@code neutral} made. */
    public static String original(String cell) {
        int quotes = apostrophes(cell);
        return quotes > 0 && startsLikeFormula(cell, quotes) ? cell.substring(1) : cell;
    }

    /** One line of CSV (RFC 4180, as {@link Csv#line}) with every cell neutral. */
    public static String line(List<String> cells) {
        return Csv.line(cells.stream().map(c -> c == null ? "" : neutral(c)).toList());
    }

    /** The table with every cell back as it was before it was written neutral. */
    public static Csv.Table original(Csv.Table table) {
        List<Csv.Row> rows = table.rows().stream()
                .map(r -> {
                    Map<String, String> fields = new HashMap<>();
                    r.fields().forEach((k, v) -> fields.put(k, v == null ? null : original(v)));
                    return new Csv.Row(r.line(), fields);
                })
                .toList();
        return new Csv.Table(table.header(), rows);
    }

    private static int apostrophes(String cell) {
        int n = 0;
        while (n < cell.length() && cell.charAt(n) == '\'') {
            n++;
        }
        return n;
    }

    private static boolean startsLikeFormula(String cell, int at) {
        return cell.length() > at && FORMULA_STARTS.indexOf(cell.charAt(at)) >= 0;
    }
}
