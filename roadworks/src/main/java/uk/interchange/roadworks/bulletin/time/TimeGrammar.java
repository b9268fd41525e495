package uk.interchange.roadworks.bulletin.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Clock;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Count;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Counted;
import uk.interchange.roadworks.bulletin.time.TimeExpr.CountedRange;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Day;
import uk.interchange.roadworks.bulletin.time.TimeExpr.DayAfter;
import uk.interchange.roadworks.bulletin.time.TimeExpr.DayRange;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Except;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Hours;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Moment;
import uk.interchange.roadworks.bulletin.time.TimeExpr.MomentRange;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Night;
import uk.interchange.roadworks.bulletin.time.TimeExpr.OpenStretch;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Unit;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Weekdays;
import uk.interchange.roadworks.bulletin.time.TimeExpr.Windows;
import uk.interchange.roadworks.bulletin.token.Token;
import uk.interchange.roadworks.bulletin.token.TokenKind;

/**
 * A compositional grammar of time phrases over tokens, in the manner of Duckling: small typed rules (a day, a range
 * of days, hours, a moment, a stretch between moments, a count, a filter of weekdays) each building a
 * {@link TimeExpr} from the items next to each other in a chart. Every partial parse stays in the chart; the reading
 * is the widest cover, longest items first. The rules are applied in layers (days, then what is built of days and
 * clock times, then what is built of those), each layer one pass over the positions, so the time is in proportion
 * to the number of tokens.
 */
public final class TimeGrammar {
    /** An item of the chart: tokens {@code from} (inclusive) to {@code to} (exclusive), and what they mean. */
    public record Item(int from, int to, TimeExpr value) {
        int width() {
            return to - from;
        }
    }

    private final List<Token> tokens;
    private final CharSequence text;
    /** The chart: for each position, the items that start there, by their type (made when first needed). */
    private final Map<Class<?>, List<Item>>[] chart;

    @SuppressWarnings("unchecked")
    private TimeGrammar(List<Token> tokens, CharSequence text) {
        this.tokens = tokens;
        this.text = text;
        this.chart = new Map[tokens.size() + 1];
    }

    /** Whether any token could start or be part of a time phrase; most sentences have none and need no chart. */
    private static boolean anyTime(List<Token> tokens) {
        for (Token t : tokens) {
            switch (t.kind()) {
                case TIME, DATE, WEEKDAY, MONTH, NUMBER, ORDINAL, PART_OF_DAY, RELATIVE -> {
                    return true;
                }
                default -> {}
            }
        }
        return false;
    }

    /** The time phrases of a sentence's tokens: the widest items that do not overlap, in the order of the text. */
    public static List<Item> parse(List<Token> tokens) {
        return parse(tokens, null);
    }

    /** The same, with the text the tokens were read from, which tells "2000-0600hrs" from "2021 to 8pm". */
    public static List<Item> parse(List<Token> tokens, CharSequence text) {
        if (!anyTime(tokens)) {
            return List.of();
        }
        TimeGrammar g = new TimeGrammar(tokens, text);
        g.leaves();
        g.days();
        g.built();
        g.stretches();
        g.windows();
        return g.widestCover();
    }

    private List<Item> all() {
        List<Item> out = new ArrayList<>();
        for (Map<Class<?>, List<Item>> cell : chart) {
            if (cell != null) {
                cell.values().forEach(out::addAll);
            }
        }
        return out;
    }

    private void add(int from, int to, TimeExpr value) {
        Item item = new Item(from, to, value);
        if (chart[from] == null) {
            chart[from] = new LinkedHashMap<>(4); // in the order items were made, so ties fall the same way every run
        }
        List<Item> cell = chart[from].computeIfAbsent(value.getClass(), k -> new ArrayList<>(2));
        if (!cell.contains(item)) {
            cell.add(item);
        }
    }

    /** The items of one type that start at {@code i}: a copy, so that rules may add to the chart while they read. */
    private List<Item> at(int i, Class<? extends TimeExpr> type) {
        if (i >= tokens.size() || chart[i] == null) {
            return List.of();
        }
        List<Item> cell = chart[i].get(type);
        return cell == null ? List.of() : List.copyOf(cell);
    }

