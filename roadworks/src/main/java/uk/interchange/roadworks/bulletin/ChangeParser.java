package uk.interchange.roadworks.bulletin;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interchange.roadworks.model.WindowChange;

/**
 * Reads a sentence that changes one night's window of works already stated: "On Friday work will take place between
 * 8pm and 7am" (that night's window), "Work on Saturday will finish at 7am" (the end of the night that starts on
 * Friday), "On Sunday the closure will start at 9pm".
 */
final class ChangeParser {
    private static final String T = Clock.TIME;
    private static final String DAY =
            "((?:" + Words.WEEKDAY_NAMES + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+" + Words.MONTH_NAMES
                    + "(?:\\s+\\d{4})?)?|\\d{1,2}(?:st|nd|rd|th)?\\s+" + Words.MONTH_NAMES + "(?:\\s+\\d{4})?)";
    private static final String WHAT = "(?:the\\s+)?(?:work|works|closures?|lane\\s+closures?|road)";
    private static final Pattern WINDOW =
            Pattern.compile("(?i)^(?:on|for)\\s+" + DAY + "(?:\\s+night)?\\s*,?\\s+" + WHAT
                    + "\\s+will\\s+(?:take\\s+place|run|be\\s+in\\s+place|operate|be\\s+carried\\s+out)\\s+(?:between|from)\\s+"
                    + T + "\\s*(?:and|to|until)\\s*" + T);
    private static final Pattern EDGE =
            Pattern.compile("(?i)^(?:" + WHAT + "\\s+on\\s+" + DAY + "|on\\s+" + DAY + "\\s*,?\\s+"
                    + WHAT
                    + ")(?:\\s+night)?\\s+will\\s+(finish|end|be\\s+complete|reopen|re-open|start|begin|commence)\\s+(?:at|by|from)\\s+"
                    + T);

    private ChangeParser() {}

    /** The change, when the sentence is one; the day is resolved against the bulletin's week. */
    static Optional<WindowChange> parse(String sentence, DateContext ctx) {
        Matcher w = WINDOW.matcher(sentence);
        if (w.find()) {
            Optional<LocalDate> day = day(w.group(1), ctx);
            var start = Clock.fromGroups(w, 2);
            var end = Clock.fromGroups(w, 2 + Clock.GROUPS);
            if (day.isPresent() && start.isPresent() && end.isPresent()) {
                return Optional.of(new WindowChange(day.get(), start, end));
            }
            return Optional.empty();
        }
        Matcher e = EDGE.matcher(sentence);
        if (e.find()) {
            String dayText = e.group(1) != null ? e.group(1) : e.group(2);
            Optional<LocalDate> day = day(dayText, ctx);
            String verb = e.group(3).toLowerCase(java.util.Locale.ROOT);
            var time = Clock.fromGroups(e, 4);
            if (day.isEmpty() || time.isEmpty()) {
                return Optional.empty();
            }
            boolean starts = verb.startsWith("start") || verb.startsWith("begin") || verb.startsWith("commence");
            if (starts) {
                return Optional.of(new WindowChange(day.get(), time, Optional.empty()));
            }
            // A finish in the morning ends the night that began the day before.
            LocalDate nightOf = time.get().getHour() < 12 ? day.get().minusDays(1) : day.get();
            return Optional.of(new WindowChange(nightOf, Optional.empty(), time));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> validDate(int y, java.time.Month m, int d) {
        return d >= 1 && d <= m.length(java.time.Year.isLeap(y))
                ? Optional.of(LocalDate.of(y, m, d))
                : Optional.empty();
    }

    private static Optional<LocalDate> day(String text, DateContext ctx) {
        WhenToken.DateRef ref = WhenScanner.dateRef(text);
        return switch (ref) {
            case WhenToken.DateRef.Weekday wd -> Optional.of(ctx.weekday(wd.weekday(), ctx.weekStart()));
            case WhenToken.DateRef.Full f ->
                f.year().isPresent() ? validDate(f.year().get(), f.month(), f.day()) : ctx.nearest(f.day(), f.month());
            default -> Optional.empty();
        };
    }
}
