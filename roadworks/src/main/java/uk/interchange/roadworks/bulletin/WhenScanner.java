package uk.interchange.roadworks.bulletin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interchange.roadworks.bulletin.WhenToken.DateRef;
import uk.interchange.roadworks.bulletin.WhenToken.Prep;
import uk.interchange.roadworks.bulletin.WhenToken.Unit;

/** Finds the time phrases of a sentence, left to right, each once. */
final class WhenScanner {
    private static final String T = Clock.TIME.replaceAll("\\((?!\\?)", "(?:");
    private static final String WD = Words.WEEKDAY_NAMES;
    private static final String MON = Words.MONTH_NAMES;
    private static final String ORD = "(?:st|nd|rd|th)?";
    /** "08/07/2019", "8/7/19": day first, as in Britain. */
    private static final String DATE_NUMERIC = "\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?![\\d/])";

    private static final String DATE_FULL = DATE_NUMERIC + "|"
            + "(?:(?:" + WD + "),?\\s+)?(?:the\\s+)?\\d{1,2}" + ORD + "(?:\\s+of)?\\s+" + MON + "(?:,?\\s+\\d{4})?"
            + "|(?:(?:" + WD + "),?\\s+)?" + MON + "\\s+\\d{1,2}" + ORD + "(?![\\d:.])(?:,?\\s+\\d{4})?";
    private static final String DATE_PARTIAL = "(?:(?:" + WD + ")\\s+)?\\d{1,2}" + ORD
            + "(?=(?:\\s*(?:,|and|&|to|-|\u2013|/)\\s*(?:(?:" + WD + ")\\s+)?\\d{1,2}" + ORD + ")+\\s+" + MON
            + ")";
    private static final String WEEKDAY_ALONE =
            "(?:" + WD + ")(?:\\s+(?:night|evening|morning))?(?!\\s+(?:the\\s+)?\\d|\\s+(?:to|-|\u2013)\\s+" + WD + ")";
    private static final String REL = "today|tonight|tomorrow(?:\\s+night)?";
    private static final String DATE = "(?:" + DATE_FULL + "|" + DATE_PARTIAL + "|" + WEEKDAY_ALONE + "|" + REL + ")";
    private static final String DAY_OR_DATE = "(?:" + DATE_FULL + "|" + WEEKDAY_ALONE + ")";

    private static final String DATE_FULL_ONLY = "(?:" + DATE_FULL + ")";
    private static final String SPAN_ALT = "(?<span>(?:from|between)\\s+" + T + "\\s*(?:on\\s+)?" + DAY_OR_DATE
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
    private static final String WINDOW_ALT = "(?<window>(?:between|from)\\s+" + T
            // "from 8pm each evening until 6am the following morning"
            + "\\s+(?:each|every)\\s+(?:evening|night|day)\\s*,?\\s*(?:until|till|to)\\s+" + T
            + "(?:\\s+(?:the\\s+)?(?:following|next)\\s+(?:morning|day))?"
            + "|(?:between|from)\\s+" + T
            + "\\s*(?:and|to|until|till|&|-|\u2013)\\s*" + T
            + "|(?:working\\s+)?hours\\s+of\\s+" + T + "\\s*(?:and|to|until|-|\u2013)\\s*" + T
            + "|\\b" + T + "\\s*(?:-|\u2013|to|until|till)\\s*" + T
            + "|\\b\\d{4}\\s*(?:-|\u2013|to)\\s*\\d{4}\\s*(?:hrs|hours|h)\\b"
            + "|\\b\\d{4}\\s*(?:hrs|hours|h)\\s*(?:-|\u2013|to|until)\\s*\\d{4}\\s*(?:hrs|hours|h)?\\b)";
    private static final String ALLDAY_ALT =
            "(?<allday>24/7|24\\s*x\\s*7|24\\s+hours\\s+a\\s+day|24\\s+hours|24hrs|24-hour|(?:a)?round\\s+the\\s+clock)";
    private static final String DAYTIME_ALT = "(?<daytime>day-?\\s?time(?:\\s+hours)?|during\\s+the\\s+day)";
    private static final String OVERNIGHT_ALT =
            "(?<overnight>overnight|nightly|night-?time|each\\s+night|every\\s+night|on\\s+each\\s+night)";
    private static final String VAGUE_ALT = "(?<vague>until\\s+" + Vague.PHRASE + ")";
    private static final String DAYS_ALT = "(?<days>\\(?\\s*(?:" + WD + ")(?:\\s+to\\s+|\\s*[-\u2013]\\s*)(?:" + WD
            + ")(?:\\s+(?:nights?|evenings?))?(?:\\s+only)?\\s*\\)?(?!\\s*\\d)"
            + "|\\(?\\s*(?:weeknights?|week\\s+nights?|weekdays?|(?:excluding|except|not\\s+(?:at|on))\\s+weekends"
            + "|weekends?\\s+only)(?:\\s+only)?\\s*\\)?)";
    private static final String COUNT_ALT = "(?<count>(?:for\\s+(?:a\\s+further\\s+|another\\s+|the\\s+next\\s+"
            + "|up\\s+to\\s+)?(?<n>" + Words.COUNT_WORDS + ")|(?<n2>\\d{1,3}))\\s+(?:consecutive\\s+|more\\s+)?"
            + "(?<unit>nights?|evenings?|days?|weeks?|weekends?)\\b)";
    private static final String DATE_ALT =
            "(?<date>(?:(?<prep>from|until|till|to|on|starting|commencing|beginning|and|&"
                    + "|then\\s+again\\s+from|then\\s+again\\s+on|then\\s+from|again\\s+from|again\\s+on|and\\s+on|and\\s+from"
                    + "|by|before|between|ending(?:\\s+on)?|finishing(?:\\s+on)?|ends(?:\\s+on)?"
                    + "|up\\s+to(?:\\s+and\\s+including)?|excluding|except(?:\\s+on)?|apart\\s+from|other\\s+than|not\\s+on)\\s+"
                    + "|(?<dash>[-\u2013])\\s*)?(?<d>" + DATE + "))(?![\\w])";

