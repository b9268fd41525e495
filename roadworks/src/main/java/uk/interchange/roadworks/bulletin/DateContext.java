package uk.interchange.roadworks.bulletin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * What dates in a sentence are read against: the publication date (for the year and for "today"), and the week the
 * bulletin covers (for a bare weekday such as "On Friday").
 */
record DateContext(LocalDate anchor, Optional<LocalDate> periodStart, Optional<LocalDate> periodEnd) {

    /** The year that puts day and month nearest the anchor; empty when no such date exists (30 February). */
    Optional<LocalDate> nearest(int day, Month month) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (day < 1 || day > month.length(java.time.Year.isLeap(y))) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (best == null
                    || Math.abs(d.toEpochDay() - anchor.toEpochDay())
                            < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A bare weekday: that day in the bulletin's week, else the first such day on or after {@code notBefore}. */
    LocalDate weekday(DayOfWeek dow, LocalDate notBefore) {
        if (periodStart.isPresent() && periodEnd.isPresent()) {
            for (LocalDate d = periodStart.get(); !d.isAfter(periodEnd.get()); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == dow && !d.isBefore(notBefore)) {
                    return d;
                }
            }
        }
        return notBefore.with(TemporalAdjusters.nextOrSame(dow));
    }

    /** Where the week's reading starts: the period's first day, else the anchor. */
    LocalDate weekStart() {
        return periodStart.orElse(anchor);
    }

    LocalDate weekEnd() {
        return periodEnd.orElse(weekStart().plusDays(6));
    }
}
