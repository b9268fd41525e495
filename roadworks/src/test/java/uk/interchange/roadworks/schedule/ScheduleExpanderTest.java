package uk.interchange.roadworks.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Schedule;
import uk.interchange.roadworks.model.Span;
import uk.interchange.roadworks.model.WindowChange;

class ScheduleExpanderTest {

    private static Recurring nights(LocalDate from, LocalDate until, int sh, int sm, int eh, int em) {
        return new Recurring(
                from, until, Recurring.EVERY_DAY, LocalTime.of(sh, sm), LocalTime.of(eh, em), OptionalInt.empty());
    }

    @Test
    void theNightTheClocksGoForwardIsAnHourShorter() {
        // 25 to 26 March 2017: 8pm GMT to 7am BST is ten hours of real time, not eleven.
        var occ = ScheduleExpander.occurrences(
                Schedule.of("", List.of(nights(LocalDate.of(2017, 3, 25), LocalDate.of(2017, 3, 25), 20, 0, 7, 0))));
        assertThat(occ).hasSize(1);
        assertThat(occ.get(0).duration()).isEqualTo(Duration.ofHours(10));
        assertThat(occ.get(0).start()).hasToString("2017-03-25T20:00:00Z");
        assertThat(occ.get(0).end()).hasToString("2017-03-26T06:00:00Z");
    }

    @Test
    void theNightTheClocksGoBackIsAnHourLonger() {
        var occ = ScheduleExpander.occurrences(
                Schedule.of("", List.of(nights(LocalDate.of(2023, 10, 28), LocalDate.of(2023, 10, 28), 21, 0, 6, 0))));
        assertThat(occ.get(0).duration()).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void aMondayToFridayRuleSkipsTheWeekendAndAChangeMovesOneNight() {
        Recurring r = new Recurring(
                LocalDate.of(2017, 3, 20),
                LocalDate.of(2017, 3, 31),
                Recurring.MONDAY_TO_FRIDAY,
                LocalTime.of(22, 0),
                LocalTime.of(6, 0),
                OptionalInt.empty());
        Schedule s = Schedule.of("", List.of(r))
                .withChanges(List.of(new WindowChange(
                        LocalDate.of(2017, 3, 24), Optional.empty(), Optional.of(LocalTime.of(7, 0)))));
        var occ = ScheduleExpander.occurrences(s);
        assertThat(occ).hasSize(10);
        assertThat(occ.get(4).end()).hasToString("2017-03-25T07:00:00Z");
        assertThat(occ.get(5).start()).hasToString("2017-03-27T21:00:00Z"); // 10pm BST
    }

    @Test
    void aSpanInsideTheSpringGapHasNoOccurrence() {
        // 01:45 does not exist on 31 March 2024; it moves to 02:45 BST, after the span's end at 02:00 BST
        Schedule s = Schedule.of(
                "",
                List.of(new Span(
                        LocalDate.of(2024, 3, 31).atTime(1, 45),
                        LocalDate.of(2024, 3, 31).atTime(2, 0))));
        assertThat(ScheduleExpander.occurrences(s)).isEmpty();
    }

    @Test
    void overlappingWindowsAreMergedIntoOne() {
        Schedule s = Schedule.of(
                "",
                List.of(
                        nights(LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 20), 20, 0, 6, 0),
                        nights(LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 20), 22, 0, 7, 0)));
        assertThat(ScheduleExpander.rawOccurrences(s)).hasSize(2);
        assertThat(ScheduleExpander.occurrences(s))
                .containsExactly(new Occurrence(
                        java.time.Instant.parse("2017-03-20T20:00:00Z"),
                        java.time.Instant.parse("2017-03-21T07:00:00Z")));
    }

    @Property(tries = 500)
    void occurrencesAreOrderedNeverOverlapAndEndAfterTheyStart(@ForAll("schedules") Schedule s) {
        List<Occurrence> occ = ScheduleExpander.occurrences(s);
        for (int i = 0; i < occ.size(); i++) {
            assertThat(occ.get(i).end()).isAfter(occ.get(i).start());
            if (i > 0) {
                assertThat(occ.get(i).start()).isAfter(occ.get(i - 1).end());
            }
        }
        assertThat(occ.size())
                .isLessThanOrEqualTo(ScheduleExpander.rawOccurrences(s).size());
    }

    @Provide
    Arbitrary<Schedule> schedules() {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 3650).map(i -> LocalDate.of(2015, 1, 1)
                .plusDays(i));
        Arbitrary<LocalTime> time = Arbitraries.integers().between(0, 95).map(q -> LocalTime.of(q / 4, q % 4 * 15));
        Arbitrary<Period> recurring = Combinators.combine(
                        day,
                        Arbitraries.integers().between(0, 40),
                        time,
                        time,
                        Arbitraries.of(Recurring.EVERY_DAY, Recurring.MONDAY_TO_FRIDAY))
                .as((d, n, s, e, days) -> new Recurring(d, d.plusDays(n), days, s, e, OptionalInt.empty()));
        Arbitrary<Period> span = Combinators.combine(
                        day, time, Arbitraries.integers().between(1, 20000))
                .as((d, t, mins) -> new Span(d.atTime(t), d.atTime(t).plusMinutes(mins)));
        Arbitrary<WindowChange> change =
                Combinators.combine(day, time.optional(), time.optional()).as(WindowChange::new);
        return Combinators.combine(
                        Arbitraries.oneOf(recurring, span).list().ofMaxSize(4),
                        change.list().ofMaxSize(3))
                .as((ps, cs) -> new Schedule("", new ArrayList<>(ps), cs, Optional.empty()));
    }
}
