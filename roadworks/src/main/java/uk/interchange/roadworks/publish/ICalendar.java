package uk.interchange.roadworks.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;

/**
 * Works as an RFC 5545 calendar that people subscribe to: one event per restriction and occurrence, in UTC, with a
 * stable UID so a calendar app updates an event in place when the work changes (SEQUENCE is the work's version).
 */
public final class ICalendar {
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    public static String write(
            String name,
            String host,
            List<FeedWork> works,
            Function<Restriction, List<Occurrence>> occurrences,
            Instant from,
            Instant to,
            Instant stamp) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Interchange//Roadworks//EN");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        line(sb, "X-WR-CALNAME:" + text(name));
        line(sb, "X-WR-TIMEZONE:Europe/London");
        for (FeedWork w : works) {
            int seq = 0;
            for (Restriction r : w.work().restrictions()) {
                seq++;
                for (Occurrence o : occurrences.apply(r)) {
                    if (!o.end().isAfter(from)
                            || !o.start().isBefore(to)
                            || o.end().equals(Instant.MAX)) {
                        continue;
                    }
                    event(sb, host, w, seq, r, o, stamp);
                }
            }
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    private static void event(
            StringBuilder sb, String host, FeedWork w, int seq, Restriction r, Occurrence o, Instant stamp) {
        line(sb, "BEGIN:VEVENT");
        line(sb, "UID:" + w.id() + "-" + seq + "-" + UTC.format(o.start()) + "@" + host);
        line(sb, "DTSTAMP:" + UTC.format(stamp));
        line(sb, "DTSTART:" + UTC.format(o.start()));
        line(sb, "DTEND:" + UTC.format(o.end()));
        line(sb, "SUMMARY:" + text(Wording.summary(w.work(), r)));
        StringBuilder d =
                new StringBuilder(w.reference()).append(": ").append(w.work().heading());
        r.diversion().ifPresent(div -> d.append("\n").append(div.text()));
        line(sb, "DESCRIPTION:" + text(d.toString()));
        line(
                sb,
                "LOCATION:"
                        + text(w.work().mainRoad()
                                + w.work().county().map(c -> ", " + c).orElse("")));
        line(
                sb,
                "STATUS:"
                        + switch (w.status()) {
                            case PROVISIONAL -> "TENTATIVE";
                            case CANCELLED -> "CANCELLED";
                            default -> "CONFIRMED";
                        });
        line(sb, "SEQUENCE:" + w.version());
        line(sb, "LAST-MODIFIED:" + UTC.format(w.updatedAt()));
        line(sb, "TRANSP:TRANSPARENT");
        line(sb, "END:VEVENT");
    }

    /** TEXT values escape backslash, semicolon, comma and newline (RFC 5545, 3.3.11). */
    static String text(String s) {
        return s.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Writes a content line, folded so that no line is longer than 75 octets (RFC 5545, 3.1). */
    static void line(StringBuilder sb, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
    }
}
