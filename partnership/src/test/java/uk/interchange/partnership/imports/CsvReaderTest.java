package uk.interchange.partnership.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The CSV reader's bounds: a field, a row's fields and a row's characters, each checked as it is read. */
class CsvReaderTest {
    /** A quote opened and never closed, then text without end: what a 3 GB hostile upload looks like to the reader. */
    static final class Endless extends Reader {
        long given;
        private boolean opened;

        @Override
        public int read(char[] buffer, int off, int len) {
            int from = off;
            if (!opened) {
                for (char c : "Crime ID,Month\nabc,\"".toCharArray()) {
                    buffer[from++] = c;
                }
                opened = true;
            }
            for (int i = from; i < off + len; i++) {
                buffer[i] = 'a';
            }
            given += len;
            return len;
        }

        @Override
        public void close() {}
    }

    @Test
    void aQuoteNeverClosedIsRefusedOnceTheFieldOutgrowsItsLimitAndTheRestIsNotRead() {
        Endless in = new Endless();
        try (CsvReader csv = new CsvReader(in)) {
            assertThat(csv.next().fields()).containsExactly("Crime ID", "Month");
            assertThatThrownBy(csv::next)
                    .isInstanceOf(CsvReader.TooLarge.class)
                    .hasMessage("line 2: field 2 is longer than 65,536 characters, the most a field may hold"
                            + " (is the quote opened on line 2 ever closed?)");
        }
        // the field's limit and one buffer beyond it, not the gigabytes that would have followed
        assertThat(in.given).isLessThanOrEqualTo(CsvReader.Limits.DEFAULT.fieldChars() + 2L * 65_536);
    }

    @Test
    void aRowOfTooManyFieldsOrTooManyCharactersIsRefusedWithItsLine() {
        CsvReader.Limits small = new CsvReader.Limits(10, 3, 25);
        try (CsvReader csv = new CsvReader(new StringReader("a,b,c\na,b,c,d\n"), small)) {
            assertThat(csv.next().fields()).containsExactly("a", "b", "c");
            assertThatThrownBy(csv::next).hasMessage("line 2: the row has more than 3 fields, the most a row may have");
        }
        try (CsvReader csv = new CsvReader(new StringReader("aaaaaaaaa,bbbbbbbbb,ccccccccc\n"), small)) {
            assertThatThrownBy(csv::next)
                    .hasMessage("line 1: the row is longer than 25 characters, the most a row may hold");
        }
        try (CsvReader csv = new CsvReader(new StringReader("x\nshort,\"longer than ten\"\n"), small)) {
            csv.next();
            assertThatThrownBy(csv::next)
                    .hasMessageStartingWith("line 2: field 2 is longer than 10 characters, the most a field may hold");
        }
    }