    private boolean is(int i, TokenKind kind) {
        return i < tokens.size() && tokens.get(i).kind() == kind;
    }

    private boolean is(int i, TokenKind kind, String value) {
        return i < tokens.size() && tokens.get(i).is(kind, value);
    }

    private boolean isWord(int i, String word) {
        return i < tokens.size()
                && tokens.get(i).kind() == TokenKind.WORD
                && tokens.get(i).value().equalsIgnoreCase(word);
    }

    /** Where the next item may start, after a comma or "the" that may stand between parts. */
    private int skip(int i) {
        while (i < tokens.size() && (is(i, TokenKind.PUNCT, ",") || isWord(i, "the"))) {
            i++;
        }
        return i;
    }

    /** One token each: clock times, days in digits, weekdays, day numbers, nights, "the following morning". */
    private void leaves() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case TIME -> add(i, i + 1, new Clock(LocalTime.parse(t.value())));
                case DATE -> add(i, i + 1, dateToken(t.value()));
                case WEEKDAY -> add(i, i + 1, weekday(DayOfWeek.valueOf(t.value())));
                case NUMBER, ORDINAL -> {
                    // not the number of a junction or a lane ("junction 24", "lane 2")
                    boolean counted =
                            i > 0 && (is(i - 1, TokenKind.JUNCTION_WORD) || is(i - 1, TokenKind.CARRIAGEWAY, "LANE"));
                    if (!counted && t.value().length() <= 2 && t.number() >= 1 && t.number() <= 31) {
                        add(i, i + 1, dayNumber(t.number()));
                    }
                }
                case PART_OF_DAY -> {
                    if (t.value().equals("NIGHT")) {
                        add(i, i + 1, new Night());
                    } else if (t.value().equals("WEEKNIGHT")) {
                        add(i, i + 1, new Weekdays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
                    }
                }
                case RELATIVE -> {
                    switch (t.value()) {
                        case "DAY_AFTER" -> add(i, i + 1, new DayAfter());
                        case "TODAY", "TONIGHT" -> add(i, i + 1, Day.afterPublished(0));
                        case "TOMORROW" -> add(i, i + 1, Day.afterPublished(1));
                        default -> {}
                    }
                }
                default -> {}
            }
        }
    }

    /** Days of several tokens: "20 March", "20th of March", "March 20", "20 March 2023", "Monday 20 March". */
    private void days() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            // day number and month, either way round, then perhaps a year
            if (is(i, TokenKind.MONTH)) {
                Month m = Month.valueOf(tokens.get(i).value());
                for (Item d : at(skip(i + 1), Day.class)) {
                    Day day = (Day) d.value();
                    if (day.day().isPresent()
                            && day.month().isEmpty()
                            && day.weekday().isEmpty()) {
                        withYear(i, d.to(), new Day(day.day(), Optional.of(m), OptionalInt.empty(), Optional.empty()));
                    }
                }
            }
            for (Item d : List.copyOf(at(i, Day.class))) {
                Day day = (Day) d.value();
                int j = is(d.to(), TokenKind.CONNECTOR, "OF") ? d.to() + 1 : d.to();
                if (day.day().isPresent()
                        && day.month().isEmpty()
                        && day.weekday().isEmpty()
                        && is(j, TokenKind.MONTH)) {
                    Month m = Month.valueOf(tokens.get(j).value());
                    withYear(i, j + 1, new Day(day.day(), Optional.of(m), OptionalInt.empty(), Optional.empty()));
                }
            }
            // a weekday before a day: "Monday 20 March", "Mon, 20/03", "Tuesday the 21st"
            if (is(i, TokenKind.WEEKDAY)) {
                DayOfWeek wd = DayOfWeek.valueOf(tokens.get(i).value());
                for (Item d : at(skip(i + 1), Day.class)) {
                    Day day = (Day) d.value();
                    if (day.day().isPresent() && day.weekday().isEmpty()) {
                        add(i, d.to(), new Day(day.day(), day.month(), day.year(), Optional.of(wd)));
                    }
                }
            }
        }
    }

    private void withYear(int from, int to, Day day) {
        add(from, to, day);
        int y = skip(to);
        // "2000" before "-0600hrs" is a time, not a year
        boolean time = isRangeWord(y + 1, false) && is(y + 2, TokenKind.TIME) && fourDigits(y + 2);
        if (is(y, TokenKind.NUMBER) && tokens.get(y).value().length() == 4 && !time) {
            int year = tokens.get(y).number();
            if (year >= 1990 && year <= 2100) {
                add(from, y + 1, new Day(day.day(), day.month(), OptionalInt.of(year), day.weekday()));
            }
        }
    }

    /** Hours, moments, ranges of days, counts and filters: what is built of days and clock times. */
    private void built() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            hours(i);
            moments(i);
            dayRanges(i);
            count(i);
            weekdays(i);
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            countedDays(i);
            except(i);
        }
    }

    /**
     * A time written in four digits ("0600hrs"), as the second of "2000-0600hrs" is; without the text, a time after
     * a dash is taken to be one.
     */
    private boolean fourDigits(int i) {
        Token t = tokens.get(i);
        if (text == null) {
            return is(i - 1, TokenKind.DASH);
        }
        return t.end() - t.start() >= 4 && Character.isDigit(text.charAt(t.start() + 3));
    }

    private boolean isRangeWord(int i, boolean between) {
        return is(i, TokenKind.DASH)
                || is(i, TokenKind.CONNECTOR, "TO")
                || is(i, TokenKind.CONNECTOR, "UNTIL")
                || (between && is(i, TokenKind.CONNECTOR, "AND"));
    }

    /** "8pm to 6am", "between 8pm and 5.30am", "2000-0600hrs", "8pm until 6am the following morning". */
    private void hours(int i) {
        // "between 8pm and 6am", "during the hours of 10pm and 6am"
        boolean hoursOf = is(i, TokenKind.UNIT, "HOUR") && is(i + 1, TokenKind.CONNECTOR, "OF");
        boolean between = is(i, TokenKind.CONNECTOR, "BETWEEN") || hoursOf;
        boolean from = is(i, TokenKind.CONNECTOR, "FROM");
        int s = hoursOf ? i + 2 : between || from ? i + 1 : i;
        for (Item a : at(s, Clock.class)) {
            int sep = a.to();
            // "from 8pm and 6am", as written sometimes, is "from 8pm to 6am"
            if (isRangeWord(sep, between || from)) {
                for (Item b : at(sep + 1, Clock.class)) {
                    int end = is(b.to(), TokenKind.RELATIVE, "DAY_AFTER") ? b.to() + 1 : b.to();
                    add(i, end, new Hours(((Clock) a.value()).time(), ((Clock) b.value()).time()));
                }
            }
        }
        // "2000-0600hrs", "0500 until 1800 hrs": the first time in four digits, its unit given once, after the second
        Token t = i < tokens.size() ? tokens.get(i) : null;
        if (t != null && t.kind() == TokenKind.NUMBER && t.end() - t.start() == 4 && isRangeWord(i + 1, false)) {
            int v = t.number();
            if (v / 100 <= 24 && v % 100 <= 59) {
                for (Item b : at(i + 2, Clock.class)) {
                    add(i, b.to(), new Hours(LocalTime.of(v / 100 % 24, v % 100), ((Clock) b.value()).time()));
                }
            }
        }
    }

    /** "10pm Mon 20/03", "8pm on Friday 24 March", "Friday 24 March at 8pm", "6am the following morning". */
    private void moments(int i) {
        for (Item c : at(i, Clock.class)) {
            int d = is(c.to(), TokenKind.CONNECTOR, "ON") ? c.to() + 1 : skip(c.to());
            for (Item day : at(d, Day.class)) {
                add(i, day.to(), new Moment(day.value(), ((Clock) c.value()).time()));
            }
            for (Item day : at(d, DayAfter.class)) {
                add(i, day.to(), new Moment(day.value(), ((Clock) c.value()).time()));
            }
        }
        for (Item day : at(i, Day.class)) {
            // "Friday 24 March at 8pm", "February 17, at 8pm"
            int c = skip(day.to());
            c = is(c, TokenKind.CONNECTOR, "AT") || is(c, TokenKind.CONNECTOR, "FROM") ? c + 1 : c;
            for (Item clock : at(c, Clock.class)) {
                add(i, clock.to(), new Moment(day.value(), ((Clock) clock.value()).time()));
            }
        }
    }

    /** "20-23 March", "from 20 to 23 March", "20th-23rd March", "Mon 20 - Thu 23 March", "Monday to Friday". */
    private void dayRanges(int i) {
        boolean between = is(i, TokenKind.CONNECTOR, "BETWEEN");
        int s = between || is(i, TokenKind.CONNECTOR, "FROM") ? i + 1 : i;
        for (Item a : at(s, Day.class)) {
            if (!isRangeWord(a.to(), between)) {
                continue;
            }
            Day from = (Day) a.value();
            for (Item b : at(a.to() + 1, Day.class)) {
                Day to = (Day) b.value();
                boolean dated = from.isDated() && to.isDated();
                boolean weekdays = from.day().isEmpty()
                        && to.day().isEmpty()
                        && to.afterPublished().isEmpty();
                if (dated || weekdays) {
                    add(i, b.to(), new DayRange(from.filledFrom(to), to.filledFrom(from)));
                }
            }
        }
    }

    /** "for four nights", "for 2 weeks", "for three days", "(two nights)". */
    private void count(int i) {
        boolean bracket = is(i, TokenKind.PUNCT, "(");
        // "for a further two nights", "for another three nights"
        int k = is(i + 1, TokenKind.CONNECTOR, "AGAIN") ? i + 2 : i + 1;
        if (!(is(i, TokenKind.CONNECTOR, "FOR") || bracket) || !is(k, TokenKind.NUMBER)) {
            return;
        }
        int n = tokens.get(k).number();
        Unit unit = null;
        if (is(k + 1, TokenKind.PART_OF_DAY, "NIGHT") || is(k + 1, TokenKind.PART_OF_DAY, "WEEKNIGHT")) {
            unit = Unit.NIGHTS;
        } else if (is(k + 1, TokenKind.PART_OF_DAY, "DAY")) {
            unit = Unit.DAYS;
        } else if (is(k + 1, TokenKind.UNIT, "WEEK")) {
            unit = Unit.WEEKS;
        }
        if (unit != null && n >= 1 && n <= 366) {
            int end = bracket && is(k + 2, TokenKind.PUNCT, ")") ? k + 3 : k + 2;
            if (!bracket || end == k + 3) {
                add(i, end, new Count(n, unit));
            }
        }
    }

    /** "except on Friday, July 15 and Saturday, July 16", "excluding Wednesday 11 March", "except Sundays". */
    private void except(int i) {
        if (!is(i, TokenKind.CONNECTOR, "EXCEPT")) {
            return;
        }
        int j = is(i + 1, TokenKind.CONNECTOR, "ON") || is(i + 1, TokenKind.CONNECTOR, "FOR") ? i + 2 : i + 1;
        List<Day> days = new ArrayList<>();
        int end = -1;
        while (true) {
            List<Item> here = at(j, Day.class);
            if (here.isEmpty()) {
                break;
            }
            Item widest =
                    here.stream().max(Comparator.comparingInt(Item::width)).orElseThrow();
            days.add((Day) widest.value());
            end = widest.to();
            if (is(end, TokenKind.PUNCT, ",") || is(end, TokenKind.CONNECTOR, "AND")) {
                j = is(end + 1, TokenKind.CONNECTOR, "AND") ? end + 2 : end + 1;
            } else {
                break;
            }
        }
        if (!days.isEmpty()) {
            add(i, end, new Except(List.copyOf(days)));
        }
    }

    /** "from Monday 20 March for four nights", "for two nights from Thursday 15 September". */
    private void countedDays(int i) {
        for (Item c : at(i, Count.class)) {
            int j = is(c.to(), TokenKind.CONNECTOR, "FROM") ? c.to() + 1 : c.to();
            for (Item d : at(j, Day.class)) {
                add(i, d.to(), new Counted((Day) d.value(), (Count) c.value()));
            }
        }
        int s = is(i, TokenKind.CONNECTOR, "FROM") || is(i, TokenKind.CONNECTOR, "ON") ? i + 1 : i;
        for (Item d : at(s, Day.class)) {
            for (Item c : at(skip(d.to()), Count.class)) {
                add(i, c.to(), new Counted((Day) d.value(), (Count) c.value()));
            }
        }
        // "Monday 2 to Tuesday 3 (two nights)", "for two nights between Thursday 13 and Saturday 15"
        for (Item r : at(i, DayRange.class)) {
            for (Item c : at(skip(r.to()), Count.class)) {
                add(i, c.to(), new CountedRange((DayRange) r.value(), (Count) c.value()));
            }
        }
        for (Item c : at(i, Count.class)) {
            for (Item r : at(c.to(), DayRange.class)) {
                add(i, r.to(), new CountedRange((DayRange) r.value(), (Count) c.value()));
            }
        }
    }

    /** "(Monday to Friday only)", "Monday to Friday only", "weeknights only". */
    private void weekdays(int i) {
        // "every Tuesday night", "each Sunday": a filter of one weekday
        if (is(i, TokenKind.CONNECTOR, "EACH") && is(i + 1, TokenKind.WEEKDAY)) {
            int end = is(i + 2, TokenKind.PART_OF_DAY, "NIGHT") ? i + 3 : i + 2;
            add(
                    i,
                    end,
                    new Weekdays(EnumSet.of(DayOfWeek.valueOf(tokens.get(i + 1).value()))));
        }
        int s = is(i, TokenKind.PUNCT, "(") ? i + 1 : i;
        for (Item r : at(s, DayRange.class)) {
            DayRange range = (DayRange) r.value();
            if (range.from().day().isPresent() || !is(r.to(), TokenKind.CONNECTOR, "ONLY")) {
                continue;
            }
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            DayOfWeek d = range.from().weekday().orElseThrow();
            DayOfWeek last = range.to().weekday().orElseThrow();
            for (int k = 0; k < 7; k++, d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
            int end = r.to() + 1;
            add(i, s > i && is(end, TokenKind.PUNCT, ")") ? end + 1 : end, new Weekdays(days));
        }
        for (Item w : at(i, Weekdays.class)) {
            if (is(w.to(), TokenKind.CONNECTOR, "ONLY")) {
                add(i, w.to() + 1, w.value());
            }
        }
    }

    /** "from 8pm on Friday 24 March until 6am on Monday 27 March", "10pm Mon 20/03 - 6am Tue 21/03". */
    private void stretches() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int s = is(i, TokenKind.CONNECTOR, "FROM") ? i + 1 : i;
            // "from 8pm until Monday, May 20 at 6am": the start's day is given elsewhere in the sentence
            for (Item c : at(s, Clock.class)) {
                if (!isRangeWord(c.to(), false)) {
                    continue;
                }
                for (Item b : at(c.to() + 1, Moment.class)) {
                    // the day first ("until Monday, May 20 at 6am"); "to 7am on Tuesday" is hours on that day
                    if (((Moment) b.value()).day() instanceof Day && !is(b.from(), TokenKind.TIME)) {
                        add(i, b.to(), new OpenStretch(((Clock) c.value()).time(), (Moment) b.value()));
                    }
                }
            }
            for (Item a : at(s, Moment.class)) {
                // "from February 17, at 8pm, to February 18, at 6am"
                int r = is(a.to(), TokenKind.PUNCT, ",") ? a.to() + 1 : a.to();
                if (!isRangeWord(r, false)) {
                    continue;
                }
                for (Item b : at(r + 1, Moment.class)) {
                    add(i, b.to(), new MomentRange((Moment) a.value(), (Moment) b.value()));
                }
            }
        }
    }

    /**
     * Hours and days next to each other, either way round, with a count after the days and a filter after all:
     * one item, so that it is wider than any reading that splits it (a moment made of the last day and the first
     * hour, say).
     */
    private void windows() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            for (Item d : days(i)) {
                for (Item c : counted(d.to())) {
                    int after = c == null ? d.to() : c.to();
                    for (Item h : at(skip(after), Hours.class)) {
                        window(i, d, c, h, h.to());
                    }
                }
            }
            for (Item h : at(i, Hours.class)) {
                int j = skip(h.to());
                j = is(j, TokenKind.CONNECTOR, "FROM") || is(j, TokenKind.CONNECTOR, "ON") ? j + 1 : j;
                for (Item d : days(j)) {
                    for (Item c : counted(d.to())) {
                        window(i, d, c, h, c == null ? d.to() : c.to());
                    }
                }
            }
        }
    }

    /** Days that may carry hours: a day or a range of days, after "from" or "on" if either comes first. */
    private List<Item> days(int i) {
        int s = is(i, TokenKind.CONNECTOR, "FROM") || is(i, TokenKind.CONNECTOR, "ON") ? i + 1 : i;
        List<Item> out = new ArrayList<>(at(s, Day.class));
        out.addAll(at(i, DayRange.class));
        out.addAll(at(i, Counted.class));
        out.addAll(at(i, CountedRange.class));
        if (s > i) {
            out.addAll(at(s, DayRange.class));
        }
        return out.stream().map(x -> new Item(i, x.to(), x.value())).toList();
    }

    /** No count (null) and every count that starts at {@code i}. */
    private List<Item> counted(int i) {
        List<Item> out = new ArrayList<>();
        out.add(null);
        out.addAll(at(skip(i), Count.class));
        return out;
    }

    private void window(int from, Item days, Item count, Item hours, int end) {
        Optional<Count> c = count == null ? Optional.empty() : Optional.of((Count) count.value());
        Hours h = (Hours) hours.value();
        add(from, end, new Windows(days.value(), h, c, Optional.empty()));
        for (Item w : at(skip(end), Weekdays.class)) {
            add(from, w.to(), new Windows(days.value(), h, c, Optional.of((Weekdays) w.value())));
        }
    }

    /** The widest items first, each kept unless it overlaps one already kept; then in the order of the text. */
    private List<Item> widestCover() {
        List<Item> all = all();
        all.sort(Comparator.comparingInt(Item::width).reversed().thenComparingInt(Item::from));
        boolean[] taken = new boolean[tokens.size()];
        List<Item> kept = new ArrayList<>();
        for (Item x : all) {
            if (x.value() instanceof Day d
                    && d.month().isEmpty()
                    && d.weekday().isEmpty()
                    && d.afterPublished().isEmpty()) {
                continue; // a bare number is a part of a date, never a date of its own
            }
            boolean free = true;
            for (int k = x.from(); k < x.to() && free; k++) {
                free = !taken[k];
            }
            if (free) {
                for (int k = x.from(); k < x.to(); k++) {
                    taken[k] = true;
                }
                kept.add(x);
            }
        }
        kept.sort(Comparator.comparingInt(Item::from));
        return kept;
    }

    private static Day dateToken(String value) {
        // "--03-20" or "2023-03-20"
        String[] p = value.startsWith("--") ? value.substring(2).split("-") : value.split("-");
        boolean withYear = !value.startsWith("--");
        int month = Integer.parseInt(p[withYear ? 1 : 0]);
        int day = Integer.parseInt(p[withYear ? 2 : 1]);
        return new Day(
                OptionalInt.of(day),
                Optional.of(Month.of(month)),
                withYear ? OptionalInt.of(Integer.parseInt(p[0])) : OptionalInt.empty(),
                Optional.empty());
    }

    private static Day weekday(DayOfWeek d) {
        return new Day(OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.of(d));
    }

    private static Day dayNumber(int n) {
        return new Day(OptionalInt.of(n), Optional.empty(), OptionalInt.empty(), Optional.empty());
    }
}
