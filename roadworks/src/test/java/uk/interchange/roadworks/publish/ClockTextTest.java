package uk.interchange.roadworks.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.schedule.LondonTime;

/** The hand-written days and times say exactly what the JDK's formatter says, clock changes and all. */
class ClockTextTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** Seconds from 2020 to 2040, and spans of up to three weeks. */
    @Property
    void aSpanReadsAsTheFormatterWritesIt(
            @ForAll @LongRange(min = 1_577_836_800L, max = 2_208_988_800L) long startSecond,
            @ForAll @LongRange(min = 0, max = 21 * 24 * 3600) long seconds) {
        Instant start = Instant.ofEpochSecond(startSecond);
        Instant end = start.plusSeconds(seconds);
        LocalDateTime s = LondonTime.local(start);
        LocalDateTime e = LondonTime.local(end);
        String expected = DAY.format(s) + " " + CLOCK.format(s) + " to "
                + (e.toLocalDate().equals(s.toLocalDate()) ? "" : DAY.format(e) + " ") + CLOCK.format(e);
        assertThat(ClockText.span(start, end)).isEqualTo(expected);
        assertThat(ClockText.span(start, Instant.MAX))
                .isEqualTo("from " + DAY.format(s) + " " + CLOCK.format(s) + " until further notice");
        assertThat(ClockText.day(s.toLocalDate())).isEqualTo(DAY.format(s));
    }

    /** Before and after the table of clock changes too (1900 to 2300), where the zone's rules are asked. */
    @Property
    void aSpanReadsAsTheFormatterWritesItInAnyCentury(
            @ForAll @LongRange(min = -2_208_988_800L, max = 10_413_792_000L) long startSecond,
            @ForAll @LongRange(min = 0, max = 3 * 24 * 3600) long seconds) {
        aSpanReadsAsTheFormatterWritesIt(startSecond, seconds);
    }

    @Test
    void londonClocksAreUsedOnBothSidesOfAChange() {
        // 29 March 2026: the clocks go forward at 01:00 GMT; 21:00 BST on the 30th is 20:00 UTC
        assertThat(ClockText.span(Instant.parse("2026-03-28T21:00:00Z"), Instant.parse("2026-03-30T20:00:00Z")))
                .isEqualTo("Sat 28 Mar 21:00 to Mon 30 Mar 21:00");
        assertThat(ClockText.day(LocalDate.of(2027, 9, 9))).isEqualTo("Thu 9 Sept");
        assertThat(ClockText.span(Instant.parse("2027-01-04T06:05:00Z"), Instant.parse("2027-01-04T07:59:00Z")))
                .isEqualTo("Mon 4 Jan 06:05 to 07:59");
    }
}
