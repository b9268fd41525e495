package uk.interchange.roadworks.bulletin;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a bulletin's title ("... for the week of Monday 6 to Sunday 12 November 2023") and its date lines. */
final class SourceParser {
    private static final String WD = "(?:" + Words.WEEKDAY_NAMES + ",?\\s+)?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final Pattern PERIOD =
            Pattern.compile("(?i)(?:(?:for|from|w/c|week\\s+(?:commencing|beginning|of)|period|of)\\s+|[:,]\\s*)"
                    + WD + "(\\d{1,2})" + ORD + "(?:\\s+(" + Words.MONTH_NAMES
                    + "))?(?:\\s+(\\d{4}))?\\s*(?:to|-|\u2013|until|and)\\s*"
                    + WD + "(\\d{1,2})" + ORD + "\\s+(" + Words.MONTH_NAMES + ")(?:\\s+(\\d{4}))?");
    private static final Pattern WEEK_OF = Pattern.compile("(?i)(?:w/c|week\\s+(?:commencing|beginning|of))\\s+" + WD
            + "(\\d{1,2})" + ORD + "\\s+(" + Words.MONTH_NAMES + ")(?:\\s+(\\d{4}))?");
    private static final Pattern AS_OF =
            Pattern.compile("(?i)(?:correct\\s+(?:as\\s+)?(?:of|at|on)|published(?:\\s+on)?:?|"
                    + "issued(?:\\s+on)?:?|updated(?:\\s+on)?:?|dated:?)\\s+" + WD + "(\\d{1,2})" + ORD + "\\s+("
                    + Words.MONTH_NAMES
                    + ")(?:\\s+(\\d{4}))?");
    private static final Pattern NUMERIC =
            Pattern.compile("(?i)(?:correct\\s+(?:as\\s+)?(?:of|at|on)|published(?:\\s+on)?:?|"
                    + "issued(?:\\s+on)?:?|updated(?:\\s+on)?:?|dated:?)\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private SourceParser() {}

    /** The bulletin's own title, without the "Press release:" label. */
    static String title(String raw) {
        return raw.replaceFirst("(?i)^(press release|news release|news story)\\s*:\\s*", "")
                .strip();
    }

    /** The week a title or line names; the years come from whichever date has one, else {@code fallbackYear}. */
    static Optional<LocalDate[]> period(String text, int fallbackYear) {
        Matcher m = PERIOD.matcher(text);
        if (m.find()) {
            int y2 = m.group(6) != null ? Integer.parseInt(m.group(6)) : fallbackYear;
            Month m2 = Words.month(m.group(5));
            Month m1 = m.group(2) != null ? Words.month(m.group(2)) : m2;
            int y1 = m.group(3) != null ? Integer.parseInt(m.group(3)) : m1.getValue() > m2.getValue() ? y2 - 1 : y2;
            Optional<LocalDate> a = date(y1, m1, Integer.parseInt(m.group(1)));
            Optional<LocalDate> b = date(y2, m2, Integer.parseInt(m.group(4)));
            if (a.isPresent() && b.isPresent() && !b.get().isBefore(a.get())) {
                return Optional.of(new LocalDate[] {a.get(), b.get()});
            }
            return Optional.empty();
        }
        Matcher w = WEEK_OF.matcher(text);
        if (w.find()) {
            int y = w.group(3) != null ? Integer.parseInt(w.group(3)) : fallbackYear;
            return date(y, Words.month(w.group(2)), Integer.parseInt(w.group(1)))
                    .map(d -> new LocalDate[] {d, d.plusDays(6)});
        }
        return Optional.empty();
    }

    /** "correct as of 17 March 2017", "Published: 17/03/2017". */
    static Optional<LocalDate> asOf(String text, int fallbackYear) {
        Matcher m = AS_OF.matcher(text);
        if (m.find()) {
            int y = m.group(3) != null ? Integer.parseInt(m.group(3)) : fallbackYear;
            return date(y, Words.month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        Matcher n = NUMERIC.matcher(text);
        if (n.find()) {
            int mon = Integer.parseInt(n.group(2));
            return mon < 1 || mon > 12
                    ? Optional.empty()
                    : date(Integer.parseInt(n.group(3)), Month.of(mon), Integer.parseInt(n.group(1)));
        }
        return Optional.empty();
    }

    static boolean mentionsDate(String text) {
        return AS_OF.matcher(text).find() || NUMERIC.matcher(text).find();
    }

    private static Optional<LocalDate> date(int y, Month m, int d) {
        return d >= 1 && d <= m.length(java.time.Year.isLeap(y))
                ? Optional.of(LocalDate.of(y, m, d))
                : Optional.empty();
    }
}
