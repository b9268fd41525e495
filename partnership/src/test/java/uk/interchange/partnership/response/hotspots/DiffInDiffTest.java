package uk.interchange.partnership.response.hotspots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Difference in differences from monthly counts, against a case worked by hand. */
class DiffInDiffTest {
    @Test
    void aCaseWorkedByHand() {
        // hotspot: 10, 12, 14 before (mean 12, variance 4), 8, 6 during (mean 7, variance 2);
        // comparison: 20, 22 before (mean 21, variance 2), 21, 23 during (mean 22, variance 2).
        // effect (7 - 12) - (22 - 21) = -6; standard error sqrt(4/3 + 2/2 + 2/2 + 2/2) = sqrt(13/3) = 2.0817;
        // expected without it 12 + 1 = 13, so -6/13 = -46%.
        DiffInDiff d = DiffInDiff.of(List.of(10, 12, 14), List.of(8, 6), List.of(20, 22), List.of(21, 23));
        assertThat(d.effect()).isEqualTo(-6.0);
        assertThat(d.standardError()).isCloseTo(Math.sqrt(13.0 / 3), within(1e-12));
        assertThat(d.low()).isCloseTo(-6 - 1.96 * 2.0816659994661326, within(1e-9));
        assertThat(d.high()).isCloseTo(-1.92, within(0.01));
        assertThat(d.expected()).isEqualTo(13.0);
        assertThat(d.relative()).isCloseTo(-0.4615, within(0.0001));
        assertThat(d.clear()).isTrue();
    }

    @Test
    void tooFewMonthsGiveNoEstimate() {
        assertThatThrownBy(() -> DiffInDiff.of(List.of(1), List.of(1, 2), List.of(1, 2), List.of(1, 2)))
                .hasMessageContaining("at least two months");
    }

    /** Adding the same number of crimes to every month of both areas during the phase changes nothing. */
    @Property(tries = 200)
    void aChangeSharedByBothAreasIsNoEffect(
            @ForAll @Size(min = 2, max = 12) List<@IntRange(max = 500) Integer> before,
            @ForAll @IntRange(min = -50, max = 50) int shift) {
        List<Integer> during = before.stream().map(x -> x + 100).toList();
        List<Integer> comparisonDuring =
                before.stream().map(x -> x + 100 + shift).toList();
        List<Integer> hotspotDuring = during.stream().map(x -> x + shift).toList();
        DiffInDiff d = DiffInDiff.of(before, hotspotDuring, before, comparisonDuring);
        assertThat(d.effect()).isCloseTo(0.0, within(1e-9));
        assertThat(d.low()).isLessThanOrEqualTo(0.0);
        assertThat(d.high()).isGreaterThanOrEqualTo(0.0);
    }
}
