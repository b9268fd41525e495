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
}
