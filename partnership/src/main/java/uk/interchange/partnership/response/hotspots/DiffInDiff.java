package uk.interchange.partnership.response.hotspots;

import java.util.List;

/**
 * The change in a hotspot against a comparison area, before and during a phase (difference in differences), from
 * monthly counts: how much more (or less) the hotspot's monthly mean moved than the comparison's did. The uncertainty
 * comes from the months themselves: each mean's standard error is the spread of its months over the square root of
 * their number, and the four are independent, so the estimate's standard error is the root of the sum of their
 * squares. A 95% interval is 1.96 standard errors either side; with fewer than two months on any side there is no
 * estimate.
 */
public record DiffInDiff(
        double hotspotBefore,
        double hotspotDuring,
        double comparisonBefore,
        double comparisonDuring,
        double effect,
        double standardError,
        double low,
        double high,
        double expected) {

    /** Crimes a month in the hotspot, had it moved as the comparison area did. */
    public static DiffInDiff of(
            List<Integer> hotspotBefore,
            List<Integer> hotspotDuring,
            List<Integer> comparisonBefore,
            List<Integer> comparisonDuring) {
        for (List<Integer> months : List.of(hotspotBefore, hotspotDuring, comparisonBefore, comparisonDuring)) {
            if (months.size() < 2) {
                throw new IllegalArgumentException(
                        "each side needs at least two months of counts before and during; one has " + months.size());
            }
        }
        double hb = mean(hotspotBefore);
        double hd = mean(hotspotDuring);
        double cb = mean(comparisonBefore);
        double cd = mean(comparisonDuring);
        double effect = (hd - hb) - (cd - cb);
        double se = Math.sqrt(squaredError(hotspotBefore)
                + squaredError(hotspotDuring)
                + squaredError(comparisonBefore)
                + squaredError(comparisonDuring));
        return new DiffInDiff(hb, hd, cb, cd, effect, se, effect - 1.96 * se, effect + 1.96 * se, hb + (cd - cb));
    }

    /** The effect as a share of what was expected in the hotspot without it (-0.2: a fifth fewer crimes). */
    public double relative() {
        return expected == 0 ? 0 : effect / expected;
    }

    /** Whether the 95% interval leaves out no change at all. */
    public boolean clear() {
        return low > 0 || high < 0;
    }

    static double mean(List<Integer> xs) {
        double sum = 0;
        for (int x : xs) {
            sum += x;
        }
        return sum / xs.size();
    }

    /** The square of a mean's standard error: the months' sample variance over their number. */
    static double squaredError(List<Integer> xs) {
        double m = mean(xs);
        double ss = 0;
        for (int x : xs) {
            ss += (x - m) * (x - m);
        }
        return ss / (xs.size() - 1) / xs.size();
    }
}
