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
        BirthDate full = BirthDate.parse("1984-03-07").get();
        assertThat(BirthDate.level(full, BirthDate.parse("1984-07-03").get())).isEqualTo(2);
        assertThat(BirthDate.level(full, BirthDate.parse("03/1984").get())).isEqualTo(3);
        assertThat(BirthDate.level(BirthDate.parse("03/1984").get(), full)).isEqualTo(3);
        assertThat(BirthDate.level(full, BirthDate.parse("1984-03-08").get())).isEqualTo(4);
        assertThat(BirthDate.level(full, BirthDate.parse("1984-11-21").get())).isEqualTo(5);
        assertThat(BirthDate.level(full, BirthDate.parse("1971-11-21").get())).isEqualTo(6);
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
