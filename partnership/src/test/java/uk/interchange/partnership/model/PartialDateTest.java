package uk.interchange.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Property
    void aFullDateAgreesWithItsMonthAndYearAndReadsTheSameInEitherForm(
            @ForAll @IntRange(min = 0, max = 40_000) int days) {
        LocalDate d = LocalDate.of(1930, 1, 1).plusDays(days);
        PartialDate iso = PartialDate.parse(d.toString()).get();
        PartialDate uk = PartialDate.parse(
                        String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()))
                .get();
        assertThat(uk).isEqualTo(iso);
        PartialDate monthYear =
                PartialDate.parse(d.getYear() + "-" + d.getMonthValue()).get();
        assertThat(iso.agrees(monthYear)).isTrue();
        assertThat(monthYear.agrees(iso)).isTrue();
        assertThat(iso.agrees(PartialDate.parse(String.valueOf(d.getYear() + 1)).get()))
                .isFalse();
        assertThat(PartialDate.parse(iso.toString()).get()).isEqualTo(iso);
    }

    @Test
    void daysAndMonthsSwappedAreNoticedAndImpossibleDatesRefused() {
        PartialDate a = PartialDate.parse("1984-03-07").get();
        PartialDate b = PartialDate.parse("1984-07-03").get();
        assertThat(a.agrees(b)).isFalse();
        assertThat(a.swapped(b)).isTrue();
        assertThat(a.swapped(a)).isFalse();
        assertThat(PartialDate.parse("March 1984").get().toString()).isEqualTo("1984-03");
        assertThat(PartialDate.parse("03/1984").get())
                .isEqualTo(PartialDate.parse("1984-03").get());
        assertThat(PartialDate.parse("13/1984").problem())
                .hasValueSatisfying(p -> assertThat(p).contains("exists"));
        assertThat(PartialDate.parse("1984-02-30").problem())
                .hasValueSatisfying(m -> assertThat(m).contains("not a date that exists"));
        assertThat(PartialDate.parse("last spring").problem())
                .hasValueSatisfying(m -> assertThat(m).contains("not a date"));
        assertThat(Email.parse(" Someone@Example.ORG ").get().value()).isEqualTo("someone@example.org");
        assertThat(Email.parse("someone at example").ok()).isFalse();
    }
}
