package uk.interchange.app.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.interchange.roadworks.schedule.LondonTime;

/** Times as people in the UK read them, for templates: {@code ${@ukTime.dateTime(t)}}. */
@Component("ukTime")
public class UkTime {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    public String dateTime(Instant t) {
        return DATE_TIME.format(LondonTime.local(t));
    }

    /** "Mon 23 Nov 21:00 to Tue 24 Nov 06:00", or "... until further notice". */
    public String span(Instant start, Optional<Instant> end) {
        var s = LondonTime.local(start);
        String from = DAY.format(s) + " " + TIME.format(s);
        if (end.isEmpty()) {
            return "from " + from + " until further notice";
        }
        var e = LondonTime.local(end.get());
        return from + " to " + (e.toLocalDate().equals(s.toLocalDate()) ? "" : DAY.format(e) + " ") + TIME.format(e);
    }
}
