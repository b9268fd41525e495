package uk.interchange.partnership.response.hotspots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The baseline is the months before the first phase; each phase is measured over its own months against it. */
class MeasuresTest {
    private static final YearMonth JAN = YearMonth.of(2025, 1);

    /** Jan to May: the DiffInDiff hand-worked case laid out as months, with the phase starting in April. */
    private static Months handWorked() {
        return new Months(
                List.of(JAN, JAN.plusMonths(1), JAN.plusMonths(2), JAN.plusMonths(3), JAN.plusMonths(4)),
                List.of(10, 12, 14, 8, 6),
                List.of(20, 22, 22, 21, 23));
    }

    @Test
    void noPhasesNoChanges() {
        assertThat(Measures.changes(handWorked(), List.of())).isEmpty();
    }

    @Test
    void aPhaseIsMeasuredAgainstTheMonthsBeforeTheFirstPhase() {
        List<Measures.Change> changes = Measures.changes(
                handWorked(), List.of(new Phase("clear", LocalDate.of(2025, 4, 15), Optional.empty())));

        assertThat(changes).hasSize(1);
        Measures.Change c = changes.get(0);
        assertThat(c.phase()).isEqualTo("Clear");
        assertThat(c.monthsBefore()).isEqualTo(3);
        assertThat(c.monthsDuring()).isEqualTo(2);
        // comparison 20, 22, 22 before (mean 21.33), 21, 23 during (22): the effect is (7 - 12) - (22 - 21.33)
        assertThat(c.estimate().orElseThrow().effect()).isCloseTo(-5.667, org.assertj.core.data.Offset.offset(0.001));
        assertThat(c.words()).startsWith("-5.7 crimes a month (95% interval ").endsWith("% fewer than expected");
        assertThat(c.verdict()).isEqualTo("The interval leaves out no change: unlikely to be chance alone.");
    }

    @Test
    void aClosedPhaseCountsOnlyItsOwnMonthsAndTheBaselineIsSetByTheEarliestPhase() {
        List<Measures.Change> changes = Measures.changes(
                handWorked(),
                List.of(
                        new Phase("hold", LocalDate.of(2025, 5, 1), Optional.empty()),
                        new Phase("clear", LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2025, 4, 30)))));

        assertThat(changes).extracting(Measures.Change::phase).containsExactly("Hold", "Clear");
        // both against January and February, the months before March
        assertThat(changes).extracting(Measures.Change::monthsBefore).containsExactly(2, 2);
        assertThat(changes).extracting(Measures.Change::monthsDuring).containsExactly(1, 2);
    }

    @Test
    void tooFewMonthsSayWhyAndGiveNoVerdict() {
        Measures.Change c = Measures.changes(
                        handWorked(), List.of(new Phase("build", LocalDate.of(2025, 5, 1), Optional.empty())))
                .get(0);

        assertThat(c.estimate()).isEmpty();
        assertThat(c.monthsDuring()).isEqualTo(1);
        assertThat(c.words()).startsWith("Not yet: it needs at least two months");
        assertThat(c.verdict()).isEmpty();
    }

    @Test
    void monthsRunFromTheFirstCountedToTheLastWithGapsAsZero() {
        Months m = Months.of(Map.of(JAN, 4, JAN.plusMonths(3), 2), Map.of(JAN.plusMonths(1), 7));

        assertThat(m.months()).containsExactly(JAN, JAN.plusMonths(1), JAN.plusMonths(2), JAN.plusMonths(3));
        assertThat(m.hotspot()).containsExactly(4, 0, 0, 2);
        assertThat(m.comparison()).containsExactly(0, 7, 0, 0);
        assertThat(Months.of(Map.of(), Map.of()).months()).isEmpty();
    }

    @Test
    void aPhaseTitleIsCapitalised() {
        assertThat(Phase.title("clear")).isEqualTo("Clear");
    }
}