    /** Whatever the text and the limits, every field read is within its limit, or the reader refuses. */
    @Property(tries = 300)
    void noFieldReadIsLongerThanItsLimit(
            @ForAll @StringLength(max = 200) @CharRange(from = ' ', to = '~') String body,
            @ForAll @IntRange(min = 1, max = 20) int fieldChars,
            @ForAll @IntRange(min = 1, max = 8) int fields) {
        String text = body.replace('~', '\n');
        List<CsvReader.Record> records = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new StringReader(text), new CsvReader.Limits(fieldChars, fields, 100))) {
            for (CsvReader.Record r = csv.next(); r != null; r = csv.next()) {
                records.add(r);
            }
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).startsWith("line ");
            return;
        }
        for (CsvReader.Record r : records) {
            assertThat(r.fields()).hasSizeLessThanOrEqualTo(fields);
            assertThat(r.fields()).allSatisfy(f -> assertThat(f.length()).isLessThanOrEqualTo(fieldChars));
        }
    }

    @Test
    void aTableReadWholeIsRefusedAtTheFirstRowPastItsBound() {
        assertThat(Csv.read("kind\na\nb\nc\n", 3).rows()).hasSize(3);
        assertThatThrownBy(() -> Csv.read("kind\na\nb\nc\nd\n", 3))
                .hasMessage("line 5: the file has more than 3 rows, the most one file may have; split it in parts");
    }

    private static List<CsvReader.Record> all(Reader in) {
        List<CsvReader.Record> out = new ArrayList<>();
        try (CsvReader csv = new CsvReader(in)) {
            for (CsvReader.Record r = csv.next(); r != null; r = csv.next()) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void aLoneCarriageReturnEndsALineAsOldMacFilesWriteThem() {
        List<CsvReader.Record> records = all(new StringReader("a,b\rc,d\r\"x\ry\",e\rf,g"));
        assertThat(records)
                .containsExactly(
                        new CsvReader.Record(1, List.of("a", "b")),
                        new CsvReader.Record(2, List.of("c", "d")),
                        new CsvReader.Record(3, List.of("x\ry", "e")),
                        new CsvReader.Record(5, List.of("f", "g")));
    }

    @Test
    void linesOfOnlySpacesAndTabsAreBlankAndLineNumbersStayRightAfterThem() {
        List<CsvReader.Record> records = all(new StringReader("h,k\n   \n\t \r\n\n\"two\nlines\",1\n \nlast, \n  "));
        assertThat(records)
                .containsExactly(
                        new CsvReader.Record(1, List.of("h", "k")),
                        new CsvReader.Record(5, List.of("two\nlines", "1")),
                        new CsvReader.Record(8, List.of("last", " ")));
    }

    /** Newlines without end, then one row: what a crafted file of blank lines looks like. */
    static final class Newlines extends Reader {
        private long left;
        private final String then;
        private boolean sent;

        Newlines(long count, String then) {
            this.left = count;
            this.then = then;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (left == 0) {
                if (sent) {
                    return -1;
                }
                sent = true;
                then.getChars(0, then.length(), buffer, off);
                return then.length();
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(buffer, off, off + n, '\n');
            left -= n;
            return n;
        }

        @Override
        public void close() {}
    }

    @Test
    void aLongRunOfBlankLinesIsNotCountedAsOneLongRow() {
        assertThat(all(new Newlines(3_000_000, "a,b\n")))
                .containsExactly(new CsvReader.Record(3_000_001, List.of("a", "b")));
    }

    @Test
    void aFileOfMoreLinesThanALineNumberHoldsIsRefusedNotWrapped() {
        try (CsvReader csv = new CsvReader(new Newlines(Integer.MAX_VALUE + 10L, "a\n"))) {
            assertThatThrownBy(csv::next)
                    .isInstanceOf(CsvReader.TooLarge.class)
                    .hasMessage("line 2,147,483,647: the file has more lines than the 2,147,483,647 one file may"
                            + " have; split it in parts");
        }
    }

    /**
     * Whatever the rows, the line ends (LF, CRLF or CR) and the blank lines between them, each row is read back as
     * written, with the line it starts on counted by hand.
     */
    @Property(tries = 300)
    void rowsComeBackWithTheirLinesWhateverTheLineEndsAndBlankLines(
            @ForAll @net.jqwik.api.constraints.Size(max = 8)
                    List<@StringLength(max = 12) @CharRange(from = ' ', to = '~') String> cells,
            @ForAll @IntRange(min = 0, max = 2) int ending,
            @ForAll @IntRange(min = 0, max = 3) int blanks) {
        String end = List.of("\n", "\r\n", "\r").get(ending);
        StringBuilder text = new StringBuilder();
        List<CsvReader.Record> expected = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < cells.size(); i++) {
            for (int b = 0; b < blanks; b++) {
                text.append(b % 2 == 0 ? "" : " \t ").append(end);
                line++;
            }
            // each row: the cell as one quoted field holding a line break, and a plain field
            String cell = cells.get(i);
            text.append('"')
                    .append(cell.replace("\"", "\"\""))
                    .append(end)
                    .append("x\",")
                    .append(i)
                    .append(end);
            expected.add(new CsvReader.Record(line, List.of(cell + end + "x", Integer.toString(i))));
            line += 2;
        }
        assertThat(all(new StringReader(text.toString()))).isEqualTo(expected);
    }
}
