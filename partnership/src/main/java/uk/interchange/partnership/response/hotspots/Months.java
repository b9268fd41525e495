package uk.interchange.partnership.response.hotspots;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Each month's crimes in the hotspot and in the comparison area, in month order, months without crime as 0. */
public record Months(List<YearMonth> months, List<Integer> hotspot, List<Integer> comparison) {
    /**
     * The months from the first counted on either side to the last, each with its counts: a month counted on neither
     * side, or on one side only, counts 0 where it was not counted.
     */
    public static Months of(Map<YearMonth, Integer> hotspot, Map<YearMonth, Integer> comparison) {
        TreeSet<YearMonth> counted = new TreeSet<>(hotspot.keySet());
        counted.addAll(comparison.keySet());
        List<YearMonth> months = new ArrayList<>();
        List<Integer> h = new ArrayList<>();
        List<Integer> c = new ArrayList<>();
        if (!counted.isEmpty()) {
            for (YearMonth m = counted.first(); !m.isAfter(counted.last()); m = m.plusMonths(1)) {
                months.add(m);
                h.add(hotspot.getOrDefault(m, 0));
                c.add(comparison.getOrDefault(m, 0));
            }
        }
        return new Months(months, h, c);
    }
}
