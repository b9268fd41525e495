package uk.interchange.roadworks.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * Days and times as UK readers read them on the roadworks pages: "Thu 9 Sept", "21:00", and spans such as
 * "Mon 23 Nov 21:00 to Tue 24 Nov 06:00". Written by hand rather than with {@code DateTimeFormatter}, which was a seventh
 * of the work of drawing a busy road's page (its chart's tooltips and its table each write hundreds of spans). The
 * names are those of {@code DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK)}, which a property test holds it to.
 */
public final class ClockText {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"
    };

    private ClockText() {}

    /** "Thu 9 Sept". */
    public static String day(LocalDate d) {
        return day(new StringBuilder(11), d).toString();
    }

    /**
     * From {@code start} to {@code end} on London's clocks, the end's day written only when it differs; an end of
     * {@link Instant#MAX} is open: "from Mon 23 Nov 21:00 until further notice".
     */
    public static String span(Instant start, Instant end) {
        LocalDateTime s = LondonTime.local(start);
        StringBuilder out = new StringBuilder(40);
        if (end.equals(Instant.MAX)) {
            out.append("from ");
            clock(day(out, s.toLocalDate()).append(' '), s);
            return out.append(" until further notice").toString();
        }
        LocalDateTime e = LondonTime.local(end);
        clock(day(out, s.toLocalDate()).append(' '), s).append(" to ");
        if (!e.toLocalDate().equals(s.toLocalDate())) {
            day(out, e.toLocalDate()).append(' ');
        }
        return clock(out, e).toString();
    }

    private static StringBuilder day(StringBuilder out, LocalDate d) {
        return out.append(DAYS[d.getDayOfWeek().ordinal()])
                .append(' ')
                .append(d.getDayOfMonth())
                .append(' ')
                .append(MONTHS[d.getMonthValue() - 1]);
    }

    /** "07:05": hours and minutes, two digits each. */
    private static StringBuilder clock(StringBuilder out, LocalDateTime t) {
        int h = t.getHour();
        int m = t.getMinute();
        return out.append((char) ('0' + h / 10))
                .append((char) ('0' + h % 10))
                .append(':')
                .append((char) ('0' + m / 10))
                .append((char) ('0' + m % 10));
    }
}
