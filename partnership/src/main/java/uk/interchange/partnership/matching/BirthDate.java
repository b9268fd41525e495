package uk.interchange.partnership.matching;

import java.util.Optional;
import uk.interchange.partnership.model.PartialDate;

/**
 * A date of birth as far as it is known: year, month (0 when not known) and day (0 when not known), and its digits as
 * written (yyyymmdd, with only the known parts), so that a slip of one digit can still be seen. Companies House
 * publishes officers' month and year only.
 */
public record BirthDate(int year, int month, int day, String digits) {
    /** Reads 19840307, 1984-03-07, 07/03/1984, 03/1984, 1984-03, March 1984 or 1984; empty when it is none of them. */
    public static Optional<BirthDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(t.substring(0, 4));
            int m = Integer.parseInt(t.substring(4, 6));
            int d = Integer.parseInt(t.substring(6, 8));
            boolean plausible = m >= 1 && m <= 12 && d >= 1 && d <= 31;
            // a date with a slip in it is kept by its digits alone, so that an edit can still be counted
            return Optional.of(plausible ? new BirthDate(y, m, d, t) : new BirthDate(y, 0, 0, t));
        }
        java.util.regex.Matcher my =
                java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{4})").matcher(t);
        if (my.matches()) {
            int m = Integer.parseInt(my.group(1));
            int y = Integer.parseInt(my.group(2));
            return m >= 1 && m <= 12
                    ? Optional.of(new BirthDate(y, m, 0, String.format("%04d%02d", y, m)))
                    : Optional.empty();
        }
        var p = PartialDate.parse(t);
        if (!p.ok()) {
            return Optional.empty();
        }
        PartialDate d = p.get();
        int m = d.month().orElse(0);
        int day = d.day().orElse(0);
        String digits = String.format("%04d", d.year())
                + (m > 0 ? String.format("%02d", m) : "")
                + (day > 0 ? String.format("%02d", day) : "");
        return Optional.of(new BirthDate(d.year(), m, day, digits));
    }

    public boolean full() {
        return day > 0;
    }

    /** Exactly the same full date. */
    static boolean same(BirthDate a, BirthDate b) {
        return a.full() && b.full() && a.digits.equals(b.digits);
    }

    /** The same full date with day and month swapped (03/07 for 07/03). */
    static boolean swapped(BirthDate a, BirthDate b) {
        return a.full() && b.full() && a.year == b.year && a.month == b.day && a.day == b.month && a.day != a.month;
    }

    /** Full dates of one year whose day or month differ in one digit alone (07 and 17, 03 and 08). */
    static boolean digitOffInDayOrMonth(BirthDate a, BirthDate b) {
        if (!a.full() || !b.full() || a.year != b.year) {
            return false;
        }
        String x = a.digits.substring(4);
        String y = b.digits.substring(4);
        int differ = 0;
        for (int i = 0; i < x.length(); i++) {
            differ += x.charAt(i) == y.charAt(i) ? 0 : 1;
        }
        return differ == 1;
    }

    /** One side knows less (03/1984, 1984), and the parts both know agree. */
    static boolean partAgrees(BirthDate a, BirthDate b) {
        return !(a.full() && b.full()) && a.year == b.year && (a.month == 0 || b.month == 0 || a.month == b.month);
    }

    /** The same day and month, the years at least {@code years} apart: another generation, not a slip. */
    static boolean sameDayYearsApart(BirthDate a, BirthDate b, int years) {
        return a.full() && b.full() && a.month == b.month && a.day == b.day && Math.abs(a.year - b.year) >= years;
    }

    /** Full dates at most {@code days} apart. */
    static boolean withinDays(BirthDate a, BirthDate b, int days) {
        if (!a.full() || !b.full()) {
            return false;
        }
        try {
            long d = java.time.temporal.ChronoUnit.DAYS.between(
                    java.time.LocalDate.of(a.year, a.month, a.day), java.time.LocalDate.of(b.year, b.month, b.day));
            return Math.abs(d) <= days;
        } catch (java.time.DateTimeException e) {
            return Math.abs(a.year - b.year) <= 1 && days >= 366; // a day that does not exist (31 April): by the year
        }
    }
}
