package uk.interchange.roadworks.bulletin.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.bulletin.token.Tokenizer;
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Span;

class TimeGrammarTest {
    /** Published on Thursday 16 March 2023: the bulletin covers Monday 20 to Sunday 26 March. */
    private static final TimeAlgebra.Context WEEK = TimeAlgebra.Context.publishedOn(LocalDate.of(2023, 3, 16));

    private static TimeAlgebra.Reading read(String text, TimeAlgebra.Context ctx) {
        return TimeAlgebra.resolve(TimeGrammar.parse(Tokenizer.tokens(text)), ctx);
    }

    private static List<Period> periods(String text) {
        TimeAlgebra.Reading r = read(text, WEEK);
        assertThat(r.flags()).as(text).isEmpty();
        return r.periods();
    }

    private static Recurring nights(int from, int to, Set<DayOfWeek> days, String start, String end) {
        return new Recurring(
                LocalDate.of(2023, 3, from),
                LocalDate.of(2023, 3, to),
                days,
                LocalTime.parse(start),
                LocalTime.parse(end),
                OptionalInt.empty());
    }

    @Test
    void aRangeOfDaysMeansOneThingHoweverItIsWritten() {
        Recurring four = nights(20, 23, Recurring.EVERY_DAY, "20:00", "06:00");
        for (String text : List.of(
                "20-23 March, 8pm to 6am",
                "20th-23rd March between 8pm and 6am",
                "Mon 20 \u2013 Thu 23 March, 2000-0600hrs",
                "from 20 to 23 March from 20:00 until 06:00",
                "between 20 and 23 March, 8pm until 6am the following morning",
                "8pm to 6am, Monday 20 March to Thursday 23 March")) {
            assertThat(periods(text)).as(text).containsExactly(four);
        }
    }

    @Test
    void aStartAndACountOfNightsWithAFilterOfWeekdays() {
        assertThat(periods("overnight, between 8pm and 5.30am, from Monday 20 March for four nights"
                        + " (Monday to Friday only)"))
                .containsExactly(new Recurring(
                        LocalDate.of(2023, 3, 20),
                        LocalDate.of(2023, 3, 23),
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(20, 0),
                        LocalTime.of(5, 30),
                        OptionalInt.of(4)));
    }

    @Test
    void aStretchBetweenTwoMoments() {
        assertThat(periods("10pm Mon 20/03 - 6am Tue 21/03"))
                .containsExactly(new Span(LocalDateTime.of(2023, 3, 20, 22, 0), LocalDateTime.of(2023, 3, 21, 6, 0)));
        assertThat(periods("from 8pm on Friday 24 March until 6am on Monday 27 March"))
                .containsExactly(new Span(LocalDateTime.of(2023, 3, 24, 20, 0), LocalDateTime.of(2023, 3, 27, 6, 0)));
        assertThat(periods("From March 24, at 8pm, to March 27, at 6am;"))
                .containsExactly(new Span(LocalDateTime.of(2023, 3, 24, 20, 0), LocalDateTime.of(2023, 3, 27, 6, 0)));
    }

    @Test
    void aStretchWhoseFirstDayIsGivenEarlierInTheSentence() {
        assertThat(periods("On Friday, March 24: the slip road will be closed from 8pm until Monday, March 27 at 6am"))
                .containsExactly(new Span(LocalDateTime.of(2023, 3, 24, 20, 0), LocalDateTime.of(2023, 3, 27, 6, 0)));
    }

    @Test
    void bareWeekdaysAreTheBulletinsWeek() {
        assertThat(periods("Monday to Friday, 9pm to 5am"))
                .containsExactly(nights(20, 24, Recurring.EVERY_DAY, "21:00", "05:00"));
        assertThat(periods("on Wednesday between 10pm and 6am"))
                .containsExactly(nights(22, 22, Recurring.EVERY_DAY, "22:00", "06:00"));
    }

    @Test
    void whatCannotBePlacedIsFlaggedNotGuessed() {
        assertThat(read("overnight on 21 March", WEEK).flags())
                .containsExactly("overnight, but the hours are not given");
        assertThat(read("between 8pm and 6am", WEEK).flags()).containsExactly("hours are given, but no day");
        TimeAlgebra.Reading wrongDay = read("Tuesday 20 March, 8pm to 6am", WEEK);
        assertThat(wrongDay.flags()).containsExactly("Tuesday 20 March 2023 is a Monday: the date is kept");
        assertThat(wrongDay.periods()).containsExactly(nights(20, 20, Recurring.EVERY_DAY, "20:00", "06:00"));
        assertThat(read("31 February, 8pm to 6am", WEEK).flags()).containsExactly("31 February is not a day");
    }

    @Test
    void aCountOneLessThanItsRangeEndsOnTheLastMorning() {
        assertThat(periods("for two nights between Thursday 23 March and Saturday 25 March, 8pm-6am"))
                .extracting(p -> ((Recurring) p).from() + ".." + ((Recurring) p).until())
                .containsExactly("2023-03-23..2023-03-24");
        assertThat(periods("Monday 20 to Tuesday 21 March (two nights), 8pm to 6am"))
                .extracting(p -> ((Recurring) p).from() + ".." + ((Recurring) p).until())
                .containsExactly("2023-03-20..2023-03-21");
    }

