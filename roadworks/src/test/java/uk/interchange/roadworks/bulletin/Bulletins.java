package uk.interchange.roadworks.bulletin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.schedule.LondonTime;
import uk.interchange.roadworks.schedule.ScheduleExpander;

/** Small bulletins for tests: a title for the week of Monday 20 March 2017 (the clocks go forward on the 26th), one
 * heading, the given paragraphs. */
final class Bulletins {
    static final String TITLE =
            "Roadworks bulletin for the Test Region, week commencing 20 March 2017\n\nInformation correct at 17 March 2017.\n\n";
    private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private Bulletins() {}

    static ReadResult work(String heading, String... paragraphs) {
        String text = TITLE + heading + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        return BulletinReader.read(text, new BulletinReader.Options(Optional.empty(), LocalDate.of(2000, 1, 1)));
    }

    static ReadResult m6(String... paragraphs) {
        return work("M6 junctions 11 to 12 Cannock, Staffordshire: resurfacing", paragraphs);
    }

    static List<Restriction> restrictions(ReadResult r) {
        return r.works().stream().flatMap(w -> w.restrictions().stream()).toList();
    }

    /** The occurrences of every restriction, in London time, as "Mon 20 Mar 20:00 - Tue 21 Mar 05:30". */
    static List<String> times(Restriction r) {
        List<String> out = new ArrayList<>();
        for (Occurrence o : ScheduleExpander.occurrences(r.schedule())) {
            out.add(F.format(o.start().atZone(LondonTime.ZONE)) + " - "
                    + F.format(o.end().atZone(LondonTime.ZONE)));
        }
        return out;
    }

    static List<String> times(ReadResult r) {
        return restrictions(r).stream().flatMap(x -> times(x).stream()).toList();
    }

    static List<String> reasons(ReadResult r) {
        return r.warnings().stream().map(Warning::reason).toList();
    }
}
