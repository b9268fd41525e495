package uk.interchange.roadworks.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A window from {@code start} to {@code end} on each allowed day from {@code from} to {@code until}, both inclusive.
 * A window whose end is not later than its start ends on the next day: it is a night, and it belongs to the day it
 * starts on.
 *
 * @param nights the count the text stated ("for four nights"), kept so the rule can be written back as it was read
 */
public record Recurring(
        LocalDate from, LocalDate until, Set<DayOfWeek> days, LocalTime start, LocalTime end, OptionalInt nights)
        implements Period {

    public static final Set<DayOfWeek> EVERY_DAY = Set.copyOf(EnumSet.allOf(DayOfWeek.class));
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public Recurring {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(nights, "nights");
        days = days.isEmpty() ? EVERY_DAY : Set.copyOf(days);
        if (until.isBefore(from)) {
            throw new IllegalArgumentException(
                    "a recurring window cannot end (" + until + ") before it starts (" + from + ")");
        }
    }

    public boolean overnight() {
        return !end.isAfter(start);
    }

    public boolean allows(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until) && days.contains(day.getDayOfWeek());
    }
}