    /**
     * All the time phrases, in the order they are tried. They are matched against a lower-cased copy of the sentence
     * (same length, same positions): case-sensitive matching of lower-case words is much faster than
     * case-insensitive matching. The smaller patterns below hold only the phrases that can start with a given kind of
     * word, so that most attempts try a few alternatives rather than all of them.
     */
    private static final Pattern MASTER = lowerCase(String.join(
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

    private static final Pattern FROM_WORD = lowerCase(String.join("|", SPAN_ALT, WINDOW_ALT, DATE_ALT));
    private static final Pattern DIGIT =
            lowerCase(String.join("|", SPAN_ALT, WINDOW_ALT, ALLDAY_ALT, DATE_ALT, COUNT_ALT));
    private static final Pattern UNTIL_WORD = lowerCase(String.join("|", VAGUE_ALT, DATE_ALT));
    private static final Pattern FOR_WORD = lowerCase(COUNT_ALT);
    private static final Pattern DAY_WORD = lowerCase(String.join("|", SPAN_ALT, DAYS_ALT, DATE_ALT));
    private static final Pattern CONNECTOR_WORD = lowerCase(DATE_ALT);

    private static final Pattern TIME = Pattern.compile("(?i)" + Clock.TIME);
    private static final Pattern DAY_AFTER = Pattern.compile("(?i)\\b(?:following|next)\\s+(?:morning|day)\\b");
    private static final Pattern HHMM = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern ONE_DATE = Pattern.compile("(?i)(?<full>" + DATE_FULL + ")|(?<wd>" + WD + ")");
    private static final Pattern NUMERIC_PARTS = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern FULL_PARTS = Pattern.compile("(?i)(?:(" + WD + "),?\\s+)?(?:the\\s+)?(\\d{1,2})" + ORD
            + "(?:\\s+of)?\\s+(" + MON + ")(?:,?\\s+(\\d{4}))?" + "|(?:(" + WD + "),?\\s+)?(" + MON + ")\\s+(\\d{1,2})"
            + ORD
            + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern PARTIAL_PARTS = Pattern.compile("(?i)(?:(" + WD + ")\\s+)?(\\d{1,2})");
    private static final Pattern DAY_RANGE =
            Pattern.compile("(?i)(" + WD + ")(?:\\s+to\\s+|\\s*[-\u2013]\\s*)(" + WD + ")");

    private WhenScanner() {}

    /**
     * Every time phrase starts at the start of a word, and that word is a number or one of a few dozen; trying the
     * (large) pattern only there, rather than at every character, is what makes reading fast.
     */
    static List<WhenToken> scan(String s) {
        List<WhenToken> out = new ArrayList<>();
        String low = lowerSameLength(s);
        java.util.Map<Pattern, Matcher> matchers = new java.util.HashMap<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            // A phrase starts a word; "00" in "20:00" or "30" in "5.30" does not start one.
            if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && !isTimeSeparator(s, i)) {
                Pattern p = patternAt(low, i);
                if (p != null) {
                    Matcher m = matchers.computeIfAbsent(p, q -> q.matcher(low).useTransparentBounds(true));
                    m.region(i, n);
                    if (m.lookingAt() && m.end() > i) {
                        WhenToken t = token(m, s);
                        if (t != null) {
                            out.add(t);
                            i = m.end();
                            continue;
                        }
                    }
                }
            }
            i++;
        }
        return out;
    }

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

    private static boolean isTimeSeparator(String s, int i) {
        char p = s.charAt(i - 1);
        return (p == ':' || p == '.') && i >= 2 && Character.isDigit(s.charAt(i - 2));
    }

    /** The pattern to try at word start {@code i} of the lower-cased sentence, or null when no phrase starts there. */
    private static Pattern patternAt(String s, int i) {
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
            return switch (word) {
                case "from", "between" -> FROM_WORD;
                case "until", "till" -> UNTIL_WORD;
                case "for" -> FOR_WORD;
                case "excluding", "except", "apart", "other", "not" -> DAY_WORD; // "excluding weekends" too
                default -> CONNECTOR_WORD;
            };
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

    private static Pattern lowerCase(String regex) {
        // Only lower-case escapes (\\s, \\d, \\w, \\b) are used above, so lower-casing the source keeps its meaning.
        return Pattern.compile(regex.toLowerCase(java.util.Locale.ROOT));
    }

    /** Lower case, char by char, so that every position still points at the same character. */
    static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int k = 0; k < c.length; k++) {
            c[k] = Character.toLowerCase(c[k]);
        }
        return new String(c);
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

    /** A named group's text, or null when it did not match or the pattern has no such group. */
    private static String group(Matcher m, String name) {
        return GROUP_NAMES
                        .computeIfAbsent(m.pattern(), p -> p.namedGroups().keySet())
                        .contains(name)
                ? m.group(name)
                : null;
    }

    /** Pattern.namedGroups() copies its map on every call; the names never change, so keep them. */
    private static final java.util.Map<Pattern, java.util.Set<String>> GROUP_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The token a match stands for; words kept for people come from {@code original}, not the lower-cased copy. */
    private static WhenToken token(Matcher m, String original) {
        int a = m.start();
        int b = m.end();
        if (group(m, "span") != null) {
            return span(group(m, "span"), a, b);
        }
        if (group(m, "window") != null) {
            return window(group(m, "window"), a, b);
        }
        if (group(m, "allday") != null) {
            return new WhenToken.AllDay(a, b);
        }
        if (group(m, "daytime") != null) {
            return new WhenToken.Daytime(a, b);
        }
        if (group(m, "overnight") != null) {
            return new WhenToken.Overnight(a, b);
        }
        if (group(m, "vague") != null) {
            return new WhenToken.VagueEnd(
                    a,
                    b,
                    original.substring(m.start("vague"), m.end("vague"))
                            .substring("until".length())
                            .strip());
        }
        if (group(m, "days") != null) {
            return new WhenToken.Days(a, b, days(group(m, "days")));
        }
        if (group(m, "count") != null) {
            String count = m.group("n") != null ? m.group("n") : m.group("n2");
            int n = Words.count(count).orElse(1);
            String u = m.group("unit").toLowerCase(Locale.ROOT);
            Unit unit = u.startsWith("week") && !u.startsWith("weekend")
                    ? Unit.WEEKS
                    : u.startsWith("weekend") ? Unit.WEEKENDS : u.startsWith("day") ? Unit.DAYS : Unit.NIGHTS;
            return new WhenToken.Count(a, b, n, unit);
        }
        String d = original.substring(m.start("d"), m.end("d"));
        Prep prep = group(m, "dash") != null ? Prep.UNTIL : prep(group(m, "prep"));
        return new WhenToken.DateWord(a, b, prep, dateRef(d), d);
    }

    private static Prep prep(String p) {
        if (p == null) {
            return Prep.NONE;
        }
        String w = p.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.endsWith("from") || w.equals("starting") || w.equals("commencing") || w.equals("beginning")) {
            return Prep.FROM;
        }
        if (w.equals("until")
                || w.equals("till")
                || w.equals("to")
                || w.equals("by")
                || w.equals("before")
                || w.startsWith("ending")
                || w.startsWith("finishing")
                || w.startsWith("ends")
                || w.startsWith("up to")) {
            return Prep.UNTIL;
        }
        if (w.equals("and") || w.equals("&")) {
            return Prep.AND;
        }
        if (w.equals("between")) {
            return Prep.BETWEEN;
        }
        if (w.startsWith("exclud")
                || w.startsWith("except")
                || w.startsWith("apart")
                || w.startsWith("other")
                || w.startsWith("not")) {
            return Prep.EXCEPT;
        }
        return Prep.ON;
    }

