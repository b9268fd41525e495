package uk.interchange.partnership.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisingTest {
    @Test
    void personNamesLoseTitlesPunctuationAndOrder() {
        Names.Person a = Names.person("Mr John Paul O'Brien");
        assertThat(a.given()).containsExactly("john", "paul");
        assertThat(a.surname()).isEqualTo("obrien");
        Names.Person b = Names.person("O’BRIEN, John");
        assertThat(b.first()).isEqualTo("john");
        assertThat(b.surname()).isEqualTo("obrien");
        Names.Person c = Names.person("Orla", "Fenwick-Day");
        assertThat(c.surname()).isEqualTo("fenwickday");
        assertThat(c.surnameParts()).containsExactly("fenwick", "day");
        assertThat(Names.person("Zoë", "Ångström").surname()).isEqualTo("angstrom");
    }

    @Test
    void companyNamesLoseTheirLegalFormAndFiller() {
        assertThat(Names.company("The Kestley Waste Co. Ltd")).isEqualTo("kestley waste");
        assertThat(Names.company("A & B Skips Limited")).isEqualTo(Names.company("A and B Skips LTD"));
        assertThat(Names.company("Rowe Recycling PLC")).isEqualTo(Names.company("ROWE RECYCLING"));
        assertThat(Names.company("Fenwick Demolition LLP")).isEqualTo("fenwick demolition");
    }

    private static int birth(String a, String b) {
        var nick = Nicknames.builtIn();
        return Comparisons.BIRTH.level(
                MatchRecord.of(
                        "a", 2, a.isEmpty() ? java.util.Map.of() : java.util.Map.of(MatchRecord.Field.BIRTH, a), nick),
                MatchRecord.of(
                        "b", 3, b.isEmpty() ? java.util.Map.of() : java.util.Map.of(MatchRecord.Field.BIRTH, b), nick));
    }

    /** Each level of the date of birth, from a typo to another generation. */
    @Test
    void datesOfBirthTellATypoFromAnotherPerson() {
        assertThat(birth("1984-03-07", "07/03/1984")).isEqualTo(1);
        assertThat(birth("1984-03-07", "1984-07-03")).isEqualTo(2); // day and month swapped
        assertThat(birth("1984-03-07", "1984-03-17")).isEqualTo(3); // one digit of the day
        assertThat(birth("1984-03-07", "1984-08-07")).isEqualTo(3); // one digit of the month
        assertThat(birth("1984-03-07", "03/1984")).isEqualTo(4); // partial, as Companies House publishes
        assertThat(birth("03/1984", "1984-03-07")).isEqualTo(4);
        assertThat(birth("1984", "1984-03-07")).isEqualTo(4);
        assertThat(birth("1951-05-04", "1921-05-04")).isEqualTo(5); // "Sophie Patel-Dumitru": a parent, not a typo
        assertThat(birth("1960-05-04", "1985-05-04")).isEqualTo(5);
        assertThat(birth("1984-03-07", "1984-11-21")).isEqualTo(6); // within a year
        assertThat(birth("1984-12-30", "1985-01-02")).isEqualTo(6);
        assertThat(birth("1984-03-07", "1971-11-21")).isEqualTo(7);
        assertThat(birth("1984-03-07", "1994-03-08")).isEqualTo(7);
        assertThat(birth("03/1984", "04/1984")).isEqualTo(7);
        assertThat(birth("1984-03-07", "")).isZero();
        assertThat(Comparisons.BIRTH.words(5))
                .isEqualTo("the same day and month, years 10 or more apart: a relative with the same name?");
    }

    @Test
    void datesOfBirthAsWrittenAndAsCompaniesHousePublishesThem() {
        assertThat(BirthDate.parse("19840307")).hasValue(new BirthDate(1984, 3, 7, "19840307"));
        assertThat(BirthDate.parse("07/03/1984")).hasValue(new BirthDate(1984, 3, 7, "19840307"));
        assertThat(BirthDate.parse("03/1984")).hasValue(new BirthDate(1984, 3, 0, "198403"));
        assertThat(BirthDate.parse("March 1984")).hasValue(new BirthDate(1984, 3, 0, "198403"));
        assertThat(BirthDate.parse("19841399"))
                .get()
                .extracting(BirthDate::month)
                .isEqualTo(0); // a slip, kept
        assertThat(BirthDate.parse("next week")).isEmpty();
    }

    @Test
    void familiarFormsOfGivenNames() {
        Nicknames n = Nicknames.builtIn();
        assertThat(n.related("bob", "robert")).isTrue();
        assertThat(n.related("robert", "bob")).isTrue();
        assertThat(n.related("bill", "liam")).isTrue(); // both forms of william
        assertThat(n.related("patricia", "patrick")).isFalse(); // both "pat", but not each other
        assertThat(n.related("pat", "patrick")).isTrue();
        Nicknames more = Nicknames.builtIn()
                .with(new java.io.StringReader("name1,relationship,name2\nzachary,has_nickname,zak\n"));
        assertThat(more.related("zak", "zachary")).isTrue();
        assertThat(Nicknames.builtIn().related("zak", "zachary")).isFalse();
        assertThat(Text.words(Text.fold("  Unit 4,  Cold-Lane "))).isEqualTo(List.of("unit", "4", "cold", "lane"));
    }
}
