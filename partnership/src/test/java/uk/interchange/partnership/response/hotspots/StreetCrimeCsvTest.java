package uk.interchange.partnership.response.hotspots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The street-level crime CSV: every row read or named with its line and reason. */
class StreetCrimeCsvTest {
    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
            + "LSOA name,Crime type,Last outcome category,Context,Notes\n";

    @Test
    void goodAndBadRowsAreEachAccountedFor() {
        String csv = HEADER
                + "abc1,2026-03,Thames Valley Police,Thames Valley Police,-0.9712,51.4551,On or near Oxford Road,"
                + "E01016400,Reading 008A,Drugs,Under investigation,,\n"
                + ",2026-03,Thames Valley Police,Thames Valley Police,,,No location,,,Anti-social behaviour,,,\n"
                + "abc3,03/2026,Thames Valley Police,Thames Valley Police,-0.97,51.45,x,,,Burglary,,,\n"
                + "abc4,2026-04,Thames Valley Police,Thames Valley Police,west,51.45,x,,,Burglary,,,\n"
                + "abc5,2026-04,Thames Valley Police\n";
        List<StreetCrimeCsv.Crime> crimes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> unknown = StreetCrimeCsv.read(new StringReader(csv), new StreetCrimeCsv.Sink() {
            @Override
            public void crime(StreetCrimeCsv.Crime c) {
                crimes.add(c);
            }

            @Override
            public void problem(int line, String reason) {
                problems.add(line + ": " + reason);
            }
        });
        assertThat(unknown).containsExactly("Notes");
        assertThat(crimes).hasSize(2);
        assertThat(crimes.get(0).located()).isTrue();
        assertThat(crimes.get(0).lsoaName()).isEqualTo("Reading 008A");
        assertThat(crimes.get(1).located()).as("published without a place").isFalse();
        assertThat(problems)
                .containsExactly(
                        "4: Month \"03/2026\" is not written year-month, as 2024-03",
                        "5: Longitude \"west\" and Latitude \"51.45\" are not both numbers",
                        "6: the row has 3 fields where the header has 13");
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefused() {
        assertThatThrownBy(() -> StreetCrimeCsv.read(new StringReader("Crime ID,Month,Crime type\n"), null))
                .hasMessageContaining("no longitude, latitude columns");
        assertThatThrownBy(() -> StreetCrimeCsv.read(new StringReader(""), null))
                .hasMessageContaining("the file is empty");
    }

    @Test
    void aControlCharacterInAFieldLeavesOutItsRowAndNamesIt() {
        String csv = HEADER
                + "abc1,2026-03,TVP,TVP,-0.97,51.45,On or near\u0000 Oxford Road,E01016400,Reading 008A,Drugs,,,\n"
                + "abc2,2026-03,TVP,TVP,-0.97,51.45,\"On or near\nOxford Road\",E01016400,Reading 008A,Drugs,,,\n";
        List<StreetCrimeCsv.Crime> crimes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        StreetCrimeCsv.read(new StringReader(csv), new StreetCrimeCsv.Sink() {
            @Override
            public void crime(StreetCrimeCsv.Crime c) {
                crimes.add(c);
            }

            @Override
            public void problem(int line, String reason) {
                problems.add(line + ": " + reason);
            }
        });
        assertThat(problems).containsExactly("2: Location holds a control character (U+0000) at character 11");
        assertThat(crimes).extracting(StreetCrimeCsv.Crime::line).containsExactly(3);
    }

    @Test
    void aQuotedFieldNeverClosedIsRefusedWithItsLineAndTheLimitLongBeforeTheEnd() {
        String start = HEADER + "abc1,2026-03,\"";
        // the start of a file, then text without end, as a 3 GB upload whose quote never closes
        java.io.Reader endless = new java.io.Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    buffer[i] = at < start.length() ? start.charAt(at++) : 'a';
                }
                return len;
            }

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> StreetCrimeCsv.read(endless, new StreetCrimeCsv.Sink() {
                    @Override
                    public void crime(StreetCrimeCsv.Crime c) {}

                    @Override
                    public void problem(int line, String reason) {}
                }))
                .isInstanceOf(StreetCrimeCsv.Refused.class)
                .hasMessageContaining("line 2: field 3 is longer than 65,536 characters")
                .hasMessageContaining("the quote opened on line 2");
    }
}
