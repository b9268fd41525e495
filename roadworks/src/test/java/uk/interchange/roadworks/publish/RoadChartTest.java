package uk.interchange.roadworks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.clash.Item;
import uk.interchange.roadworks.clash.Section;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.schedule.LondonTime;

class RoadChartTest {
    @Property
    void coordinatesKeepOneDecimalAndStayWithinHalfATenth(@ForAll @DoubleRange(min = -5000, max = 5000) double v) {
        String written = RoadChart.fmt(v);
        assertThat(written).matches("-?\\d+\\.\\d");
        assertThat(Math.abs(Double.parseDouble(written) - v)).isLessThanOrEqualTo(0.05 + 1e-9);
    }

    @Test
    void roundsHalfAwayFromZero() {
        assertThat(RoadChart.fmt(12.25)).isEqualTo("12.3");
        assertThat(RoadChart.fmt(-12.25)).isEqualTo("-12.3");
        assertThat(RoadChart.fmt(-0.01)).isEqualTo("0.0");
        assertThat(RoadChart.fmt(7)).isEqualTo("7.0");
    }

    private static Item closure(String work, int from, int to, int... marchNights) {
        List<Occurrence> when = new ArrayList<>();
        for (int d : marchNights) {
            Instant s = LondonTime.instant(LocalDateTime.of(2027, 3, d, 21, 0));
            when.add(new Occurrence(s, s.plusSeconds(9 * 3600)));
        }
        return new Item(
                work,
                work.toUpperCase(Locale.ROOT),
                1,
                "Carriageway closure, M6 southbound, junction " + from + " to junction " + to,
                new Section("M6", Direction.SOUTHBOUND, OptionalInt.of(from), OptionalInt.of(to)),
                RestrictionType.CARRIAGEWAY_CLOSURE,
                List.of(),
                when);
    }

    private static int count(String svg, String what) {
        return svg.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void overlappingWorksOfOneKindOnTheSameNightShareOneBar() {
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            items.add(closure("w" + k, 8, 10, 20));
        }
        items.add(closure("overlapping", 9, 12, 20));
        items.add(closure("other-night", 8, 10, 21));
        items.add(closure("elsewhere", 4, 5, 20));
        String svg = RoadChart.svg("M6", items, LocalDate.of(2027, 3, 20), 7);
        assertThat(count(svg, "<rect")).isEqualTo(3 + 3); // three bars and the key's three swatches
        assertThat(svg).contains("6 restrictions along here this night:").contains("and 3 more");
        assertThat(svg).contains("(OTHER-NIGHT)").contains("(ELSEWHERE)");
    }

    @Test
    void aWorksOwnWordsAreEscapedInItsTooltip() {
        Item odd = closure("r&d", 8, 10, 20);
        odd = new Item(
                odd.work(),
                "<B&Q>",
                1,
                "Closure \"for <signs> & lines\"",
                odd.section(),
                odd.type(),
                odd.via(),
                odd.occurrences());
        String svg = RoadChart.svg("M6", List.of(odd), LocalDate.of(2027, 3, 20), 7);
        assertThat(svg)
                .contains(
                        "<title>Closure &quot;for &lt;signs&gt; &amp; lines&quot;, Sat 20 Mar 21:00 to Sun 21 Mar 06:00"
                                + " (&lt;B&amp;Q&gt;)</title>")
                .doesNotContain("<signs>")
                .doesNotContain("<B&Q>");
    }

    @Test
    void aRoadWithNothingOnItStillDrawsItsNights() {
        String svg = RoadChart.svg("M6", List.of(), LocalDate.of(2027, 3, 20), 7);
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("M6");
    }

    /** Finding a night by its noons gives the night that London's clocks give, across the clock changes too. */
    @Property(tries = 2000)
    void anInstantsNightByNoonsIsItsNightByTheClock(
            @ForAll @IntRange(min = 0, max = 730) int startDay,
            @ForAll @LongRange(min = -86_400, max = 9 * 86_400) long offset) {
        LocalDate first = LocalDate.of(2026, 1, 1).plusDays(startDay);
        Instant[] noon = new Instant[8];
        for (int n = 0; n <= 7; n++) {
            noon[n] = LondonTime.instant(first.plusDays(n).atTime(12, 0));
        }
        Instant t = noon[0].plusSeconds(offset);
        long byClock = RoadChart.night(t).toEpochDay() - first.toEpochDay();
        int expected = byClock >= 0 && byClock < 7 ? (int) byClock : -1;
        assertThat(RoadChart.nightOf(t, noon)).isEqualTo(expected);
    }
}
