package uk.interchange.roadworks.bulletin;

import static uk.interchange.roadworks.bulletin.TimePhrases.DATE_FULL;
import static uk.interchange.roadworks.bulletin.TimePhrases.MON;
import static uk.interchange.roadworks.bulletin.TimePhrases.ORD;
import static uk.interchange.roadworks.bulletin.TimePhrases.WD;

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
    private static final Pattern TIME = Pattern.compile("(?i)" + Clock.TIME);
    private static final Pattern DAY_AFTER = Pattern.compile("(?i)\\b(?:following|next)\\s+(?:morning|day)\\b");
    private static final Pattern HHMM = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern ONE_DATE = Pattern.compile("(?i)(?<full>" + DATE_FULL + ")|(?<wd>" + WD + ")");
    private static final Pattern PARTIAL_DAY =
            Pattern.compile("(?i)(" + WD + ")\\s+(\\d{1,2})" + ORD + "(?!\\s*(?:of\\s+)?(?:" + MON + "))");
    private static final Pattern NUMERIC_PARTS = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern FULL_PARTS = Pattern.compile("(?i)(?:(" + WD
            + ")(?:,?\\s+|(?:\\s+(?:night|evening|morning))?\\s*\\(\\s*))?(?:the\\s+)?(\\d{1,2})" + ORD
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
            if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && !WordStarts.isTimeSeparator(s, i)) {
                Pattern p = WordStarts.patternAt(low, i);
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
        if (out.stream().noneMatch(WhenToken.Window.class::isInstance) && low.contains("open")) {
            reopening(s, low).ifPresent(w -> {
                out.add(w);
                out.sort(java.util.Comparator.comparingInt(WhenToken::start));
            });
        }
        return out;
    }

    /** "will close each evening at 8pm and reopen at 6am": a window written as a closing and a reopening time. */
    private static final Pattern REOPENING = Pattern.compile("\\bat\\s+(" + TimePhrases.T
            + ")\\s*,?\\s+and\\s+(?:will\\s+)?re-?opens?\\s+at\\s+(" + TimePhrases.T + ")");

    private static Optional<WhenToken.Window> reopening(String s, String low) {
        Matcher m = REOPENING.matcher(low);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<LocalTime> from = Clock.parse(s.substring(m.start(1), m.end(1)));
        Optional<LocalTime> to = Clock.parse(s.substring(m.start(2), m.end(2)));
        return from.isPresent() && to.isPresent()
                ? Optional.of(new WhenToken.Window(m.start(), m.end(), from.get(), to.get()))
                : Optional.empty();
    }

    /** Lower case, char by char, so that every position still points at the same character. */
    static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int k = 0; k < c.length; k++) {
            c[k] = Character.toLowerCase(c[k]);
        }
        return new String(c);
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
        if (w.endsWith("from") || w.startsWith("starting") || w.startsWith("commencing") || w.startsWith("beginning")) {
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
        if (w.equals("every") || w.equals("each")) {
            return Prep.EVERY;
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
        Matcher pd = PARTIAL_DAY.matcher(stripTimes(text));
        if (dates.size() == 2
                && dates.get(0) instanceof DateRef.Weekday
                && dates.get(1) instanceof DateRef.Full to
                && pd.find()) {
            // "Saturday 18th until ... Sunday 19th January": the first day takes the last date's month
            int day = Integer.parseInt(pd.group(2));
            boolean monthBefore = day > to.day();
            java.time.Month month = monthBefore ? to.month().minus(1) : to.month();
            Optional<Integer> year = monthBefore && month == java.time.Month.DECEMBER
                    ? to.year().map(y -> y - 1) // "Sunday 31st until ... Monday 1st January 2018"
                    : to.year();
            dates.set(0, new DateRef.Full(day, month, year, Optional.of(Words.weekday(pd.group(1)))));
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
