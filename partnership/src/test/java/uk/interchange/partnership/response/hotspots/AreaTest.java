package uk.interchange.partnership.response.hotspots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Points in areas: outer rings, holes, several polygons. */
class AreaTest {
    static double[][] square(double w, double s, double e, double n) {
        return new double[][] {{w, s}, {e, s}, {e, n}, {w, n}, {w, s}};
    }

    static List<double[][]> rings(double[][]... rings) {
        return java.util.Arrays.asList(rings);
    }

    @Test
    void aHoleIsOutsideAndASecondPolygonIsInside() {
        Area a = new Area(List.of(
                rings(square(-1.0, 51.0, -0.9, 51.1), square(-0.96, 51.04, -0.94, 51.06)),
                rings(square(-0.8, 51.0, -0.7, 51.1))));
        assertThat(a.contains(-0.98, 51.02)).isTrue();
        assertThat(a.contains(-0.95, 51.05)).as("in the hole").isFalse();
        assertThat(a.contains(-0.75, 51.05)).as("in the second polygon").isTrue();
        assertThat(a.contains(-0.85, 51.05)).as("between them").isFalse();
        assertThat(a.bounds()).containsExactly(-1.0, 51.0, -0.7, 51.1);
    }

    @Test
    void badRingsAreRefused() {
        assertThatThrownBy(() -> new Area(List.of(rings(new double[][] {{0, 0}, {1, 1}, {0, 0}}))))
                .hasMessageContaining("at least four positions");
        assertThatThrownBy(() -> new Area(List.of(rings(square(0, 0, 200, 1))))).hasMessageContaining("within range");
    }

    /** A point is in a box-shaped area exactly when it is within the box. */
    @Property(tries = 500)
    void aBoxHoldsWhatIsWithinIt(
            @ForAll @DoubleRange(min = -2, max = 2) double lon, @ForAll @DoubleRange(min = 50, max = 53) double lat) {
        Area a = new Area(List.of(rings(square(-1, 51, 1, 52))));
        boolean within = lon > -1 && lon < 1 && lat > 51 && lat < 52;
        if (lon != -1 && lon != 1 && lat != 51 && lat != 52) {
            assertThat(a.contains(lon, lat)).isEqualTo(within);
        }
    }
}