    private static WhenToken window(String text, int a, int b) {
        List<LocalTime> times = times(text);
        if (times.size() < 2) {
            Matcher hh = HHMM.matcher(text);
            List<LocalTime> t24 = new ArrayList<>();
            while (hh.find()) {
                int h = Integer.parseInt(hh.group(1));
                int min = Integer.parseInt(hh.group(2));
                if (h <= 24 && min < 60) {
                    t24.add(h == 24 ? LocalTime.MIDNIGHT : LocalTime.of(h, min));
                }
            }
            times = t24;
        }
        return times.size() < 2 ? null : new WhenToken.Window(a, b, times.get(0), times.get(1));
    }

    private static WhenToken span(String text, int a, int b) {
        List<LocalTime> times = times(text);
        List<DateRef> dates = new ArrayList<>();
        Matcher dm = ONE_DATE.matcher(stripTimes(text));
        while (dm.find()) {
            dates.add(dateRef(dm.group()));
        }
        if (dates.size() == 1 && DAY_AFTER.matcher(text).find()) {
            dates.add(new DateRef.DayAfter()); // "until 6am the following morning"
        }
        if (times.size() < 2 || dates.size() < 2) {
            return null;
        }
        return new WhenToken.SpanPhrase(a, b, times.get(0), dates.get(0), times.get(1), dates.get(1));
    }

