package uk.interchange.roadworks.bulletin;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ends given only roughly: "May", "June 2017", "summer 2017", "the end of 2016", "late April". The estimate is the
 * last day the words can mean, so that a planner is never told a road is clear when it may not be.
 */
final class Vague {
    static final String PHRASE =
            "(?:further notice|(?:the\\s+)?(?:end|middle|start|beginning|close)\\s+of\\s+(?:the\\s+)?"
                    + "(?:" + Words.MONTH_NAMES + "|year|spring|summer|autumn|winter|\\d{4})(?:\\s+\\d{4})?"
                    + "|(?:early|mid|mid-|late)\\s*(?:" + Words.MONTH_NAMES
                    + "|spring|summer|autumn|winter)(?:\\s+\\d{4})?"
                    + "|(?:the\\s+)?(?:spring|summer|autumn|winter)(?:\\s+(?:of\\s+)?\\d{4})?"
                    + "|" + Words.MONTH_NAMES + "(?:\\s+\\d{4})?(?!\\s*\\d{1,2}\\b)"
                    + "|\\d{4})";

    private static final Pattern PARTS = Pattern.compile(
            "(?i)(" + Words.MONTH_NAMES
                    + ")|(spring|summer|autumn|winter)|(year)|(\\d{4})|(early|mid|late|end|middle|start|beginning|close|notice)");

    private Vague() {}

    /** The last day {@code text} can mean, read against {@code anchor}; empty for "further notice". */
    static Optional<LocalDate> estimate(String text, LocalDate anchor) {
        Matcher m = PARTS.matcher(text);
        Month month = null;
        String season = null;
        Integer year = null;
        String early = null;
        boolean wholeYear = false;
        while (m.find()) {
            if (m.group(1) != null) {
                month = Words.month(m.group(1));
            } else if (m.group(2) != null) {
                season = m.group(2).toLowerCase(Locale.ROOT);
            } else if (m.group(3) != null) {
                wholeYear = true;
            } else if (m.group(4) != null) {
                year = Integer.parseInt(m.group(4));
            } else {
                String w = m.group(5).toLowerCase(Locale.ROOT);
                if (w.equals("notice")) {
                    return Optional.empty();
                }
                early = w;
            }
        }
        if (month == null && season != null) {
            month = switch (season) {
                case "spring" -> Month.MAY;
                case "summer" -> Month.AUGUST;
                case "autumn" -> Month.NOVEMBER;
                default -> Month.FEBRUARY;
            };
        }
        if (month == null) {
            if (year == null && !wholeYear) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year == null ? anchor.getYear() : year, 12, 31));
        }
        int y = year != null ? year : yearOf(month, anchor, "winter".equals(season));
        YearMonth ym = YearMonth.of(y, month);
        if (early != null && (early.equals("early") || early.equals("start") || early.equals("beginning"))) {
            return Optional.of(ym.atDay(10));
        }
        if (early != null && (early.equals("mid") || early.equals("middle"))) {
            return Optional.of(ym.atDay(20));
        }
        return Optional.of(ym.atEndOfMonth());
    }

    /** A month without a year is the next one on or after the anchor's month (allowing a month of lateness). */
    private static int yearOf(Month month, LocalDate anchor, boolean winter) {
        int y = anchor.getYear();
        YearMonth candidate = YearMonth.of(y, month);
        if (winter && month == Month.FEBRUARY && anchor.getMonthValue() > 2) {
            return y + 1;
        }
        return candidate.isBefore(YearMonth.from(anchor).minusMonths(1)) ? y + 1 : y;
    }
}
