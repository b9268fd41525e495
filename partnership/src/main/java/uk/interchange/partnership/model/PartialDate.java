package uk.interchange.partnership.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known in full, or only to its month or year: Companies House publishes officers' dates of birth as month
 * and year, and intelligence often knows only a year.
 */
public record PartialDate(int year, OptionalInt month, OptionalInt day) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern UK = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\s+(\\d{4})");
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");

    public PartialDate {
        if (day.isPresent() && month.isEmpty()) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month.isPresent()) {
            LocalDate.of(year, month.getAsInt(), day.orElse(1)); // throws for a date that does not exist
        }
    }

    /** Reads 1984-03-07, 07/03/1984 (day first, as in the UK), 1984-03, 03/1984, March 1984 or 1984. */
    public static Parsed<PartialDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Parsed.ok(
                        text,
                        new PartialDate(Integer.parseInt(m.group(1)), optional(m.group(2)), optional(m.group(3))));
            }
            m = UK.matcher(t);
            if (m.matches()) {
                return Parsed.ok(
                        text,
                        new PartialDate(Integer.parseInt(m.group(3)), optional(m.group(2)), optional(m.group(1))));
            }
            m = MONTH_SLASH_YEAR.matcher(t);
            if (m.matches()) {
                return Parsed.ok(
                        text,
                        new PartialDate(
                                Integer.parseInt(m.group(2)),
                                OptionalInt.of(Integer.parseInt(m.group(1))),
                                OptionalInt.empty()));
            }
            m = MONTH_YEAR.matcher(t);
            if (m.matches()) {
                for (Month month : Month.values()) {
                    String name = month.getDisplayName(TextStyle.FULL, Locale.UK);
                    String word = m.group(1).toLowerCase(Locale.ROOT);
                    if (word.length() >= 3 && name.toLowerCase(Locale.ROOT).startsWith(word)) {
                        return Parsed.ok(
                                text,
                                new PartialDate(
                                        Integer.parseInt(m.group(2)),
                                        OptionalInt.of(month.getValue()),
                                        OptionalInt.empty()));
                    }
                }
            }
        } catch (DateTimeException e) {
            return Parsed.bad(text, "\"" + t + "\" is not a date that exists");
        }
        return Parsed.bad(
                text, "\"" + t + "\" is not a date: write it as 1984-03-07, 07/03/1984, 03/1984, March 1984 or 1984");
    }

    private static OptionalInt optional(String digits) {
        return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }

    /** Whether the two could be the same date: every part that both know is equal. */
    public boolean agrees(PartialDate o) {
        return year == o.year && fits(month, o.month) && fits(day, o.day);
    }

    /** Whether the two are the same full date with day and month swapped (a common slip: 03/07 for 07/03). */
    public boolean swapped(PartialDate o) {
        return day.isPresent()
                && o.day.isPresent()
                && year == o.year
                && !day.equals(month)
                && day.equals(o.month)
                && month.equals(o.day);
    }

    private static boolean fits(OptionalInt a, OptionalInt b) {
        return a.isEmpty() || b.isEmpty() || a.getAsInt() == b.getAsInt();
    }

    @Override
    public String toString() {
        return year
                + month.stream()
                        .mapToObj(m -> String.format(Locale.ROOT, "-%02d", m))
                        .findFirst()
                        .orElse("")
                + day.stream()
                        .mapToObj(d -> String.format(Locale.ROOT, "-%02d", d))
                        .findFirst()
                        .orElse("");
    }
}
