package uk.interchange.roadworks.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A numbered road of Great Britain: its class (M, A or B), its number, and whether it is the motorway section of an
 * A road ("A1(M)", "A404(M)"). The one place the project's road-number grammar is written: the reader, the clash
 * check, the store's keys and the pages all parse and key roads here.
 *
 * <p>A road is written with its letter in capitals, no space, and "(M)" for a motorway section: "M6", "A38(M)",
 * "B4100". Read, it may have a space between letter and number, any case, and spaces before the "(M)" ("m 25",
 * "a1 (m)"). A number has one to four digits and no leading zero. A letter or digit straight after it means it is
 * not a road number ("M25a", "A1234567", "B4000x") and nothing is read.
 */
public record Road(char roadClass, int number, boolean motorwaySection) {
    /** The grammar above as a regular expression fragment, for the patterns that still find roads inside text. */
    public static final String REGEX = "(?:M[1-9]\\d{0,3}|A[1-9]\\d{0,3}(?:\\(M\\))?|B[1-9]\\d{0,3})";

    public Road {
        if (roadClass != 'M' && roadClass != 'A' && roadClass != 'B') {
            throw new IllegalArgumentException("a road's class is M, A or B, not " + roadClass);
        }
        if (number < 1 || number > 9999) {
            throw new IllegalArgumentException("a road's number is 1 to 9999, not " + number);
        }
        if (motorwaySection && roadClass != 'A') {
            throw new IllegalArgumentException("only an A road has a motorway section, not " + roadClass + number);
        }
    }

    /** A road read from the start of the text at {@code from}, and where it ends; see {@link #at}. */
    public record Found(Road road, int end) {}

    /** The whole text as a road number, spaces around it allowed; empty when it is anything else. */
    public static Optional<Road> parse(CharSequence text) {
        int from = skipSpaces(text, 0);
        return at(text, from)
                .filter(f -> skipSpaces(text, f.end()) == text.length())
                .map(Found::road);
    }

    /**
     * A road number that starts exactly at {@code from}, read by hand in one pass (no regular expression): the
     * letter, an optional space, the digits, an optional "(M)" with optional spaces before it. Empty when there is
     * none, or when a letter or digit follows it.
     */
    public static Optional<Found> at(CharSequence text, int from) {
        int n = text.length();
        if (from < 0 || from >= n) {
            return Optional.empty();
        }
        char c = Character.toUpperCase(text.charAt(from));
        if (c != 'M' && c != 'A' && c != 'B') {
            return Optional.empty();
        }
        int i = from + 1;
        if (i < n && text.charAt(i) == ' ') {
            i++;
        }
        int digitsFrom = i;
        int number = 0;
        while (i < n && i - digitsFrom < 5 && isDigit(text.charAt(i))) {
            number = number * 10 + (text.charAt(i) - '0');
            i++;
        }
        int digits = i - digitsFrom;
        if (digits == 0 || digits > 4 || text.charAt(digitsFrom) == '0') {
            return Optional.empty();
        }
        boolean section = false;
        int j = skipSpaces(text, i);
        if (c == 'A'
                && j + 2 < n
                && text.charAt(j) == '('
                && Character.toUpperCase(text.charAt(j + 1)) == 'M'
                && text.charAt(j + 2) == ')') {
            section = true;
            i = j + 3;
        }
        if (i < n && Character.isLetterOrDigit(text.charAt(i))) {
            return Optional.empty();
        }
        return Optional.of(new Found(new Road(c, number, section), i));
    }

    /**
     * The key a road is stored and looked up by: a road number in its written form ("m 1" and "M1" are one road),
     * any other name (a street, a tunnel) in capitals without spaces, as it always was.
     */
    public static String key(String name) {
        Objects.requireNonNull(name, "name");
        return parse(name).map(Road::toString).orElseGet(() -> name.replace(" ", "")
                .toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a key (see {@link #key}) can name a road: a number such as "M6", "A38(M)" or "B4100", or a short name
     * of letters, digits, brackets and hyphens. Anything else is refused before it reaches a query.
     */
    public static boolean isKey(String key) {
        if (key.length() < 2 || key.length() > 40) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || isDigit(c) || c == '(' || c == ')' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return roadClass + Integer.toString(number) + (motorwaySection ? "(M)" : "");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpaces(CharSequence text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
