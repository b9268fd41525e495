package uk.interchange.app.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.interchange.roadworks.publish.ClockText;
import uk.interchange.roadworks.schedule.LondonTime;

/** Times as people in the UK read them, for templates: {@code ${@ukTime.dateTime(t)}}. */
@Component("ukTime")
public class UkTime {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    public String dateTime(Instant t) {
        return DATE_TIME.format(LondonTime.local(t));
    }

    /** "Mon 23 Nov 21:00 to Tue 24 Nov 06:00", or "... until further notice". */
    public String span(Instant start, Optional<Instant> end) {
        return ClockText.span(start, end.orElse(Instant.MAX));
    }
}
