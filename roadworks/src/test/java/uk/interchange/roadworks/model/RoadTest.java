package uk.interchange.roadworks.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.clash.Item;

class RoadTest {
    @Test
    void readsRoadNumbersAsTheyAreWritten() {
        assertThat(Road.parse("M25")).contains(new Road('M', 25, false));
        assertThat(Road.parse(" a1 (m) ")).contains(new Road('A', 1, true));
        assertThat(Road.parse("B4100")).contains(new Road('B', 4100, false));
        assertThat(Road.parse("m 6")).map(Road::toString).contains("M6");
    }

    @Test
    void refusesWhatIsNotARoadNumber() {
        for (String s : List.of("", "M", "M0", "M025", "M12345", "M25a", "C12", "M1(M)", "B4(M)", "A1 x", "High St")) {
            assertThat(Road.parse(s)).as(s).isEmpty();
        }
    }

    @Test
    void findsARoadWhereItStartsAndSaysWhereItEnds() {
        assertThat(Road.at("the A404(M) northbound", 4)).contains(new Road.Found(new Road('A', 404, true), 11));
        assertThat(Road.at("the A404(M) northbound", 3)).isEmpty();
        assertThat(Road.at("M62,", 0)).contains(new Road.Found(new Road('M', 62, false), 3));
        assertThat(Road.at("M62J5", 0)).isEmpty();
    }

    @Test
    void anImpossibleRoadCannotBeMade() {
        assertThatThrownBy(() -> new Road('C', 1, false)).hasMessageContaining("M, A or B");
        assertThatThrownBy(() -> new Road('M', 0, false)).hasMessageContaining("1 to 9999");
        assertThatThrownBy(() -> new Road('M', 1, true)).hasMessageContaining("only an A road");
    }

    @Test
    void aDiversionsRoadAndJunctionAreReadByTheSameGrammar() {
        assertThat(Item.Via.parse("A1(M) J5")).contains(new Item.Via("A1(M)", OptionalInt.of(5)));
        assertThat(Item.Via.parse("A1(M)")).contains(new Item.Via("A1(M)", OptionalInt.empty()));
        assertThat(Item.Via.parse(" m5 junction 10a to the A38")).contains(new Item.Via("M5", OptionalInt.of(10)));
        assertThat(Item.Via.parse("M5 J1234")).contains(new Item.Via("M5", OptionalInt.empty()));
        assertThat(Item.Via.parse("Bassetts Pole")).isEmpty();
        assertThat(Item.Via.parse("the J10 island")).isEmpty();
    }

    @Property
    void aRoadIsReadBackFromHowItIsWritten(@ForAll("roads") Road road) {
        assertThat(Road.parse(road.toString())).contains(road);
        assertThat(Road.parse(road.toString().toLowerCase(Locale.ROOT))).contains(road);
        String spaced = road.roadClass() + " " + road.number() + (road.motorwaySection() ? " (M)" : "");
        assertThat(Road.parse(spaced)).contains(road);
        assertThat(road.toString()).matches(Road.REGEX);
    }

    /** Keys are those stored before this type existed, so no stored road needed rewriting. */
    @Property
    void aKeyIsTheKeyRoadsWereAlwaysStoredBy(@ForAll("roadLike") String name) {
        assertThat(Road.key(name)).isEqualTo(name.replace(" ", "").toUpperCase(Locale.ROOT));
        assertThat(Road.key(Road.key(name))).isEqualTo(Road.key(name));
    }

    /** The regular expression the reader's patterns use accepts exactly the written forms of roads. */
    @Property
    void theRegexAcceptsExactlyTheWrittenForms(@ForAll("roadLike") String s) {
        boolean written = Road.parse(s).map(Road::toString).equals(Optional.of(s));
        assertThat(s.matches(Road.REGEX)).as(s).isEqualTo(written);
    }

    @Provide
    Arbitrary<Road> roads() {
        return Combinators.combine(
                        Arbitraries.of('M', 'A', 'B'),
                        Arbitraries.integers().between(1, 9999),
                        Arbitraries.of(true, false))
                .as((c, n, m) -> new Road(c, n, m && c == 'A'));
    }

    @Provide
    Arbitrary<String> roadLike() {
        return Arbitraries.strings()
                .withChars("MABmabx0123456789() ")
                .ofMinLength(0)
                .ofMaxLength(9);
    }
}