    @Test
    void daysLeftOutSplitTheRunAroundThem() {
        assertThat(periods("from 7pm to 7am from Monday 20 March until Friday 24 March, except on Wednesday 22 March"))
                .containsExactly(
                        nights(20, 21, Recurring.EVERY_DAY, "19:00", "07:00"),
                        nights(23, 24, Recurring.EVERY_DAY, "19:00", "07:00"));
        assertThat(periods("every night from 20 to 26 March, 9pm to 5am, excluding Saturday and Sunday"))
                .containsExactly(nights(20, 26, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "21:00", "05:00"));
    }

    @Test
    void aYearIsTheOneNearestThePublication() {
        TimeAlgebra.Context december = TimeAlgebra.Context.publishedOn(LocalDate.of(2022, 12, 28));
        assertThat(read("3-5 January, 8pm to 6am", december).periods())
                .containsExactly(new Recurring(
                        LocalDate.of(2023, 1, 3),
                        LocalDate.of(2023, 1, 5),
                        Recurring.EVERY_DAY,
                        LocalTime.of(20, 0),
                        LocalTime.of(6, 0),
                        OptionalInt.empty()));
        // a range across the turn of the year: the first day is put before the last
        assertThat(read("30 December - 2 January, 8pm to 6am", december).periods())
                .singleElement()
                .satisfies(p -> assertThat(((Recurring) p).from()).isEqualTo(LocalDate.of(2022, 12, 30)));
    }

    /** Every way of writing a range of days in March 2023 reads as the same nights. */
    @Property
    void everyFormOfARangeGivesTheSameNights(
            @ForAll @IntRange(min = 1, max = 31) int a, @ForAll @IntRange(min = 0, max = 10) int length) {
        int b = Math.min(31, a + length);
        String wa = wd(a);
        String wb = wd(b);
        Recurring want = nights(a, b, Recurring.EVERY_DAY, "20:00", "06:00");
        for (String text : List.of(
                a + "-" + b + " March 8pm-6am",
                "from " + a + " to " + b + " March, 8pm to 6am",
                a + suffix(a) + " - " + b + suffix(b) + " March, 2000-0600hrs",
                wa + " " + a + " - " + wb + " " + b + " March between 8pm and 6am",
                "between " + wa + " " + a + " March and " + wb + " " + b + " March, 20:00 to 06:00")) {
            assertThat(periods(text)).as(text).containsExactly(want);
        }
    }

    /** A megabyte line of digits, dashes and weekday names is parsed phrase by phrase (the tokenizer takes ten). */
    @Test
    void aMegabyteLineIsParsedPhraseByPhrase() {
        String unit = "Monday 20-23 March, 2000-0600hrs . ";
        StringBuilder b = new StringBuilder(1 << 20);
        while (b.length() + unit.length() <= 1 << 20) {
            b.append(unit);
        }
        List<TimeGrammar.Item> items = TimeGrammar.parse(Tokenizer.tokens(b));
        assertThat(items).hasSize(b.length() / unit.length());
        assertThat(items).allSatisfy(x -> assertThat(x.value()).isInstanceOf(TimeExpr.Windows.class));
    }

    /**
     * Parsing is local: two texts joined by " . " parse as the first's items and the second's, so no rule reaches
     * past a full stop, and the time stays in proportion to the length.
     */
    @Property
    void parsingIsLocal(@ForAll("phrases") String a, @ForAll("phrases") String b) {
        int tokensOfA = Tokenizer.tokens(a).size();
        List<TimeGrammar.Item> want = new java.util.ArrayList<>(TimeGrammar.parse(Tokenizer.tokens(a)));
        for (TimeGrammar.Item x : TimeGrammar.parse(Tokenizer.tokens(b))) {
            want.add(new TimeGrammar.Item(x.from() + tokensOfA + 1, x.to() + tokensOfA + 1, x.value()));
        }
        assertThat(TimeGrammar.parse(Tokenizer.tokens(a + " . " + b))).isEqualTo(want);
    }

    /** Whatever the words, reading their times gives rules or flags, never an exception. */
    @Property
    void readingAnyPhraseNeverThrows(@ForAll("phrases") String text) {
        TimeAlgebra.Reading r = read(text, WEEK);
        assertThat(r.periods().size() + r.flags().size()).isGreaterThanOrEqualTo(0);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> phrases() {
        return net.jqwik.api.Arbitraries.of(
                        "20",
                        "-",
                        "23",
                        "March",
                        "Mon",
                        "from",
                        "to",
                        "between",
                        "and",
                        "8pm",
                        "6am",
                        "2000",
                        "0600hrs",
                        ",",
                        "the",
                        "following",
                        "morning",
                        "for",
                        "four",
                        "nights",
                        "(",
                        ")",
                        "only",
                        "Friday",
                        "on",
                        "at",
                        "2023",
                        "20/03",
                        "x")
                .list()
                .ofMaxSize(14)
                .map(l -> String.join(" ", l));
    }

    private static String wd(int day) {
        return LocalDate.of(2023, Month.MARCH, day).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK);
    }

    private static String suffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
