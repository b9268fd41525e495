package uk.interchange.roadworks.bulletin;

import java.util.regex.Pattern;

/**
 * The time phrases of bulletins as patterns: times, dates, windows, spans, counts, day qualifiers and vague ends, and
 * the smaller patterns that hold only the phrases a given kind of word can start ({@link WordStarts} picks one).
 * Every pattern is matched against lower-cased text, so their sources are lower case too.
 */
final class TimePhrases {
    static final String T = Clock.TIME.replaceAll("\\((?!\\?)", "(?:");
    static final String WD = Words.WEEKDAY_NAMES;
    static final String MON = Words.MONTH_NAMES;
    static final String ORD = "(?:st|nd|rd|th)?";
    /** "08/07/2019", "8/7/19": day first, as in Britain. */
    static final String DATE_NUMERIC = "\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?![\\d/])";

    static final String DATE_FULL = DATE_NUMERIC + "|"
            // "Monday night (13 January)": a weekday with its date in brackets
            + "(?:" + WD + ")(?:\\s+(?:night|evening|morning))?\\s*\\(\\s*(?:the\\s+)?\\d{1,2}" + ORD + "\\s+" + MON
            + "(?:,?\\s+\\d{4})?\\s*\\)|"
            + "(?:(?:" + WD + "),?\\s+)?(?:the\\s+)?\\d{1,2}" + ORD + "(?:\\s+of)?\\s+" + MON + "(?:,?\\s+\\d{4})?"
            + "|(?:(?:" + WD + "),?\\s+)?" + MON + "\\s+\\d{1,2}" + ORD + "(?![\\d:.])(?:,?\\s+\\d{4})?";
    static final String DATE_PARTIAL = "(?:(?:" + WD + ")\\s+)?(?:the\\s+)?\\d{1,2}" + ORD
            + "(?=(?:\\s*(?:,|and|&|to|-|\u2013|/)\\s*(?:(?:" + WD + ")\\s+)?(?:the\\s+)?\\d{1,2}" + ORD
            + ")+(?:\\s+of)?\\s+" + MON
            + ")";
    static final String WEEKDAY_ALONE = "(?:" + WD
            + ")s?(?:\\s+(?:night|evening|morning))?(?!\\s+(?:the\\s+)?\\d|\\s+(?:to|-|\u2013)\\s+" + WD + ")";
    static final String REL = "today|tonight|tomorrow(?:\\s+night)?";
    static final String DATE = "(?:" + DATE_FULL + "|" + DATE_PARTIAL + "|" + WEEKDAY_ALONE + "|" + REL + ")";
    static final String DAY_OR_DATE = "(?:" + DATE_FULL + "|" + WEEKDAY_ALONE + ")";

