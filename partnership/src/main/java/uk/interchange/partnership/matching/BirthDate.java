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

    /** The comparison's level for two dates: see {@link Comparisons#BIRTH}. */
    static int level(BirthDate a, BirthDate b) {
        if (a.full() && b.full() && a.digits.equals(b.digits)) {
            return 1;
        }
        if (a.full() && b.full() && a.year == b.year && a.month == b.day && a.day == b.month) {
            return 2;
        }
        if (!(a.full() && b.full()) && a.year == b.year && a.month > 0 && a.month == b.month) {
            return 3; // month and year agree, and one side knows no more (as Companies House publishes them)
        }
        if (a.digits.length() == b.digits.length() && Similarity.editDistance(a.digits, b.digits) == 1) {
            return 4;
        }
        if (a.year == b.year) {
            return 5;
        }
        return 6;
    }
}