    private static String stripTimes(String s) {
        return TIME.matcher(s).replaceAll(r -> " ".repeat(r.group().length()));
    }

    private static List<LocalTime> times(String text) {
        List<LocalTime> out = new ArrayList<>();
        Matcher tm = TIME.matcher(text);
        while (tm.find()) {
            Clock.fromGroups(tm, 1).ifPresent(out::add);
        }
        return out;
    }

    static DateRef dateRef(String d) {
        String low = d.toLowerCase(Locale.ROOT).strip();
        Matcher numeric = NUMERIC_PARTS.matcher(low);
        if (numeric.matches()) {
            int month = Integer.parseInt(numeric.group(2));
            int year = Integer.parseInt(numeric.group(3));
            return new DateRef.Full(
                    Integer.parseInt(numeric.group(1)),
                    java.time.Month.of(Math.max(1, Math.min(12, month))),
                    Optional.of(year < 100 ? 2000 + year : year),
                    Optional.empty());
        }
        if (low.startsWith("today") || low.startsWith("tonight")) {
            return new DateRef.Relative(0);
        }
        if (low.startsWith("tomorrow")) {
            return new DateRef.Relative(1);
        }
        Matcher f = FULL_PARTS.matcher(d);
        if (f.find() && (f.group(2) != null || f.group(7) != null)) {
            boolean dayFirst = f.group(2) != null;
            String wd = dayFirst ? f.group(1) : f.group(5);
            int day = Integer.parseInt(dayFirst ? f.group(2) : f.group(7));
            String mon = dayFirst ? f.group(3) : f.group(6);
            String yr = dayFirst ? f.group(4) : f.group(8);
            return new DateRef.Full(
                    day,
                    Words.month(mon),
                    Optional.ofNullable(yr).map(Integer::parseInt),
                    Optional.ofNullable(wd).map(Words::weekday));
        }
        Matcher p = PARTIAL_PARTS.matcher(d);
        if (p.find() && p.group(2) != null) {
            return new DateRef.Partial(
                    Integer.parseInt(p.group(2)),
                    Optional.ofNullable(p.group(1)).map(Words::weekday));
        }
        return new DateRef.Weekday(Words.weekday(d.strip().split("\\s+")[0]));
    }

    private static Set<DayOfWeek> days(String text) {
        String low = text.toLowerCase(Locale.ROOT);
        Matcher r = DAY_RANGE.matcher(text);
        if (r.find()) {
            DayOfWeek from = Words.weekday(r.group(1));
            DayOfWeek to = Words.weekday(r.group(2));
            Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                out.add(d);
                if (d == to) {
                    break;
                }
            }
            return out;
        }
        if (low.contains("weekends only") || low.contains("weekend only")) {
            return EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        if (low.contains("weeknight") || low.contains("week night")) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }
}
