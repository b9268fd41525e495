package uk.interchange.roadworks.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Schedule;
import uk.interchange.roadworks.model.Span;
import uk.interchange.roadworks.model.WindowChange;

/** Turns a schedule's rule into exact, ordered, non-overlapping occurrences in real time. */
public final class ScheduleExpander {
    /** A rule may not expand past this many windows; a longer one is a misreading, not a plan. */
    public static final int MAX_WINDOWS = 5_000;

    private ScheduleExpander() {}

    /** The occurrences, sorted; windows that overlap or touch are merged, so none overlaps another. */
    public static List<Occurrence> occurrences(Schedule schedule) {
        return merge(rawOccurrences(schedule));
    }

    /** The occurrences before merging: one a window or span, in rule order. Used to spot contradictory rules. */
    public static List<Occurrence> rawOccurrences(Schedule schedule) {
        Map<LocalDate, WindowChange> changes = schedule.changes().stream()
                .collect(Collectors.toMap(WindowChange::day, Function.identity(), (a, b) -> b));
        List<Occurrence> out = new ArrayList<>();
        for (Period p : schedule.periods()) {
            switch (p) {
                case Span s -> {
                    // a span that starts in the spring gap (01:00 to 02:00 does not exist) can end before it starts
                    var start = LondonTime.instant(s.start());
                    var end = LondonTime.instant(s.end());
                    if (end.isAfter(start)) {
                        out.add(new Occurrence(start, end));
                    }
                }
                case Recurring r -> expand(r, changes, out);
            }
        }
        return out;
    }

    private static void expand(Recurring r, Map<LocalDate, WindowChange> changes, List<Occurrence> out) {
        int n = 0;
        for (LocalDate d = r.from(); !d.isAfter(r.until()) && n < MAX_WINDOWS; d = d.plusDays(1)) {
            if (!r.allows(d)) {
                continue;
            }
            WindowChange c = changes.get(d);
            LocalTime start = c == null ? r.start() : c.start().orElse(r.start());
            LocalTime end = c == null ? r.end() : c.end().orElse(r.end());
            LocalDateTime s = d.atTime(start);
            LocalDateTime e = end.isAfter(start) ? d.atTime(end) : d.plusDays(1).atTime(end);
            var si = LondonTime.instant(s);
            var ei = LondonTime.instant(e);
            if (ei.isAfter(si)) {
                out.add(new Occurrence(si, ei));
            }
            n++;
        }
    }

    static List<Occurrence> merge(List<Occurrence> raw) {
        if (raw.size() < 2) {
            return List.copyOf(raw);
        }
        List<Occurrence> sorted = new ArrayList<>(raw);
        Collections.sort(sorted);
        List<Occurrence> out = new ArrayList<>();
        Occurrence cur = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            Occurrence next = sorted.get(i);
            if (!next.start().isAfter(cur.end())) {
                if (next.end().isAfter(cur.end())) {
                    cur = new Occurrence(cur.start(), next.end());
                }
            } else {
                out.add(cur);
                cur = next;
            }
        }
        out.add(cur);
        return List.copyOf(out);
    }
}
