package uk.interchange.roadworks.bulletin.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a time phrase means before it is placed in a calendar: the typed values the {@link TimeGrammar} builds from
 * tokens and {@link TimeAlgebra} resolves against the bulletin's week. Each is built by composing smaller ones, so
 * "from 20 to 23 March", "20-23 March" and "Mon 20 - Thu 23 March" are one {@link DayRange}.
 */
public sealed interface TimeExpr {
    /** A clock time: "8pm", "20:00", "midnight". */
    record Clock(LocalTime time) implements TimeExpr {}

    /** A daily window: "between 8pm and 6am", "2000-0600hrs"; a night when it ends at or before its start. */
    record Hours(LocalTime from, LocalTime to) implements TimeExpr {}

    /**
     * A day as written: any of its parts may be missing ("Friday", "20th", "20 March", "20/03/2023"), or it is a
     * relative day ("the following morning" is {@code relative} 1 after the day before it).
     */
    record Day(
            OptionalInt day,
            Optional<Month> month,
            OptionalInt year,
            Optional<DayOfWeek> weekday,
            OptionalInt afterPublished)
            implements TimeExpr {
        Day(OptionalInt day, Optional<Month> month, OptionalInt year, Optional<DayOfWeek> weekday) {
            this(day, month, year, weekday, OptionalInt.empty());
        }

        /** "today" (0), "tonight" (0), "tomorrow" (1): days counted from the bulletin's publication. */
        static Day afterPublished(int days) {
            return new Day(
                    OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.of(days));
        }

        /** A day of the month or a relative day, which can start or end a range. */
        boolean isDated() {
            return day.isPresent() || afterPublished.isPresent();
        }

        /** This day with the month and year it lacks taken from {@code other} ("20" in "20-23 March"). */
        Day filledFrom(Day other) {
            if (afterPublished.isPresent() || day.isEmpty()) {
                return this;
            }
            return new Day(day, month.isPresent() ? month : other.month, year.isPresent() ? year : other.year, weekday);
        }
    }

    /** The day after the day before it: "the following morning", "the next day". */
    record DayAfter() implements TimeExpr {}

    /** Every day from one to the other, both included. */
    record DayRange(Day from, Day to) implements TimeExpr {}

    /** A day and a time on it: "10pm Mon 20/03", "8pm on Friday 24 March". */
    record Moment(TimeExpr day, LocalTime time) implements TimeExpr {}

    /** One continuous stretch from one moment to another. */
    record MomentRange(Moment from, Moment to) implements TimeExpr {}

    /** Days counted from a first one: "from Monday 20 March for four nights", "for two nights from Thursday 15". */
    record Counted(Day first, Count count) implements TimeExpr {}

    /** "from 8pm until Monday, May 20 at 6am": a stretch whose first day is the day the sentence gives elsewhere. */
    record OpenStretch(LocalTime from, Moment to) implements TimeExpr {}

    /**
     * A range of days and a count of nights given together: "Monday 2 to Tuesday 3 (two nights)", "for two nights
     * between Thursday August 13 and Saturday August 15". When the count is one less than the days, the last day is
     * the morning the last night ends.
     */
    record CountedRange(DayRange range, Count count) implements TimeExpr {}

    /** "for four nights", "for two weeks". */
    record Count(int n, Unit unit) implements TimeExpr {}

    /** Which days of the week: "(Monday to Friday only)", "weeknights only". */
    record Weekdays(Set<DayOfWeek> days) implements TimeExpr {}

    /**
     * Hours laid on days, the phrase a schedule is made of: "20-23 March, 8pm to 6am", "between 8pm and 5.30am,
     * from Monday 20 March for four nights (Monday to Friday only)". {@code days} is a {@link Day} or a
     * {@link DayRange}.
     */
    record Windows(TimeExpr days, Hours hours, Optional<Count> count, Optional<Weekdays> only) implements TimeExpr {}

    /** "except on Friday 15 July and Saturday 16 July", "excluding Wednesday", "except Sundays": days left out. */
    record Except(List<Day> days) implements TimeExpr {}

    /** "overnight", "nightly": a night whose hours the phrase does not give. */
    record Night() implements TimeExpr {}

    enum Unit {
        NIGHTS,
        DAYS,
        WEEKS
    }
}
