package uk.interchange.roadworks.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * Days and times as UK readers read them on the roadworks pages: "Thu 9 Sept", "21:00", and spans such as
 * "Mon 23 Nov 21:00 to Tue 24 Nov 06:00". Written by hand rather than with {@code DateTimeFormatter}, which was a seventh
 * of the work of drawing a busy road's page (its chart's tooltips and its table each write hundreds of spans), and
 * straight from the epoch second: London's clock changes from 1970 to 2200 are looked up in a table made once from
 * the zone's rules (asking the rules, and making a date-time object, for every span was a tenth of a busy road's
 * page). The names are those of {@code DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK)}, which a property test
 * holds it to.
 */
public final class ClockText {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"
    };
    private static final ZoneRules RULES = LondonTime.ZONE.getRules();
    private static final long TABLE_FROM = LocalDate.of(1970, 1, 1).toEpochDay() * 86_400;
    private static final long TABLE_TO = LocalDate.of(2200, 1, 1).toEpochDay() * 86_400;
    /** The epoch seconds at which London's clocks changed or will change, in order, and the offset from each. */
    private static final long[] CHANGES;

    private static final int[] OFFSETS;

    private static final int OFFSET_BEFORE_TABLE =
            RULES.getOffset(Instant.ofEpochSecond(TABLE_FROM)).getTotalSeconds();

    static {
        long[] at = new long[1024];
        int[] offset = new int[1024];
        int n = 0;
        ZoneOffsetTransition t = RULES.nextTransition(Instant.ofEpochSecond(TABLE_FROM));
        while (t != null && t.toEpochSecond() < TABLE_TO) {
            at[n] = t.toEpochSecond();
            offset[n] = t.getOffsetAfter().getTotalSeconds();
            n++;
            t = RULES.nextTransition(t.getInstant());
        }
        CHANGES = Arrays.copyOf(at, n);
        OFFSETS = Arrays.copyOf(offset, n);
    }

    private ClockText() {}

    /** "Thu 9 Sept". */
    public static String day(LocalDate d) {
        return day(new StringBuilder(11), d.toEpochDay()).toString();
    }

    /**
     * From {@code start} to {@code end} on London's clocks, the end's day written only when it differs; an end of
     * {@link Instant#MAX} is open: "from Mon 23 Nov 21:00 until further notice".
     */
    public static String span(Instant start, Instant end) {
        return span(new StringBuilder(40), start, end).toString();
    }

    /** {@link #span(Instant, Instant)}, appended to {@code out}; only digits, letters, spaces and colons. */
    public static StringBuilder span(StringBuilder out, Instant start, Instant end) {
        long s = local(start.getEpochSecond());
        long sDay = Math.floorDiv(s, 86_400);
        if (end.equals(Instant.MAX)) {
            out.append("from ");
            clock(day(out, sDay).append(' '), s);
            return out.append(" until further notice");
        }
        long e = local(end.getEpochSecond());
        long eDay = Math.floorDiv(e, 86_400);
        clock(day(out, sDay).append(' '), s).append(" to ");
        if (eDay != sDay) {
            day(out, eDay).append(' ');
        }
        return clock(out, e);
    }

    /** The seconds since 1970 on London's clocks at the epoch second {@code t}. */
    static long local(long t) {
        if (t < TABLE_FROM || t >= TABLE_TO) {
            return t + RULES.getOffset(Instant.ofEpochSecond(t)).getTotalSeconds();
        }
        int k = Arrays.binarySearch(CHANGES, t);
        int last = k >= 0 ? k : -k - 2; // the last change at or before t
        return t + (last >= 0 ? OFFSETS[last] : OFFSET_BEFORE_TABLE);
    }

    /** "Thu 9 Sept" for a day counted from 1 January 1970. */
    private static StringBuilder day(StringBuilder out, long epochDay) {
        // days to year, month and day of the proleptic Gregorian calendar, counted in 400-year eras from 1 March 0000
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153; // months from March
        int dayOfMonth = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int weekday = (int) Math.floorMod(epochDay + 3, 7); // 1 January 1970 was a Thursday
        return out.append(DAYS[weekday])
                .append(' ')
                .append(dayOfMonth)
                .append(' ')
                .append(MONTHS[month - 1]);
    }

    /** "07:05": hours and minutes of a local second, two digits each. */
    private static StringBuilder clock(StringBuilder out, long local) {
        int ofDay = (int) Math.floorMod(local, 86_400);
        int h = ofDay / 3600;
        int m = ofDay / 60 % 60;
        return out.append((char) ('0' + h / 10))
                .append((char) ('0' + h % 10))
                .append(':')
                .append((char) ('0' + m / 10))
                .append((char) ('0' + m % 10));
    }
}
