package uk.interchange.roadworks.bulletin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/** One time-related phrase found in a sentence, with where it stands. */
sealed interface WhenToken {
    int start();

    int end();

    /** "between 8pm and 5.30am", "2000 - 0600 hrs". */
    record Window(int start, int end, LocalTime from, LocalTime to) implements WhenToken {}

    /** "24/7", "24 hours a day". */
    record AllDay(int start, int end) implements WhenToken {}

    /** "during day-time hours": a day window whose hours the text does not give. */
    record Daytime(int start, int end) implements WhenToken {}

    /** "overnight": a night whose hours the text may not give. */
    record Overnight(int start, int end) implements WhenToken {}

    /** "until May", "until summer 2017". */
    record VagueEnd(int start, int end, String text) implements WhenToken {}

    /** "from 8pm on Friday 24 March until 6am on Monday 27 March". */
    record SpanPhrase(int start, int end, LocalTime fromTime, DateRef fromDay, LocalTime toTime, DateRef toDay)
            implements WhenToken {}

    /** A date with the word before it that says what it does ("from", "until", "on", "and"). */
    record DateWord(int start, int end, Prep prep, DateRef date, String text) implements WhenToken {}

    /** "for four nights", "for 2 weeks". */
    record Count(int start, int end, int n, Unit unit) implements WhenToken {}

    /** "(Monday to Friday only)", "weeknights only". */
    record Days(int start, int end, Set<DayOfWeek> days) implements WhenToken {}

    enum Prep {
        FROM,
        UNTIL,
        ON,
        AND,
        /** "between 20 and 23 April": a range when another date follows with "and". */
        BETWEEN,
        /** "excluding Wednesday 11 March", "except Saturday". */
        EXCEPT,
        /** "every Sunday night": the weekday is a filter, not a date. */
        EVERY,
        NONE
    }

    enum Unit {
        NIGHTS,
        DAYS,
        WEEKS,
        WEEKENDS
    }

    /** A date as written: full, a day number waiting for the month of the next date, a bare weekday, or relative. */
    sealed interface DateRef {
        record Full(int day, java.time.Month month, Optional<Integer> year, Optional<DayOfWeek> weekday)
                implements DateRef {}

        record Partial(int day, Optional<DayOfWeek> weekday) implements DateRef {}

        record Weekday(DayOfWeek weekday) implements DateRef {}

        /** "today" is 0, "tomorrow" 1. */
        record Relative(int days) implements DateRef {}

        /** "the following morning", "the next day": the day after the span's start. */
        record DayAfter() implements DateRef {}
    }
}
