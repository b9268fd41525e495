package uk.interchange.roadworks.bulletin.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static String kinds(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokens(text)) {
            out.add(t.kind() + ":" + t.value());
        }
        return String.join(" ", out);
    }

    @Test
    void readsClockTimesHoweverTheyAreWritten() {
        assertThat(kinds("8pm")).isEqualTo("TIME:20:00");
        assertThat(kinds("5.30am")).isEqualTo("TIME:05:30");
        assertThat(kinds("8 p.m.")).isEqualTo("TIME:20:00");
        assertThat(kinds("12am 12pm")).isEqualTo("TIME:00:00 TIME:12:00");
        assertThat(kinds("20:00 21.30")).isEqualTo("TIME:20:00 TIME:21:30");
        assertThat(kinds("2000hrs 0600 hrs")).isEqualTo("TIME:20:00 TIME:06:00");
        assertThat(kinds("midnight, noon")).isEqualTo("TIME:00:00 PUNCT:, TIME:12:00");
        // not times: a decimal, an hour past twelve with pm, a year
        assertThat(kinds("2.5 13pm 2023")).isEqualTo("NUMBER:2 PUNCT:. NUMBER:5 NUMBER:13 WORD:pm NUMBER:2023");
    }

    @Test
    void theSameDashIsOneTokenWhateverItsNeighbours() {
        assertThat(kinds("20-23 March")).isEqualTo("NUMBER:20 DASH:- NUMBER:23 MONTH:MARCH");
        assertThat(kinds("20th-23rd March")).isEqualTo("ORDINAL:20 DASH:- ORDINAL:23 MONTH:MARCH");
        assertThat(kinds("Mon 20 \u2013 Thu 23 March"))
                .isEqualTo("WEEKDAY:MONDAY NUMBER:20 DASH:\u2013 WEEKDAY:THURSDAY NUMBER:23 MONTH:MARCH");
        assertThat(kinds("from 20 to 23 March"))
                .isEqualTo("CONNECTOR:FROM NUMBER:20 CONNECTOR:TO NUMBER:23 MONTH:MARCH");
        assertThat(kinds("10pm Mon 20/03 - 6am Tue 21/03/2023"))
                .isEqualTo("TIME:22:00 WEEKDAY:MONDAY DATE:--03-20 DASH:- TIME:06:00 WEEKDAY:TUESDAY"
                        + " DATE:2023-03-21");
    }

    @Test
    void readsRoadsJunctionsDirectionsAndPartsOfTheRoad() {
        assertThat(kinds("The M1 n/b exit slip road at J10a"))
                .isEqualTo("WORD:The ROAD:M1 DIRECTION:NORTHBOUND CARRIAGEWAY:EXIT_SLIP CONNECTOR:AT JUNCTION:10a");
        assertThat(kinds("A1 (M) junction 5 anti-clockwise c/way"))
                .isEqualTo("ROAD:A1(M) JUNCTION_WORD:JUNCTION NUMBER:5 DIRECTION:ANTICLOCKWISE"
                        + " CARRIAGEWAY:CARRIAGEWAY");
        assertThat(kinds("M25a J1234 Jump")).isEqualTo("WORD:M NUMBER:25 WORD:a WORD:J NUMBER:1234 WORD:Jump");
    }

    @Test
    void readsThePhrasesOfTheLexiconLongestFirst() {
        assertThat(kinds("until 6am the following  morning"))
                .isEqualTo("CONNECTOR:UNTIL TIME:06:00 RELATIVE:DAY_AFTER");
        assertThat(kinds("for four nights (Monday to Friday only)"))
                .isEqualTo("CONNECTOR:FOR NUMBER:4 PART_OF_DAY:NIGHT PUNCT:( WEEKDAY:MONDAY CONNECTOR:TO"
                        + " WEEKDAY:FRIDAY CONNECTOR:ONLY PUNCT:)");
        assertThat(kinds("a 50mph speed limit, 24/7"))
                .isEqualTo("WORD:a NUMBER:50 RESTRICTION:SPEED_LIMIT RESTRICTION:SPEED_LIMIT PUNCT:,"
                        + " PART_OF_DAY:ALL_DAY");
        assertThat(kinds("diverted via the A38 until further notice"))
                .isEqualTo("DIVERSION:DIVERSION DIVERSION:VIA WORD:the ROAD:A38 RELATIVE:FURTHER_NOTICE");
        // a spelling matches only where a word ends: "Monday" is a weekday, "Mondayish" is not
        assertThat(kinds("Mondayish")).isEqualTo("WORD:Mondayish");
    }

    @Test
    void aLexiconGivingASpellingTwiceIsRefusedWithItsLines() {
        String text = "WEEKDAY MONDAY = mon\nMONTH MARCH = mar, mon\n";
        assertThatThrownBy(() -> Lexicon.parse(new BufferedReader(new StringReader(text)), "test"))
                .hasMessage("test line 2: \"mon\" is already given on line 1");
        assertThatThrownBy(() -> Lexicon.parse(new BufferedReader(new StringReader("DAYS X = y")), "test"))
                .hasMessageContaining("no kind of token is called DAYS");
        assertThat(Lexicon.standard().size()).isGreaterThan(200);
    }

    /** A line of ten megabytes of digits, dashes and weekday names is read, each word once. */
    @Test
    void aTenMegabyteLineIsReadWordByWord() {
        String unit = "20-23 Monday 2000-0600hrs ";
        StringBuilder b = new StringBuilder(10 << 20);
        while (b.length() + unit.length() <= 10 << 20) {
            b.append(unit);
        }
        List<Token> tokens = Tokenizer.tokens(b);
        assertThat(tokens).hasSize(b.length() / unit.length() * 7);
        assertThat(tokens.get(tokens.size() - 1).kind()).isEqualTo(TokenKind.TIME);
    }

    /** Every character that is not white space is in exactly one token, in order: nothing is lost. */
    @Property
    void everyCharacterIsInOneToken(@ForAll("bulletinLike") String text) {
        int at = 0;
        for (Token t : Tokenizer.tokens(text)) {
            assertThat(t.start()).isGreaterThanOrEqualTo(at);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(at, t.start())).isBlank();
            assertThat(Character.isWhitespace(text.charAt(t.start()))).isFalse();
            at = t.end();
        }
        assertThat(text.substring(at)).isBlank();
    }

    /**
     * Reading is local: two texts joined by " . " read as the first's tokens, a full stop, and the second's. So no
     * token looks further than its own neighbourhood, which is what keeps the time in proportion to the length.
     */
    @Property
    void readingIsLocal(@ForAll("bulletinLike") String a, @ForAll("bulletinLike") String b) {
        List<Token> joined = Tokenizer.tokens(a + " . " + b);
        List<Token> want = new ArrayList<>(Tokenizer.tokens(a));
        want.add(new Token(TokenKind.PUNCT, a.length() + 1, a.length() + 2, "."));
        int shift = a.length() + 3;
        for (Token t : Tokenizer.tokens(b)) {
            want.add(new Token(t.kind(), t.start() + shift, t.end() + shift, t.value()));
        }
        assertThat(joined).isEqualTo(want);
    }

    @Property
    void neverThrows(@ForAll String text) {
        assertThat(Tokenizer.tokens(text)).isNotNull();
    }

    @Provide
    Arbitrary<String> bulletinLike() {
        Arbitrary<String> words = Arbitraries.of(
                "8pm",
                "5.30",
                "am",
                "20",
                "/",
                "03",
                "2023",
                "-",
                "\u2013",
                "Mon",
                "day",
                "M",
                "A1",
                "(M)",
                "J",
                "10",
                "a",
                "th",
                "hrs",
                "the",
                "following",
                "morning",
                "n/b",
                "c/way",
                "24/7",
                "each",
                "night",
                ",",
                "(",
                ")",
                "12",
                ":",
                "00",
                "p.m.",
                "junction",
                "until",
                "further",
                "notice",
                "x",
                "\n",
                " ",
                "0600");
        return words.list().ofMaxSize(14).map(l -> String.join("", l));
    }
}
