package uk.interchange.roadworks.bulletin.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.interchange.roadworks.model.Road;

/**
 * Walks a text once, left to right, and classifies every word once: a phrase of the {@link Lexicon} (the longest
 * at that place), a road number, a junction with its number, a time, a date, an ordinal or a number written in
 * digits, a dash, other punctuation, or a plain word. No regular expression is used, and no character is looked at
 * more than a bounded number of times (the longest spelling of the lexicon, or a time's few characters), so the
 * time taken is in proportion to the text's length whatever it holds.
 */
public final class Tokenizer {
    /** Digits read as one number at most; a longer run is still one token, its value cut to these digits. */
    private static final int MOST_DIGITS = 9;

    private final Lexicon lexicon;

    public Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The tokens of the standard lexicon. */
    public static List<Token> tokens(CharSequence text) {
        return new Tokenizer(Lexicon.standard()).read(text);
    }

    public List<Token> read(CharSequence text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            Token t = at(text, i);
            out.add(t);
            i = t.end();
        }
        return out;
    }

    /** The token that starts at {@code i}, which is not white space. */
    private Token at(CharSequence text, int i) {
        char c = text.charAt(i);
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        if (wordStart && (c == 'M' || c == 'A' || c == 'B' || c == 'm' || c == 'a' || c == 'b')) {
            Optional<Road.Found> road = Road.at(text, i);
            if (road.isPresent()) {
                return new Token(
                        TokenKind.ROAD, i, road.get().end(), road.get().road().toString());
            }
            Token section = motorwaySection(text, i);
            if (section != null) {
                return section;
            }
        }
        if (wordStart && (c == 'J' || c == 'j')) {
            Token j = junction(text, i);
            if (j != null) {
                return j;
            }
        }
        Lexicon.Match m = lexicon.longest(text, i);
        if (m != null) {
            return new Token(m.kind(), i, m.end(), m.value());
        }
        if (isDigit(c)) {
            return number(text, i);
        }
        if (Character.isLetterOrDigit(c)) {
            int e = i + 1;
            while (e < text.length() && Character.isLetterOrDigit(text.charAt(e)) && !isDigit(text.charAt(e))) {
                e++;
            }
            return new Token(TokenKind.WORD, i, e, text.subSequence(i, e).toString());
        }
        TokenKind kind =
                switch (c) {
                    case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> TokenKind.DASH;
                    case '/' -> TokenKind.SLASH;
                    default -> TokenKind.PUNCT;
                };
        return new Token(kind, i, i + 1, String.valueOf(c));
    }

    /** "A1M", as newspapers write the A1(M): an A road's number with an M straight after it; null otherwise. */
    private static Token motorwaySection(CharSequence text, int i) {
        if (Character.toUpperCase(text.charAt(i)) != 'A') {
            return null;
        }
        int n = text.length();
        int e = i + 1;
        while (e < n && e - i <= 4 && isDigit(text.charAt(e))) {
            e++;
        }
        boolean m = e > i + 1
                && e - i <= 5
                && text.charAt(i + 1) != '0'
                && e < n
                && Character.toUpperCase(text.charAt(e)) == 'M'
                && (e + 1 == n || !Character.isLetterOrDigit(text.charAt(e + 1)));
        return m ? new Token(TokenKind.ROAD, i, e + 1, "A" + text.subSequence(i + 1, e) + "(M)") : null;
    }

    /** "J10", "J10a": a junction's letter, one to three digits, and perhaps a letter; null otherwise. */
    private static Token junction(CharSequence text, int i) {
        int n = text.length();
        int e = i + 1;
        while (e < n && e - i <= 3 && isDigit(text.charAt(e))) {
            e++;
        }
        if (e == i + 1 || (e < n && isDigit(text.charAt(e)))) {
            return null;
        }
        if (e < n
                && Character.isLetter(text.charAt(e))
                && (e + 1 == n || !Character.isLetterOrDigit(text.charAt(e + 1)))) {
            e++;
        } else if (e < n && Character.isLetterOrDigit(text.charAt(e))) {
            return null;
        }
        return new Token(TokenKind.JUNCTION, i, e, lower(text, i + 1, e));
    }

    /** A number and what it says: a time, an ordinal, a date in digits, or a plain number. */
    private static Token number(CharSequence text, int i) {
        int n = text.length();
        int e = i;
        while (e < n && isDigit(text.charAt(e))) {
            e++;
        }
        int digits = e - i;
        int value = digits <= MOST_DIGITS ? Integer.parseInt(text, i, e, 10) : -1;
        if (digits <= 2) {
            Token t = shortNumber(text, i, e, value);
            if (t != null) {
                return t;
            }
        } else if (digits == 4 && value / 100 <= 24 && value % 100 <= 59) {
            int u = hoursUnit(text, e);
            if (u > 0) {
                return time(i, u, value / 100, value % 100);
            }
        }
        String v = digits <= MOST_DIGITS
                ? Integer.toString(value)
                : text.subSequence(i, i + MOST_DIGITS).toString();
        return new Token(TokenKind.NUMBER, i, e, v);
    }

    /** One or two digits: "8pm", "5.30am", "20:00", "20th", "20/03", "20/03/2023"; null when a plain number. */
    private static Token shortNumber(CharSequence text, int i, int e, int value) {
        int n = text.length();
        if (e + 2 < n
                && (text.charAt(e) == ':' || text.charAt(e) == '.')
                && isDigit(text.charAt(e + 1))
                && isDigit(text.charAt(e + 2))
                && (e + 3 == n || !isDigit(text.charAt(e + 3)))) {
            int minutes = (text.charAt(e + 1) - '0') * 10 + (text.charAt(e + 2) - '0');
            int after = meridiem(text, e + 3);
            if (minutes <= 59) {
                if (after != 0 && value >= 1 && value <= 12) {
                    return time(i, Math.abs(after), twelveHour(value, after), minutes);
                }
                if (after == 0 && value <= 24 && (text.charAt(e) == ':' || value >= 13 || value == 0)) {
                    return time(i, e + 3, value % 24, minutes);
                }
            }
        }
        int after = meridiem(text, e);
        if (after != 0 && value >= 1 && value <= 12) {
            return time(i, Math.abs(after), twelveHour(value, after), 0);
        }
        if (e + 1 < n) {
            String suffix = lower(text, e, Math.min(n, e + 2));
            boolean ends = e + 2 == n || !Character.isLetterOrDigit(text.charAt(e + 2));
            if (ends && value >= 1 && value <= 31 && ordinalSuffix(suffix)) {
                return new Token(TokenKind.ORDINAL, i, e + 2, Integer.toString(value));
            }
        }
        if (e < n && text.charAt(e) == '/') {
            return date(text, i, e, value);
        }
        return null;
    }

    /** "20/03" or "20/03/2023" (or "/23"); null when the month is not one, or digits run on. */
    private static Token date(CharSequence text, int i, int e, int day) {
        int n = text.length();
        int m = e + 1;
        while (m < n && m - e <= 2 && isDigit(text.charAt(m))) {
            m++;
        }
        if (m == e + 1 || (m < n && isDigit(text.charAt(m)))) {
            return null;
        }
        int month = Integer.parseInt(text, e + 1, m, 10);
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        String md = String.format("%02d-%02d", month, day);
        if (m < n && text.charAt(m) == '/') {
            int y = m + 1;
            while (y < n && y - m <= 4 && isDigit(text.charAt(y))) {
                y++;
            }
            int yd = y - m - 1;
            if ((yd == 2 || yd == 4) && (y == n || !isDigit(text.charAt(y)))) {
                int year = Integer.parseInt(text, m + 1, y, 10);
                return new Token(TokenKind.DATE, i, y, (yd == 2 ? 2000 + year : year) + "-" + md);
            }
        }
        return new Token(TokenKind.DATE, i, m, "--" + md);
    }

    /**
     * Where "am", "pm", "a.m." or "p.m." ends, after at most one space at {@code e}: positive for the morning,
     * negative for the afternoon, 0 when there is none.
     */
    private static int meridiem(CharSequence text, int e) {
        int n = text.length();
        int p = e < n && text.charAt(e) == ' ' ? e + 1 : e;
        if (p >= n) {
            return 0;
        }
        char a = Character.toLowerCase(text.charAt(p));
        if (a != 'a' && a != 'p') {
            return 0;
        }
        int q = p + 1;
        if (q < n && text.charAt(q) == '.') {
            q++;
        }
        if (q >= n || Character.toLowerCase(text.charAt(q)) != 'm') {
            return 0;
        }
        q++;
        if (q < n && text.charAt(q) == '.' && text.charAt(p + 1) == '.') {
            q++;
        }
        if (q < n && Character.isLetterOrDigit(text.charAt(q))) {
            return 0;
        }
        return a == 'p' ? -q : q;
    }

    /** Where "hrs", "hours" or "h" ends after a four-digit time, after at most one space; 0 when there is none. */
    private static int hoursUnit(CharSequence text, int e) {
        int n = text.length();
        int p = e < n && text.charAt(e) == ' ' ? e + 1 : e;
        for (String unit : new String[] {"hours", "hrs", "hr", "h"}) {
            int q = p + unit.length();
            if (q <= n && lower(text, p, q).equals(unit) && (q == n || !Character.isLetterOrDigit(text.charAt(q)))) {
                return q;
            }
        }
        return 0;
    }

    /** "12am" is midnight, "12pm" noon; {@code meridiem} as {@link #meridiem} gives it. */
    private static int twelveHour(int hour, int meridiem) {
        return hour % 12 + (meridiem < 0 ? 12 : 0);
    }

    private static boolean ordinalSuffix(String s) {
        return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    }

    private static Token time(int start, int end, int hour, int minute) {
        return new Token(TokenKind.TIME, start, end, String.format("%02d:%02d", hour % 24, minute));
    }

    private static String lower(CharSequence text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            b.append(Character.toLowerCase(text.charAt(k)));
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
