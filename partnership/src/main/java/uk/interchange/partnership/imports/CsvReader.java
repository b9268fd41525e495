package uk.interchange.partnership.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 records read one at a time from a stream, each with the line it starts on, so that a file of millions of
 * rows is never held whole. Quoted fields may hold commas, quotes (doubled) and line breaks; a byte-order mark is
 * skipped; a line ends at LF, CRLF or a lone CR (old Mac files); blank lines, and lines of only spaces and tabs, are
 * not records. A field, and a record, are bounded ({@link Limits}) and the bound is checked
 * as each character is read: a quote that is never closed is refused once the field outgrows its limit, not when
 * it has swallowed the rest of a file of gigabytes.
 */
public final class CsvReader implements AutoCloseable {
    /** One record: its fields, and the line of the file it starts on (the first line is 1). */
    public record Record(int line, List<String> fields) {}

    /** The most characters one field may hold, the most fields one record may have, the most characters in all. */
    public record Limits(int fieldChars, int fields, int recordChars) {
        /** Far above any real row of the files read here (names, addresses, crimes), far below a danger. */
        public static final Limits DEFAULT = new Limits(65_536, 1_000, 1_048_576);
    }

    /** A record beyond its {@link Limits}: the file is refused, with the line and the limit. */
    public static final class TooLarge extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private final Reader in;
    private final Limits limits;
    private final char[] buffer = new char[1 << 16];
    private int size;
    private int at;
    private int line = 1;
    private boolean started;

    /** The most lines a file may have: a line number never wraps. */
    static final int MAX_LINES = Integer.MAX_VALUE;

    public CsvReader(Reader in) {
        this(in, Limits.DEFAULT);
    }

    public CsvReader(Reader in, Limits limits) {
        this.in = in;
        this.limits = limits;
    }

    /** The next record, or null at the end of the file; a quoted field left open is refused with its line. */
    public Record next() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int startLine = line;
        int quoteLine = 0;
        long chars = 0;
        int c;
        while ((c = read()) >= 0) {
            if (++chars > limits.recordChars()) {
                throw new TooLarge(String.format(
                        Locale.UK,
                        "line %d: the row is longer than %,d characters, the most a row may hold%s",
                        startLine,
                        limits.recordChars(),
                        quoted ? unclosed(quoteLine) : ""));
            }
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    continue; // a byte-order mark, as spreadsheets write it
                }
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        nextLine();
                    }
                    append(field, (char) c, startLine, fields.size(), quoteLine);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    quoteLine = line;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                    if (fields.size() >= limits.fields()) {
                        throw new TooLarge(String.format(
                                Locale.UK,
                                "line %d: the row has more than %,d fields, the most a row may have",
                                startLine,
                                limits.fields()));
                    }
                }
                case '\r', '\n' -> {
                    if (c == '\r' && peek() == '\n') {
                        continue; // part of a CRLF line end: the \n ends the line
                    }
                    nextLine();
                    if (any) {
                        fields.add(field.toString());
                        return new Record(startLine, fields);
                    }
                    // a blank line (or one of spaces): not a record, and not counted against the next one's length
                    field.setLength(0);
                    startLine = line;
                    chars = 0;
                }
                default -> {
                    append(field, (char) c, startLine, fields.size(), 0);
                    if (c != ' ' && c != '\t') {
                        any = true;
                    }
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + startLine + ": a quoted field is never closed");
        }
        if (any) {
            fields.add(field.toString());
            return new Record(startLine, fields);
        }
        return null;
    }

    private void nextLine() {
        if (line == MAX_LINES) {
            throw new TooLarge(String.format(
                    Locale.UK,
                    "line %,d: the file has more lines than the %,d one file may have; split it in parts",
                    line,
                    MAX_LINES));
        }
        line++;
    }

    private void append(StringBuilder field, char c, int startLine, int before, int quoteLine) {
        if (field.length() >= limits.fieldChars()) {
            throw new TooLarge(String.format(
                    Locale.UK,
                    "line %d: field %d is longer than %,d characters, the most a field may hold%s",
                    startLine,
                    before + 1,
                    limits.fieldChars(),
                    quoteLine > 0 ? unclosed(quoteLine) : ""));
        }
        field.append(c);
    }

    private static String unclosed(int quoteLine) {
        return " (is the quote opened on line " + quoteLine + " ever closed?)";
    }

    private int read() {
        if (at == size && !fill()) {
            return -1;
        }
        return buffer[at++];
    }

    private int peek() {
        if (at == size && !fill()) {
            return -1;
        }
        return buffer[at];
    }

    private boolean fill() {
        try {
            int n = in.read(buffer);
            at = 0;
            size = Math.max(n, 0); // at the end, nothing more is read (not the old buffer again)
            return size > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
