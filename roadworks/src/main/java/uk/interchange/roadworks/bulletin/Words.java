package uk.interchange.roadworks.bulletin;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import uk.interchange.roadworks.model.Road;

/** The vocabulary bulletins share: road numbers, months, weekdays, counts in words. */
final class Words {
    /** A road number: M3, A3(M), A34, B4000, M25 (the grammar is {@link Road}'s). */
    static final String ROAD = Road.REGEX;

    static final Pattern ROAD_REF = Pattern.compile("\\b" + ROAD + "(?![\\w(])");

    /**
     * Month names and their short forms, written as a tree ("jan(?:uary)?") rather than a list: a pattern tries a list
     * one name at a time at every place it looks, and these names are in most of the reader's patterns. Lower case:
     * every pattern that uses it matches case-insensitively or on lower-cased text.
     */
    static final String MONTH_NAMES = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /** Weekday names and their short forms, as a tree; see {@link #MONTH_NAMES}. */
    static final String WEEKDAY_NAMES = "(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
            + "|fri(?:day)?|sat(?:urday)?|sun(?:day)?)";

    /** A street named rather than numbered, at the start of a heading or sentence: "High Street", "Stone Road". */
    static final Pattern NAMED_ROAD_START = Pattern.compile(
            "^(?:The\\s+)?((?:[A-Z][a-z']+\\s+){1,3}(?:Road|Street|Lane|Way"
                    + "|Avenue|Drive|Hill|Bypass|By-pass|Parade|Place|Crescent|Terrace|Row|Gardens|Close|Boulevard))\\b");

    /** A paragraph that goes on a sentence broken before its month ("March on the southbound carriageway"). */
    static final Pattern MONTH_START = Pattern.compile(
            "^(?:January|February|March|April|May|June|July|August|September" + "|October|November|December)\\b");

    static final String COUNT_WORDS =
            "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                    + "sixteen|seventeen|eighteen|nineteen|twenty|a|an|a single)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("a single", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20));

    private static final String[] NUMBER_WORDS = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
    };

    private Words() {}

    static OptionalInt count(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        Integer n = NUMBERS.get(w);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** A count as the house style writes it: words up to twelve, figures after. */
    static String countWord(int n) {
        return n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : Integer.toString(n);
    }

    /** The first road number in {@code s} ("M3", "A3(M)"), found by a plain scan: this runs on every clause. */
    static java.util.Optional<String> firstRoad(String s) {
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = s.charAt(i);
            if ((c == 'M' || c == 'A' || c == 'B')
                    && Character.isDigit(s.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                int j = i + 1;
                while (j < n && j - i <= 4 && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j - i > 5 || j < n && Character.isLetterOrDigit(s.charAt(j))) {
                    continue;
                }
                if (s.startsWith("(M)", j)) {
                    if (j + 3 < n && Character.isLetterOrDigit(s.charAt(j + 3))) {
                        continue;
                    }
                    j += 3;
                } else if (j < n && s.charAt(j) == '(') {
                    continue;
                }
                return java.util.Optional.of(s.substring(i, j));
            }
        }
        return java.util.Optional.empty();
    }

    static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    static DayOfWeek weekday(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + name);
    }

    static String weekdayName(DayOfWeek d) {
        String n = d.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    static String monthName(Month m) {
        String n = m.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** "M3", "A3(M)", "B4000" in their usual case. */
    static String road(String raw) {
        return Road.key(raw.trim());
    }
}
