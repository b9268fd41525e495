package uk.interchange.roadworks.bulletin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import uk.interchange.roadworks.bulletin.WhenToken.Count;
import uk.interchange.roadworks.bulletin.WhenToken.DateRef;
import uk.interchange.roadworks.bulletin.WhenToken.DateWord;
import uk.interchange.roadworks.bulletin.WhenToken.Prep;
import uk.interchange.roadworks.bulletin.WhenToken.Unit;
import uk.interchange.roadworks.model.OpenEnd;
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Schedule;
import uk.interchange.roadworks.model.Span;

/**
 * Reads the time phrases of one sentence into a schedule rule. Each date clause takes the last time window written
 * before it, or failing that the first one after it ("from 9pm to 5am on Monday 6 November for three nights, then
 * from 9pm to 7am on Thursday 9 November"); a day qualifier ("Monday to Friday only") applies to every clause.
 */
final class WhenParser {
    static final LocalTime NIGHT_START = LocalTime.of(20, 0);
    static final LocalTime NIGHT_END = LocalTime.of(6, 0);
    static final LocalTime DAY_START = LocalTime.of(7, 0);
    static final LocalTime DAY_END = LocalTime.of(19, 0);
    private static final int MAX_COUNT = 366;
    /** A clock time anywhere in the sentence ("at 8pm"): with no window read, whole days would be a silent guess. */
    private static final java.util.regex.Pattern LONE_TIME =
            java.util.regex.Pattern.compile("(?i)(?<![\\w.:])" + Clock.TIME);
    /** Words saying a rule repeats, so a start with no end runs on rather than being one night. */
    private static final java.util.regex.Pattern REPEATS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:nightly|daily|each\\s+(?:night|day|evening)|every\\s+(?:night|day|evening))\\b");

    private final DateContext ctx;
    private final List<String> oddities = new ArrayList<>();
    /** Each period with where its date clause stands, so a sentence of two restrictions can give each its own. */
    private final List<When.Part> parts = new ArrayList<>();
    /** A date was written but does not exist: the sentence then has no dates, and none may be assumed. */
    private boolean badDate;

    private WhenParser(DateContext ctx) {
        this.ctx = ctx;
    }

    static When parse(String sentence, DateContext ctx) {
        if (!mayNameATime(sentence)) {
            return new When(Schedule.none(sentence), false, false, "", sentence, List.of(), List.of());
        }
        return new WhenParser(ctx).read(sentence);
    }

    /** Words without which no time phrase can be written; most descriptive sentences have none and stop here. */
    private static final List<String> TIME_WORDS = List.of(
            "night",
            "day",
            "today",
            "tonight",
            "tomorrow",
            "midnight",
            "noon",
            "until",
            "till",
            "week",
            "clock",
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
            "spring",
            "summer",
            "autumn",
            "winter",
            "year",
            "notice",
            "mon",
            "tue",
            "wed",
            "thu",
            "fri",
            "sat",
            "sun");

    private static boolean mayNameATime(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isDigit(sentence.charAt(i))) {
                return true;
            }
        }
        String low = sentence.toLowerCase(java.util.Locale.ROOT);
        return TIME_WORDS.stream().anyMatch(low::contains);
    }

    /** A date clause: the days it names, before a window is given to it. */
    private record Clause(int pos, LocalDate from, LocalDate until, OptionalInt nights, boolean single, boolean open) {}

    private When read(String s) {
        List<WhenToken> tokens = WhenScanner.scan(s);
        StringBuilder masked = new StringBuilder(s);
        for (WhenToken t : tokens) {
            if (t instanceof WhenToken.Overnight) {
                continue; // "Overnight closures ...": the word also names the restriction
            }
            for (int i = t.start(); i < t.end(); i++) {
                masked.setCharAt(i, '|');
            }
        }
        List<Period> periods = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        Set<DayOfWeek> days = Recurring.EVERY_DAY;
        String vague = "";
        boolean allDay = false;
        boolean daytime = false;
        boolean overnight = false;
        LocalDate vagueFrom = null;
        List<WhenToken.SpanPhrase> weekly = new ArrayList<>();
        parts.clear();
        java.util.Set<DayOfWeek> exceptDays = java.util.EnumSet.noneOf(DayOfWeek.class);
        java.util.Set<DayOfWeek> everyDays = java.util.EnumSet.noneOf(DayOfWeek.class);
        List<LocalDate> exceptDates = new ArrayList<>();
        resolvePartials(tokens);
        List<Integer> ends = new ArrayList<>(); // where each clause's words end, for choosing its window
        java.util.Set<Integer> listed = new java.util.HashSet<>(); // clauses that go on a list of dates
        for (int i = 0; i < tokens.size(); i++) {
            while (ends.size() < clauses.size()) {
                ends.add(tokens.get(i - 1).end());
            }
            WhenToken t = tokens.get(i);
            switch (t) {
                case WhenToken.Days d -> days = d.days();
                case WhenToken.AllDay a -> allDay = true;
                case WhenToken.Daytime d -> daytime = true;
                case WhenToken.Overnight o -> overnight = true;
                case WhenToken.VagueEnd v -> vague = v.text();
                case WhenToken.SpanPhrase sp -> {
                    if (sp.fromDay() instanceof DateRef.Weekday && sp.toDay() instanceof DateRef.Weekday) {
                        weekly.add(sp); // "from 9pm Friday to 6am Monday": placed on dates below
                    } else {
                        Optional<Period> one = span(sp).map(p -> nightly(p, s));
                        if (one.isPresent()) {
                            periods.add(one.get());
                            parts.add(new When.Part(sp.start(), one.get()));
                        }
                    }
                }
                case WhenToken.Count c -> {
                    WhenToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                    if (next instanceof WhenToken.SpanPhrase sp && !(sp.fromDay() instanceof DateRef.Weekday)) {
                        continue; // "for two weekends: from 9pm Friday 17 January to ...": the spans give the dates
                    }
                    Optional<LocalDate> from = next instanceof DateWord dw && dw.prep() == Prep.FROM
                            ? resolve(dw, clauses)
                            : Optional.empty();
                    if (from.isPresent()) {
                        i++; // "for three weekends from Friday 24 March"
                    }
                    clauses.add(
                            countFrom(c.start(), from.orElse(ctx.weekStart()), c, from.isEmpty() && weekly.isEmpty()));
                }
                case DateWord dw
                when dw.prep() == Prep.EVERY && dw.date() instanceof DateRef.Weekday w -> {
                    everyDays.add(w.weekday()); // "every Sunday night until 31 March"
                    if (w.weekday() != null
                            && dw.text().toLowerCase(java.util.Locale.ROOT).contains("night")) {
                        overnight = true;
                    }
                }
                case DateWord dw
                when dw.prep() == Prep.EXCEPT -> {
                    // "excluding Wednesday 11 March", "every night except Saturday"
                    if (dw.date() instanceof DateRef.Weekday w) {
                        exceptDays.add(w.weekday());
                    } else {
                        resolve(dw, clauses).ifPresent(exceptDates::add);
                    }
                }
                case DateWord dw -> {
                    String word = dw.text().toLowerCase(java.util.Locale.ROOT);
                    if (word.endsWith("night") || word.endsWith("evening")) {
                        overnight = true; // "on Saturday night"
                    }
                    WhenToken after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                    if (dw.date() instanceof DateRef.Weekday from
                            && after instanceof DateWord to
                            && to.prep() == Prep.UNTIL
                            && to.date() instanceof DateRef.Weekday until) {
                        clauses.add(weekdayRange(dw, from.weekday(), to, until.weekday()));
                        i++;
                        continue;
                    }
                    Optional<LocalDate> date = resolve(dw, clauses);
                    if (date.isEmpty()) {
                        continue;
                    }
                    WhenToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                    if (dw.prep() == Prep.UNTIL) {
                        if (next instanceof Count c) {
                            clauses.add(countBack(dw.start(), date.get(), c));
                            i++;
                        } else {
                            clauses.add(untilOnly(dw.start(), date.get()));
                        }
                    } else if (next instanceof Count c) {
                        clauses.add(countFrom(dw.start(), date.get(), c, false));
                        i++;
                    } else if (next instanceof DateWord to
                            && (to.prep() == Prep.UNTIL || dw.prep() == Prep.BETWEEN && to.prep() == Prep.AND)) {
                        Optional<LocalDate> end = resolveAfter(to, date.get());
                        if (end.isPresent()
                                && endsInTheMorning(dw, to)
                                && end.get().isAfter(date.get())) {
                            end = Optional.of(end.get().minusDays(1)); // "until Friday morning (17 January)"
                        }
                        if (end.isPresent()) {
                            clauses.add(range(dw.start(), date.get(), end.get()));
                        }
                        i++;
                    } else if (next instanceof WhenToken.VagueEnd) {
                        vagueFrom = date.get();
                    } else if (dw.prep() == Prep.FROM) {
                        clauses.add(new Clause(dw.start(), date.get(), date.get(), OptionalInt.empty(), false, true));
                    } else {
                        if ((dw.prep() == Prep.AND || dw.prep() == Prep.NONE) && !clauses.isEmpty()) {
                            listed.add(dw.start()); // "on Monday 4 and Thursday 7 January": one list, one window
                        }
                        clauses.add(new Clause(dw.start(), date.get(), date.get(), OptionalInt.empty(), true, false));
                    }
                }
                case WhenToken.Window w -> {}
            }
        }
        while (ends.size() < clauses.size()) {
            ends.add(tokens.get(tokens.size() - 1).end());
        }
        if (!weekly.isEmpty()) {
            for (Period p : weeklySpans(weekly, clauses)) {
                periods.add(p);
                parts.add(new When.Part(weekly.get(0).start(), p));
            }
            clauses.clear();
            ends.clear();
        }
        if (!everyDays.isEmpty()) {
            days = Set.copyOf(everyDays);
        }
        if (!exceptDays.isEmpty()) {
            java.util.Set<DayOfWeek> kept = java.util.EnumSet.noneOf(DayOfWeek.class);
            kept.addAll(days);
            kept.removeAll(exceptDays);
            days = kept.isEmpty() ? days : Set.copyOf(kept);
        }
        boolean continuous = allDay;
        List<WhenToken.Window> windows = new ArrayList<>(tokens.stream()
                .filter(WhenToken.Window.class::isInstance)
                .map(WhenToken.Window.class::cast)
                .toList());
        // "at all times" competes with the hours for the dates nearest it: it stands as a window of its own
        java.util.Set<WhenToken.Window> allDayMarks = new java.util.HashSet<>();
        if (!windows.isEmpty()) {
            for (WhenToken t : tokens) {
                if (t instanceof WhenToken.AllDay a) {
                    WhenToken.Window mark =
                            new WhenToken.Window(a.start(), a.end(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
                    allDayMarks.add(mark);
                    windows.add(mark);
                }
            }
            windows.sort(java.util.Comparator.comparingInt(WhenToken.Window::start));
        }
        if (clauses.isEmpty() && !vague.isEmpty()) {
            LocalDate from = vagueFrom != null ? vagueFrom : ctx.weekStart();
            OpenEnd oe = new OpenEnd(from, vague, Vague.estimate(vague, ctx.anchor()));
            return done(Schedule.openEnded(s, oe), !tokens.isEmpty(), true, vague, masked);
        }
        if (clauses.isEmpty() && periods.isEmpty() && !badDate && (!windows.isEmpty() || overnight || daytime)) {
            oddities.add("no dates are given; read within the week the bulletin covers");
            clauses.add(new Clause(0, ctx.weekStart(), ctx.weekEnd(), OptionalInt.empty(), false, false));
            ends.add(0);
        }
        for (int k = 0; k < clauses.size(); k++) {
            Clause raw = clauses.get(k);
            if (raw.open()
                    && raw.from().isBefore(ctx.weekEnd())
                    && (!days.equals(Recurring.EVERY_DAY) || REPEATS.matcher(s).find())) {
                // "nightly Sunday-Thursday ..., starting on Sunday 12 January": a rule that repeats, not one night
                oddities.add("a start is given with no end; read to the end of the week the bulletin covers");
                raw = new Clause(raw.pos(), raw.from(), ctx.weekEnd(), OptionalInt.empty(), false, false);
            }
            Clause c = settle(raw, raw.single() ? Recurring.EVERY_DAY : days);
            int before = periods.size();
            if (!everyDays.isEmpty() && !c.single()) {
                c = settle(raw, everyDays);
            }
            if (c.open()) {
                oddities.add("a start is given with no end; read as that day only");
            }
            Optional<WhenToken.Window> w = windowFor(k, clauses, ends, windows, listed);
            if (w.isPresent() && allDayMarks.contains(w.get())) {
                periods.add(
                        new Span(c.from().atStartOfDay(), c.until().plusDays(1).atStartOfDay()));
            } else if (w.isPresent()) {
                periods.add(recurring(c, days, w.get().from(), w.get().to()));
            } else if (allDay) {
                periods.add(
                        new Span(c.from().atStartOfDay(), c.until().plusDays(1).atStartOfDay()));
            } else if (overnight) {
                oddities.add("overnight with no hours given; read as 8pm to 6am");
                periods.add(recurring(c, days, NIGHT_START, NIGHT_END));
            } else if (daytime) {
                oddities.add("day-time hours are not given; read as 7am to 7pm");
                periods.add(recurring(c, days, DAY_START, DAY_END));
            } else {
                continuous = true;
                if (LONE_TIME.matcher(masked).find()) { // a time no phrase took up
                    oddities.add("a time is written but no window could be read from it; read as whole days");
                } else if (c.single()) {
                    oddities.add("no hours are given; read as the whole day");
                }
                periods.add(
                        new Span(c.from().atStartOfDay(), c.until().plusDays(1).atStartOfDay()));
            }
            for (int p = before; p < periods.size(); p++) {
                parts.add(new When.Part(c.pos(), periods.get(p)));
            }
        }
        if (!exceptDates.isEmpty()) {
            periods = without(periods, exceptDates);
            parts.clear(); // taking days out reshapes the rules; the sentence's schedule then stands as one
        }
        if (periods.isEmpty() && (allDay || !tokens.isEmpty())) {
            return done(Schedule.none(s), !tokens.isEmpty(), allDay, vague, masked);
        }
        return done(Schedule.of(s, periods), !tokens.isEmpty(), continuous, vague, masked);
    }

    /** "from Monday night ... until Friday morning ...": the last night is the one before that morning. */
    private static boolean endsInTheMorning(DateWord from, DateWord to) {
        return to.text().toLowerCase(java.util.Locale.ROOT).contains("morning")
                && !from.text().toLowerCase(java.util.Locale.ROOT).contains("morning");
    }

    /**
     * "from Sunday night until Friday morning" written with weekdays only: the end is that day in the bulletin's week
     * (a morning ends the night before it), and the start the last such weekday on or before it.
     */
    private Clause weekdayRange(DateWord fromWord, DayOfWeek from, DateWord toWord, DayOfWeek until) {
        LocalDate end = ctx.weekday(until, ctx.weekStart());
        if (toWord.text().toLowerCase(java.util.Locale.ROOT).contains("morning")) {
            end = end.minusDays(1);
        }
        LocalDate start = end.with(java.time.temporal.TemporalAdjusters.previousOrSame(from));
        if (fromWord.text().toLowerCase(java.util.Locale.ROOT).contains("morning")) {
            start = start.plusDays(1);
        }
        return start.isAfter(end) ? range(fromWord.start(), end, end) : range(fromWord.start(), start, end);
    }

    /** The periods with the excluded days taken out of their recurring windows. */
    private static List<Period> without(List<Period> periods, List<LocalDate> excluded) {
        List<Period> out = new ArrayList<>(periods);
        for (LocalDate x : excluded) {
            List<Period> next = new ArrayList<>();
            for (Period p : out) {
                if (p instanceof Recurring r && !x.isBefore(r.from()) && !x.isAfter(r.until())) {
                    if (x.isAfter(r.from())) {
                        next.add(new Recurring(
                                r.from(), x.minusDays(1), r.days(), r.start(), r.end(), OptionalInt.empty()));
                    }
                    if (x.isBefore(r.until())) {
                        next.add(new Recurring(
                                x.plusDays(1), r.until(), r.days(), r.start(), r.end(), OptionalInt.empty()));
                    }
                } else {
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    private When done(Schedule schedule, boolean found, boolean continuous, String vague, StringBuilder masked) {
        List<When.Part> kept = schedule.periods().size() == parts.size() ? List.copyOf(parts) : List.of();
        return new When(
                schedule,
                found,
                continuous,
                vague,
                masked.toString(),
                List.copyOf(new java.util.LinkedHashSet<>(oddities)),
                kept);
    }

    /**
     * The window a date clause takes: the nearest one not cut off from it by another clause ("between 8pm and 5am on
     * Monday for four nights and between 8pm and 7am on Friday"; "on Thursday overnight between 8pm and 6am, and on
     * Saturday between 7am and 7pm"); failing that, the last one before it, or the first one after it.
     */
    private static Optional<WhenToken.Window> windowFor(
            int k,
            List<Clause> clauses,
            List<Integer> ends,
            List<WhenToken.Window> windows,
            java.util.Set<Integer> listed) {
        int pos = clauses.get(k).pos();
        if (k > 0 && listed.contains(pos)) {
            int previousEnd = ends.get(k - 1);
            boolean windowBetween = windows.stream().anyMatch(w -> w.start() >= previousEnd && w.end() <= pos);
            if (!windowBetween) {
                return windowFor(k - 1, clauses, ends, windows, listed);
            }
        }
        Optional<Near> mine = nearest(k, clauses, ends, windows, java.util.Set.of());
        if (mine.isPresent()) {
            // a window that another date stands nearer to is that date's ("D1, 9pm to 5am, and D2 ... at all times")
            for (int j = 0; j < clauses.size(); j++) {
                Optional<Near> theirs =
                        j == k ? Optional.empty() : nearest(j, clauses, ends, windows, java.util.Set.of());
                if (theirs.isPresent()
                        && theirs.get().window().equals(mine.get().window())
                        && theirs.get().gap() < mine.get().gap()) {
                    Optional<Near> other = nearest(
                            k,
                            clauses,
                            ends,
                            windows,
                            java.util.Set.of(mine.get().window()));
                    if (other.isPresent()) {
                        return Optional.of(other.get().window());
                    }
                }
            }
            return Optional.of(mine.get().window());
        }
        WhenToken.Window before = null;
        for (WhenToken.Window w : windows) {
            if (w.start() < pos) {
                before = w;
            }
        }
        if (before != null) {
            return Optional.of(before);
        }
        return windows.stream().filter(w -> w.start() > pos).findFirst();
    }

    private record Near(WhenToken.Window window, int gap) {}

    /** The nearest window not cut off from clause {@code k} by another clause, leaving out {@code skip}. */
    private static Optional<Near> nearest(
            int k,
            List<Clause> clauses,
            List<Integer> ends,
            List<WhenToken.Window> windows,
            java.util.Set<WhenToken.Window> skip) {
        int pos = clauses.get(k).pos();
        int end = ends.get(k);
        Near best = null;
        for (WhenToken.Window w : windows) {
            if (skip.contains(w)) {
                continue;
            }
            int from = w.end() <= pos ? w.end() : end;
            int to = w.end() <= pos ? pos : w.start();
            if (to < from) {
                continue; // the window lies inside the clause's own words
            }
            boolean cutOff = false;
            for (int j = 0; j < clauses.size(); j++) {
                int other = clauses.get(j).pos();
                if (j != k && other >= from && other < to) {
                    cutOff = true;
                }
            }
            if (!cutOff && (best == null || to - from < best.gap())) {
                best = new Near(w, to - from);
            }
        }
        return Optional.ofNullable(best);
    }

    private Period recurring(Clause c, Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        if (start.equals(end)) {
            oddities.add("a window that starts and ends at " + Clock.format(start) + "; read as a full day");
        }
        return new Recurring(c.from(), c.until(), c.single() ? Recurring.EVERY_DAY : days, start, end, c.nights());
    }

    /**
     * Turns a counted clause into dates: "from D for N nights" ends on the Nth day the qualifier allows; "until D for N
     * nights" starts N allowed days back.
     */
    private static Clause settle(Clause c, Set<DayOfWeek> days) {
        if (c.nights().isEmpty()) {
            return c;
        }
        int n = c.nights().getAsInt();
        int step = n > 0 ? 1 : -1;
        LocalDate d = n > 0 ? c.from() : c.until();
        LocalDate last = d;
        int left = Math.abs(n);
        for (int guard = 0; left > 0 && guard < MAX_COUNT * 3; guard++, d = d.plusDays(step)) {
            if (days.contains(d.getDayOfWeek())) {
                last = d;
                left--;
            }
        }
        OptionalInt count = OptionalInt.of(Math.abs(n));
        return n > 0
                ? new Clause(c.pos(), c.from(), last, count, false, false)
                : new Clause(c.pos(), last, c.until(), count, false, false);
    }

    /** "from D for N nights": the Nth day the qualifier allows is worked out when the qualifier is known. */
    private Clause countFrom(int pos, LocalDate from, Count c, boolean noDate) {
        if (noDate) {
            oddities.add("a count of " + c.unit().name().toLowerCase() + " with no start date; counted from "
                    + ctx.weekStart());
        }
        int n = Math.min(c.n(), MAX_COUNT);
        if (c.unit() == Unit.WEEKS || c.unit() == Unit.WEEKENDS) {
            return new Clause(pos, from, from.plusDays(7L * n - 1), OptionalInt.empty(), false, false);
        }
        return new Clause(pos, from, from, OptionalInt.of(n), false, false);
    }

    private Clause countBack(int pos, LocalDate until, Count c) {
        int n = Math.min(c.n(), MAX_COUNT);
        return new Clause(pos, until, until, OptionalInt.of(-n), false, false);
    }

    private Clause untilOnly(int pos, LocalDate until) {
        LocalDate from = ctx.weekStart();
        if (until.isBefore(from)) {
            oddities.add("ends on " + until + ", before the week the bulletin covers starts");
            from = until;
        }
        return new Clause(pos, from, until, OptionalInt.empty(), false, false);
    }

    private Clause range(int pos, LocalDate from, LocalDate until) {
        if (until.isBefore(from)) {
            oddities.add("the end date " + until + " is before the start date " + from + "; the two were swapped");
            return new Clause(pos, until, from, OptionalInt.empty(), false, false);
        }
        return new Clause(pos, from, until, OptionalInt.empty(), false, false);
    }

    /** Fills in a day number written without its month ("Saturday 25 and Sunday 26 March") from the next date. */
    private static void resolvePartials(List<WhenToken> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i) instanceof DateWord dw && dw.date() instanceof DateRef.Partial p) {
                for (int j = i + 1; j < tokens.size(); j++) {
                    if (tokens.get(j) instanceof DateWord next && next.date() instanceof DateRef.Full f) {
                        tokens.set(
                                i,
                                new DateWord(
                                        dw.start(),
                                        dw.end(),
                                        dw.prep(),
                                        new DateRef.Full(p.day(), f.month(), f.year(), p.weekday()),
                                        dw.text()));
                        break;
                    }
                }
            }
        }
    }

    private Optional<LocalDate> resolve(DateWord dw, List<Clause> earlier) {
        LocalDate notBefore = earlier.isEmpty()
                ? ctx.weekStart()
                : earlier.get(earlier.size() - 1).from();
        return resolve(dw, notBefore);
    }

    private Optional<LocalDate> resolveAfter(DateWord dw, LocalDate after) {
        return resolve(dw, after);
    }

    private Optional<LocalDate> resolve(DateWord dw, LocalDate notBefore) {
        return switch (dw.date()) {
            case DateRef.Relative r -> Optional.of(ctx.anchor().plusDays(r.days()));
            case DateRef.Weekday w -> Optional.of(ctx.weekday(w.weekday(), notBefore));
            case DateRef.DayAfter a -> {
                oddities.add("'the following day' with no day before it");
                yield Optional.empty();
            }
            case DateRef.Partial p -> {
                oddities.add("a day number with no month: '" + dw.text() + "'");
                yield Optional.empty();
            }
            case DateRef.Full f -> full(f, dw.text());
        };
    }

    private Optional<LocalDate> full(DateRef.Full f, String text) {
        Optional<LocalDate> d;
        if (f.year().isPresent()) {
            int y = f.year().get();
            d = f.day() >= 1 && f.day() <= f.month().length(java.time.Year.isLeap(y))
                    ? Optional.of(LocalDate.of(y, f.month(), f.day()))
                    : Optional.empty();
        } else {
            d = ctx.nearest(f.day(), f.month());
        }
        if (d.isEmpty()) {
            oddities.add("'" + text + "' is not a date that exists; the clause was left out");
            badDate = true;
            return d;
        }
        if (f.weekday().isPresent() && f.weekday().get() != d.get().getDayOfWeek()) {
            oddities.add("'" + text + "': " + d.get() + " is a "
                    + Words.weekdayName(d.get().getDayOfWeek()) + ", not a "
                    + Words.weekdayName(f.weekday().get()) + "; the date was used");
        }
        return d;
    }

    /**
     * Spans written with weekdays only ("from 9pm Friday to 6am Monday"), once in each week the date clauses cover
     * ("for three weekends", "until 10 April"), or once in the bulletin's week when there are none.
     */
    private List<Period> weeklySpans(List<WhenToken.SpanPhrase> weekly, List<Clause> clauses) {
        List<Period> out = new ArrayList<>();
        for (WhenToken.SpanPhrase sp : weekly) {
            if (clauses.isEmpty()) {
                span(sp).ifPresent(out::add);
                continue;
            }
            DayOfWeek startDay = ((DateRef.Weekday) sp.fromDay()).weekday();
            DayOfWeek endDay = ((DateRef.Weekday) sp.toDay()).weekday();
            int length = Math.floorMod(endDay.getValue() - startDay.getValue(), 7);
            if (length == 0 && !sp.toTime().isAfter(sp.fromTime())) {
                length = 7;
            }
            for (Clause c : clauses) {
                Clause settled = settle(c, Recurring.EVERY_DAY);
                for (LocalDate d = settled.from(); !d.isAfter(settled.until()); d = d.plusDays(1)) {
                    if (d.getDayOfWeek() == startDay) {
                        out.add(new Span(
                                d.atTime(sp.fromTime()), d.plusDays(length).atTime(sp.toTime())));
                    }
                }
            }
        }
        return out;
    }

    /**
     * "from 10pm on 14 January to 5am on 18 January, each night": the times are each night's window and the dates the
     * first and last, so the span is a nightly rule (or a daily one when the window does not cross midnight).
     */
    private Period nightly(Period p, String sentence) {
        if (!(p instanceof Span sp)
                || !REPEATS.matcher(sentence).find()
                || !sp.end().toLocalDate().isAfter(sp.start().toLocalDate().plusDays(1))) {
            return p;
        }
        LocalTime from = sp.start().toLocalTime();
        LocalTime to = sp.end().toLocalTime();
        LocalDate last = to.isAfter(from)
                ? sp.end().toLocalDate()
                : sp.end().toLocalDate().minusDays(1);
        return new Recurring(sp.start().toLocalDate(), last, Recurring.EVERY_DAY, from, to, OptionalInt.empty());
    }

    private Optional<Period> span(WhenToken.SpanPhrase sp) {
        Optional<LocalDate> from =
                resolve(new DateWord(sp.start(), sp.end(), Prep.ON, sp.fromDay(), ""), ctx.weekStart());
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> to = sp.toDay() instanceof DateRef.DayAfter
                ? Optional.of(from.get().plusDays(1))
                : resolve(new DateWord(sp.start(), sp.end(), Prep.ON, sp.toDay(), ""), from.get());
        if (to.isEmpty()) {
            return Optional.empty();
        }
        var start = from.get().atTime(sp.fromTime());
        var end = to.get().atTime(sp.toTime());
        if (!end.isAfter(start)) {
            oddities.add("a span that ends (" + end + ") before it starts (" + start + ")");
            return Optional.empty();
        }
        return Optional.of(new Span(start, end));
    }
}
