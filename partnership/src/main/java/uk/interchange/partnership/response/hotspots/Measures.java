package uk.interchange.partnership.response.hotspots;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The change in each phase: the months during the phase against the months before the first phase began (the
 * baseline, before anything was done), in the hotspot and in its comparison area.
 */
public final class Measures {
    /** One phase's change, or why there is none yet. */
    public record Change(String phase, int monthsBefore, int monthsDuring, Optional<DiffInDiff> estimate, String note) {
        /** The estimate in words: "-6.0 a month (95% interval -10.1 to -1.9), 46% fewer than expected". */
        public String words() {
            return estimate.map(d -> String.format(
                            Locale.UK,
                            "%+.1f crimes a month (95%% interval %+.1f to %+.1f): %.0f%% %s than expected",
                            d.effect(),
                            d.low(),
                            d.high(),
                            Math.abs(d.relative() * 100),
                            d.effect() < 0 ? "fewer" : "more"))
                    .orElse(note);
        }

        /** Whether chance alone could explain it. */
        public String verdict() {
            return estimate.map(d -> d.clear()
                            ? "The interval leaves out no change: unlikely to be chance alone."
                            : "The interval includes no change: this could be chance.")
                    .orElse("");
        }
    }

    private Measures() {}

    public static List<Change> changes(Months m, List<Phase> phases) {
        List<Change> out = new ArrayList<>();
        if (phases.isEmpty()) {
            return out;
        }
        YearMonth baselineEnd = phases.stream()
                .map(p -> YearMonth.from(p.starts()))
                .min(YearMonth::compareTo)
                .get();
        List<Integer> hBefore = new ArrayList<>();
        List<Integer> cBefore = new ArrayList<>();
        for (int i = 0; i < m.months().size(); i++) {
            if (m.months().get(i).isBefore(baselineEnd)) {
                hBefore.add(m.hotspot().get(i));
                cBefore.add(m.comparison().get(i));
            }
        }
        for (Phase p : phases) {
            YearMonth from = YearMonth.from(p.starts());
            Optional<YearMonth> to = p.ends().map(YearMonth::from);
            List<Integer> hDuring = new ArrayList<>();
            List<Integer> cDuring = new ArrayList<>();
            for (int i = 0; i < m.months().size(); i++) {
                YearMonth month = m.months().get(i);
                if (!month.isBefore(from) && to.map(t -> !month.isAfter(t)).orElse(true)) {
                    hDuring.add(m.hotspot().get(i));
                    cDuring.add(m.comparison().get(i));
                }
            }
            if (hBefore.size() < 2 || hDuring.size() < 2) {
                out.add(new Change(
                        p.title(),
                        hBefore.size(),
                        hDuring.size(),
                        Optional.empty(),
                        "Not yet: it needs at least two months of crime counted before the first phase and two during"
                                + " this one."));
            } else {
                out.add(new Change(
                        p.title(),
                        hBefore.size(),
                        hDuring.size(),
                        Optional.of(DiffInDiff.of(hBefore, hDuring, cBefore, cDuring)),
                        ""));
            }
        }
        return out;
    }
}
