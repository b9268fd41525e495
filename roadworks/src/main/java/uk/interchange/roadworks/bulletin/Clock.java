package uk.interchange.roadworks.bulletin;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day as bulletins write them: "8pm", "5.30am", "22:00", "2000", "midnight", "12 noon". */
final class Clock {
    /** One time; groups: 12-hour (h, m, am/pm), 24-hour (h, m), or a word. */
    static final String TIME = "(?:(\\d{1,2})(?:[.:](\\d{2}))?\\s*(am|pm|a\\.m\\.?|p\\.m\\.?)(?![a-z])"
            + "|(\\d{1,2})[:.](\\d{2})(?:\\s*(?:hrs|hours|h))?(?![\\d:]|\\.\\d|\\s*(?:am|pm))"
            + "|(12\\s+noon|12\\s+midnight|midnight|midday|noon))";

    private static final Pattern ONE = Pattern.compile("(?i)" + TIME);

    private Clock() {}

    static Optional<LocalTime> parse(String text) {
        Matcher m = ONE.matcher(text.trim());
        return m.matches() ? fromGroups(m, 1) : Optional.empty();
    }

    /** Reads the time whose seven groups start at {@code g} in a match of a pattern built with {@link #TIME}. */
    static Optional<LocalTime> fromGroups(Matcher m, int g) {
        if (m.group(g) != null) {
            int h = Integer.parseInt(m.group(g));
            int min = m.group(g + 1) == null ? 0 : Integer.parseInt(m.group(g + 1));
            boolean pm = m.group(g + 2).toLowerCase(Locale.ROOT).startsWith("p");
            if (h < 1 || h > 12 || min > 59) {
                return Optional.empty();
            }
            return Optional.of(LocalTime.of(h % 12 + (pm ? 12 : 0), min));
        }
        if (m.group(g + 3) != null) {
            int h = Integer.parseInt(m.group(g + 3));
            int min = Integer.parseInt(m.group(g + 4));
            if (h > 24 || min > 59 || h == 24 && min > 0) {
                return Optional.empty();
            }
            return Optional.of(h == 24 ? LocalTime.MIDNIGHT : LocalTime.of(h, min));
        }
        if (m.group(g + 5) != null) {
            String w = m.group(g + 5).toLowerCase(Locale.ROOT);
            return Optional.of(w.contains("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON);
        }
        return Optional.empty();
    }

    /** Number of capturing groups in {@link #TIME}. */
    static final int GROUPS = 6;

    /** "8pm", "5.30am", "noon": the house style. */
    static String format(LocalTime t) {
        if (t.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        if (t.equals(LocalTime.NOON)) {
            return "midday";
        }
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String m = t.getMinute() == 0 ? "" : String.format(Locale.ROOT, ".%02d", t.getMinute());
        return h + m + (t.getHour() < 12 ? "am" : "pm");
    }
}
