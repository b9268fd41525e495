package uk.interchange.partnership.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read one at a time from a stream, each with the line it starts on, so that a file of millions of
 * rows is never held whole. Quoted fields may hold commas, quotes (doubled) and line breaks; a byte-order mark is
 * skipped; blank lines are not records.
 */
public final class CsvReader implements AutoCloseable {
    /** One record: its fields, and the line of the file it starts on (the first line is 1). */
    public record Record(int line, List<String> fields) {}

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int size;
    private int at;
    private int line = 1;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the file; a quoted field left open is refused with its line. */
    public Record next() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int startLine = line;
        int c;
        while ((c = read()) >= 0) {
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
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // part of a CRLF line end: the \n ends the record
                }
                case '\n' -> {
                    line++;
                    if (any || field.length() > 0) {
                        fields.add(field.toString());
                        return new Record(startLine, fields);
                    }
                    startLine = line; // a blank line
                }
                default -> {
                    field.append((char) c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + startLine + ": a quoted field is never closed");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            return new Record(startLine, fields);
        }
        return null;
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
