package uk.interchange.roadworks.bulletin;

import static uk.interchange.roadworks.bulletin.TimePhrases.CONNECTOR_WORD;
import static uk.interchange.roadworks.bulletin.TimePhrases.DAY_WORD;
import static uk.interchange.roadworks.bulletin.TimePhrases.DIGIT;
import static uk.interchange.roadworks.bulletin.TimePhrases.FOR_WORD;
import static uk.interchange.roadworks.bulletin.TimePhrases.FROM_WORD;
import static uk.interchange.roadworks.bulletin.TimePhrases.MASTER;
import static uk.interchange.roadworks.bulletin.TimePhrases.UNTIL_WORD;

import java.util.regex.Pattern;

/**
 * Where a time phrase can start, and which pattern to try there. Most words cannot start one, and most numbers are
 * junctions, lanes or roads; deciding that with a few look-ups, before any pattern runs, is what keeps reading fast.
 */
final class WordStarts {
    private WordStarts() {}

    /** Words after which a time phrase can only go on if the next word is date-like ("on Monday", not "on the A3"). */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of(
            "from",
            "between",
            "until",
            "till",
            "to",
            "on",
            "and",
            "then",
            "again",
            "starting",
            "commencing",
            "beginning",
            "by",
            "before",
            "for",
            "of",
            "ending",
            "finishing",
            "ends",
            "up",
            "every",
            "each",
            "excluding",
            "except",
            "apart",
            "other",
            "not");

    /** First three letters of the words that can start a time phrase, or follow a connector. */
    private static final java.util.Set<String> DATE_LIKE = java.util.Set.of(
            "wee", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec", "tod", "ton", "tom", "mid", "noo", "fur", "end", "sta", "beg", "clo",
            "ear", "lat", "spr", "sum", "aut", "win", "yea", "the", "aga", "on", "fro", "one", "two", "thr", "fou",
            "fiv", "six", "sev", "eig", "nin", "ten", "ele", "twe", "thi", "fif", "a", "an", "ano", "up", "wor", "hou");

    /** First three letters of the other words a time phrase can start with. */
    private static final java.util.Set<String> STARTERS = java.util.Set.of(
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec", "tod", "ton", "tom", "wor", "hou", "day", "dur", "ove", "nig", "eac", "eve",
            "wee", "rou", "aro", "mid", "noo", "exc", "not");

    private static final java.util.Set<String> MONTH_PREFIXES =
            java.util.Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /**
     * Most numbers in a bulletin are junctions, lanes and roads. A number starts a time phrase only when it is a time
     * ("8pm", "20:00", "2000hrs", "24/7", "24 hours", "12 noon") or a date, which has a month within a few words
     * ("20 March", "Monday 18 and Tuesday 19 March", "08/07/2019").
     */
    private static boolean numberMayStart(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        if (j < s.length()) {
            char next = s.charAt(j);
            if (next == ':'
                    || next == '.'
                    || next == '/'
                    || next == 'a'
                    || next == 'p'
                    || next == 'h'
                    || next == 's'
                    || next == 'n'
                    || next == 'r'
                    || next == 't'
                    || next == 'x') {
                return true; // 20:00, 5.30, 24/7, 8am, 8pm, 2000hrs, 1st, 2nd, 3rd, 4th, 24x7
            }
        }
        int words = 0;
        int k = j;
        while (k < s.length() && words < 6) {
            while (k < s.length() && !Character.isLetterOrDigit(s.charAt(k))) {
                if (s.charAt(k) == '.' || s.charAt(k) == ';') {
                    return false;
                }
                k++;
            }
            int start = k;
            while (k < s.length() && Character.isLetterOrDigit(s.charAt(k))) {
                k++;
            }
            if (k == start) {
                break;
            }
            String w = prefix(s.substring(start, k));
            if (MONTH_PREFIXES.contains(w)
                    || w.equals("am")
                    || w.equals("pm")
                    || w.equals("hou")
                    || w.equals("hrs")
                    || w.equals("noo")
                    || w.equals("mid")) {
                return true;
            }
            words++;
        }
        return false;
    }

    /** "the 12th of March", "the following morning", "the same night": what can follow "the" in a time phrase. */
    private static boolean dateLikeAfterThe(String s, int j) {
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= s.length()) {
            return false;
        }
        String next = prefix(word(s, j));
        return Character.isDigit(s.charAt(j))
                || next.equals("fol")
                || next.equals("nex")
                || next.equals("end")
                || next.equals("mid")
                || next.equals("sta")
                || next.equals("beg")
                || next.equals("clo")
                || next.equals("spr")
                || next.equals("sum")
                || next.equals("aut")
                || next.equals("win")
                || next.equals("wee");
    }

    static boolean isTimeSeparator(String s, int i) {
        char p = s.charAt(i - 1);
        return (p == ':' || p == '.') && i >= 2 && Character.isDigit(s.charAt(i - 2));
    }

    /** The pattern to try at word start {@code i} of the lower-cased sentence, or null when no phrase starts there. */
    static Pattern patternAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isDigit(c)) {
            return numberMayStart(s, i) ? DIGIT : null;
        }
        if (c == '(') {
            return DAY_WORD;
        }
        if (c == '&') {
            return CONNECTOR_WORD;
        }
        if (c == '-' || c == '\u2013') {
            // "Monday 15 April - Thursday 18 April": a dash between dates means "to"
            int j = i + 1;
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
            return j < s.length() && (Character.isDigit(s.charAt(j)) || DATE_LIKE.contains(prefix(word(s, j))))
                    ? CONNECTOR_WORD
                    : null;
        }
        String word = word(s, i);
        if (word.isEmpty()) {
            return null;
        }
        if (CONNECTORS.contains(word)) {
            int j = i + word.length();
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == ',')) {
                j++;
            }
            if (j >= s.length() || !Character.isDigit(s.charAt(j)) && !DATE_LIKE.contains(prefix(word(s, j)))) {
                return null;
            }
            if (word(s, j).equals("the") && !dateLikeAfterThe(s, j + 3)) {
                return null; // "on the A3", "from the Rudmore Roundabout": no date follows
            }
            return switch (word) {
                case "from", "between" -> FROM_WORD;
                case "until", "till" -> UNTIL_WORD;
                case "for" -> FOR_WORD;
                case "excluding", "except", "apart", "other", "not" -> DAY_WORD; // "excluding weekends" too
                default -> CONNECTOR_WORD;
            };
        }
        if (word.equals("at")) {
            String next = prefix(word(s, Math.min(s.length(), i + 3)));
            return next.equals("nig") || next.equals("all") ? MASTER : null; // "at night", "at all times"
        }
        String p = prefix(word);
        if (!STARTERS.contains(p)) {
            return null;
        }
        return switch (p) {
            case "mon", "tue", "wed", "thu", "fri", "sat", "sun", "wee", "exc", "not" -> DAY_WORD;
            default -> MASTER;
        };
    }

    private static String word(String s, int i) {
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(i, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static String prefix(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }
}
