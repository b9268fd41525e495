package uk.interchange.partnership.response.hotspots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The hotspot chart: both lines, the phases and the interventions drawn, and a scale that holds every count. */
class HotspotChartTest {
    @Test
    void drawsBothAreasThePhasesAndTheInterventions() {
        List<YearMonth> months = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        String svg = HotspotChart.svg(
                months,
                List.of(30, 12, 9),
                List.of(20, 21, 19),
                List.of(new HotspotChart.Span("Clear", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))),
                List.of(new HotspotChart.Mark(LocalDate.of(2026, 2, 10), "warrants (police)")));
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("class=\"hotspot\"").contains("class=\"comparison-area\"");
        assertThat(svg).contains("<title>Clear</title>").contains("2026-02-10: warrants (police)");
        assertThat(svg).contains(">40<"); // 30 is the largest count: the scale runs 0, 10, 20, 30, 40
    }

    @Property
    void theScaleHoldsTheLargestCountInFourWholeSteps(@ForAll @IntRange(min = 0, max = 10_000_000) int max) {
        int top = HotspotChart.niceTop(max);
        assertThat(top).isGreaterThanOrEqualTo(Math.max(max, 1));
        assertThat(top % 4).isZero();
        assertThat(top).isLessThanOrEqualTo(Math.max(4, max * 10));
    }
}