    static final String DATE_FULL_ONLY = "(?:" + DATE_FULL + ")";
    static final String SPAN_ALT = "(?<span>"
            // "from 9pm Saturday 18th until 9am Sunday 19th January": the month written once, at the end
            + "(?:from|between)\\s+" + T + "\\s*(?:on\\s+)?(?:" + WD + ")\\s+\\d{1,2}" + ORD
            + "\\s*,?\\s*(?:until|till|to|and)\\s+" + T + "\\s*(?:on\\s+)?(?:" + DATE_FULL + ")|"
            + "(?:from|between)\\s+" + T + "\\s*(?:on\\s+)?" + DAY_OR_DATE
            + "\\s*,?\\s*(?:until|till|to|and)\\s+" + T + "\\s*(?:(?:on\\s+)?" + DAY_OR_DATE
            + "|(?:on\\s+)?the\\s+(?:following|next)\\s+(?:morning|day))"
            + "|(?:from|between)\\s+" + DAY_OR_DATE + "\\s*,?\\s*(?:at\\s+|from\\s+)?" + T
            + "\\s*,?\\s*(?:until|till|to|and)\\s+" + DAY_OR_DATE + "\\s*,?\\s*(?:at\\s+)?" + T
            // "Sat 19 Nov 07:00 to Sun 20 Nov 19:00", written without "from"
            + "|" + DATE_FULL_ONLY + "\\s*,?\\s*(?:at\\s+)?" + T + "\\s*(?:until|till|to|-|\u2013)\\s*" + DATE_FULL_ONLY
            + "\\s*,?\\s*(?:at\\s+)?" + T
            // "9pm Friday 23 March until 6am Monday 26 March": times first, no "from"
            + "|" + T + "\\s*,?\\s*(?:on\\s+)?" + DAY_OR_DATE + "\\s*,?\\s*(?:until|till|to|-|\u2013)\\s*" + T
            + "\\s*,?\\s*(?:on\\s+)?" + DAY_OR_DATE + ")";
    static final String WINDOW_ALT = "(?<window>(?:between|from)\\s+" + T
            // "from 8pm each evening until 6am the following morning"
            + "\\s+(?:each|every)\\s+(?:evening|night|day)\\s*,?\\s*(?:until|till|to)\\s+" + T
            + "(?:\\s+(?:the\\s+)?(?:following|next)\\s+(?:morning|day))?"
            + "|(?:between|from)\\s+" + T
            + "\\s*(?:and|to|until|till|&|-|\u2013)\\s*" + T
            + "|(?:working\\s+)?hours\\s+of\\s+" + T + "\\s*(?:and|to|until|-|\u2013)\\s*" + T
            + "|\\b" + T + "\\s*(?:-|\u2013|to|until|till)\\s*" + T
            + "|\\b\\d{4}\\s*(?:-|\u2013|to)\\s*\\d{4}\\s*(?:hrs|hours|h)\\b"
            + "|\\b\\d{4}\\s*(?:hrs|hours|h)\\s*(?:-|\u2013|to|until)\\s*\\d{4}\\s*(?:hrs|hours|h)?\\b)";
    static final String ALLDAY_ALT =
            "(?<allday>24/7|24\\s*x\\s*7|24\\s+hours\\s+a\\s+day|24\\s+hours|24hrs|24-hour|(?:a)?round\\s+the\\s+clock|at\\s+all\\s+times)";
    static final String DAYTIME_ALT = "(?<daytime>day-?\\s?time(?:\\s+hours)?|during\\s+the\\s+day)";
    static final String OVERNIGHT_ALT =
            "(?<overnight>overnight|nightly|night-?time|at\\s+night|each\\s+night|every\\s+night|on\\s+each\\s+night)";
    static final String VAGUE_ALT = "(?<vague>until\\s+" + Vague.PHRASE + ")";
    static final String DAYS_ALT = "(?<days>\\(?\\s*(?:" + WD + ")(?:\\s+to\\s+|\\s*[-\u2013]\\s*)(?:" + WD
            + ")(?:\\s+(?:nights?|evenings?))?(?:\\s+only)?\\s*\\)?(?!\\s*\\d)"
            + "|\\(?\\s*(?:weeknights?|week\\s+nights?|weekdays?|(?:excluding|except|not\\s+(?:at|on))\\s+weekends"
            + "|weekends?\\s+only)(?:\\s+only)?\\s*\\)?)";
    static final String COUNT_ALT = "(?<count>(?:for\\s+(?:a\\s+further\\s+|another\\s+|the\\s+next\\s+"
            + "|up\\s+to\\s+)?(?<n>" + Words.COUNT_WORDS + ")|(?<n2>\\d{1,3}))\\s+(?:consecutive\\s+|more\\s+)?"
            + "(?<unit>nights?|evenings?|days?|weeks?|weekends?)\\b)";
    static final String DATE_ALT =
            "(?<date>(?:(?<prep>from|until|till|to|on|(?:starting|commencing|beginning)(?:\\s+on)?|and|&"
                    + "|then\\s+again\\s+from|then\\s+again\\s+on|then\\s+from|again\\s+from|again\\s+on|and\\s+on|and\\s+from"
                    + "|by|before|between|ending(?:\\s+on)?|finishing(?:\\s+on)?|ends(?:\\s+on)?"
                    + "|up\\s+to(?:\\s+and\\s+including)?|every|each|excluding|except(?:\\s+on)?|apart\\s+from|other\\s+than|not\\s+on)\\s+"
                    + "|(?<dash>[-\u2013])\\s*)?(?<d>" + DATE + "))(?![\\w])";

    /**
     * All the time phrases, in the order they are tried. They are matched against a lower-cased copy of the sentence
     * (same length, same positions): case-sensitive matching of lower-case words is much faster than
     * case-insensitive matching. The smaller patterns below hold only the phrases that can start with a given kind of
     * word, so that most attempts try a few alternatives rather than all of them.
     */
    static final Pattern MASTER = lowerCase(String.join(
            "|",
            SPAN_ALT,
            WINDOW_ALT,
            ALLDAY_ALT,
            DAYTIME_ALT,
            OVERNIGHT_ALT,
            VAGUE_ALT,
            DAYS_ALT,
            COUNT_ALT,
            DATE_ALT));

    static final Pattern FROM_WORD = lowerCase(String.join("|", SPAN_ALT, WINDOW_ALT, DATE_ALT));
    static final Pattern DIGIT = lowerCase(String.join("|", SPAN_ALT, WINDOW_ALT, ALLDAY_ALT, DATE_ALT, COUNT_ALT));
    static final Pattern UNTIL_WORD = lowerCase(String.join("|", VAGUE_ALT, DATE_ALT));
    static final Pattern FOR_WORD = lowerCase(COUNT_ALT);
    static final Pattern DAY_WORD = lowerCase(String.join("|", SPAN_ALT, DAYS_ALT, DATE_ALT));
    static final Pattern CONNECTOR_WORD = lowerCase(DATE_ALT);

    private TimePhrases() {}

    private static Pattern lowerCase(String regex) {
        // Only lower-case escapes (\\s, \\d, \\w, \\b) are used above, so lower-casing the source keeps its meaning.
        return Pattern.compile(regex.toLowerCase(java.util.Locale.ROOT));
    }
}
