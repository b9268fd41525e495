package uk.interchange.roadworks.bulletin.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Span;

/**
 * Places what a sentence's time phrases mean in the calendar: days against the bulletin's publication date and the
 * week it covers, hours laid on each day, filters of weekdays, counts of nights. The result is the project's own
 * schedule rules (recurring windows and spans, in London local time), which {@code ScheduleExpander} turns into
 * instants, clock changes included. Nothing is guessed silently: what cannot be placed is a flag with its reason.
 *
 * <p>The rules, each of them the convention of the hand-made answers: a range of days with hours names the days the
 * windows start on, both ends included, however the range is written ("20-23 March", "from 20 to 23 March"); a day
 * without a year is the one nearest the publication date; a bare weekday is that day of the bulletin's week; a count
 * of nights starts on the day given; a day's weekday that does not match its date is flagged, the date kept.
 */
public final class TimeAlgebra {
    /** What the bulletin's dates are read against. */
    public record Context(LocalDate published, LocalDate weekStart, LocalDate weekEnd) {
        /**
         * The week a bulletin published on {@code published} is read against: the seven days from its publication, so
         * that a bare "Friday" is the first Friday on or after it (measured better on real bulletins than the Monday
         * to Sunday after it: 0.727 against 0.813 on fourteen, the same on eight).
         */
        public static Context publishedOn(LocalDate published) {
            return new Context(published, published, published.plusDays(6));
        }
    }

    /** The rules read, and what could not be placed, each with its reason. */
    public record Reading(List<Period> periods, List<String> flags) {}

    private TimeAlgebra() {}

    /** Days that hours are laid on: from, to, the count the text gave, and hours and a filter of their own. */
    private static final class Group {
        LocalDate from;
        LocalDate to;
        Count count;
        Hours hours;
        Set<DayOfWeek> only = EnumSet.allOf(DayOfWeek.class);

        Group(LocalDate[] range, Count count) {
            this.from = range[0];
            this.to = range[1];
            counted(count);
        }

        void counted(Count c) {
            count = c;
            if (c != null) {
                int n = c.unit() == Unit.WEEKS ? 7 * c.n() : c.n();
                to = from.plusDays(n - 1L);
            }
        }
    }

    /**
     * Each day, range of days or counted days starts a group ("on Monday 12 September then again for a further two
     * nights from Thursday 15 September" is two); hours given once apply to every group without its own; a filter
     * of weekdays to all.
     */
    public static Reading resolve(List<TimeGrammar.Item> items, Context ctx) {
        List<String> flags = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        Hours hours = null;
        boolean night = false;
        Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
        Count loose = null;
        Set<LocalDate> left = new java.util.TreeSet<>();
        OpenStretch open = null;
        for (TimeGrammar.Item item : items) {
            switch (item.value()) {
                case Windows w ->
                    range(w.days(), ctx, flags).ifPresent(g -> {
                        g.hours = w.hours();
                        w.count().ifPresent(g::counted);
                        w.only().ifPresent(o -> g.only.retainAll(o.days()));
                        groups.add(g);
                    });
                case Hours h -> hours = hours == null ? h : hours;
                case Night n -> night = true;
                case Weekdays w -> days.retainAll(w.days());
                case Count c -> loose = c;
                case Except e -> {
                    for (Day d : e.days()) {
                        if (d.isDated()) {
                            date(d, ctx, flags).ifPresent(left::add);
                        } else {
                            d.weekday().ifPresent(days::remove);
                        }
                    }
                }
                case DayRange r -> range(r, ctx, flags).ifPresent(groups::add);
                case CountedRange c -> range(c, ctx, flags).ifPresent(groups::add);
                case Day d -> range(d, ctx, flags).ifPresent(groups::add);
                case Counted c -> range(c, ctx, flags).ifPresent(groups::add);
                case MomentRange m -> span(m, ctx, flags).ifPresent(periods::add);
                case OpenStretch o -> open = o;
                default -> {}
            }
        }
        if (open != null && groups.size() == 1 && groups.get(0).hours == null) {
            // "On Friday, May 17: ... from 8pm until Monday, May 20 at 6am": one stretch from the day given
            Group g = groups.remove(0);
            span(
                            new MomentRange(
                                    new Moment(
                                            new Day(
                                                    OptionalInt.of(g.from.getDayOfMonth()),
                                                    Optional.of(g.from.getMonth()),
                                                    OptionalInt.of(g.from.getYear()),
                                                    Optional.empty()),
                                            open.from()),
                                    open.to()),
                            ctx,
                            flags)
                    .ifPresent(periods::add);
        }
        if (loose != null
                && groups.size() == 1
                && groups.get(0).count == null
                && groups.get(0).from.equals(groups.get(0).to)) {
            groups.get(0).counted(loose); // "on Monday 20 March, 8pm to 6am, for four nights"
        }
        if (groups.isEmpty() && hours != null && days.size() < 7 && periods.isEmpty()) {
            // "every Tuesday night", with no dates: those nights of the bulletin's week
            groups.add(new Group(new LocalDate[] {ctx.weekStart(), ctx.weekEnd()}, null));
        }
        for (Group g : groups) {
            Hours h = g.hours != null ? g.hours : hours;
            if (h == null) {
                if (periods.isEmpty()) {
                    flags.add(night ? "overnight, but the hours are not given" : "days are given, but no hours");
                }
                continue;
            }
            Set<DayOfWeek> allowed = EnumSet.copyOf(days);
            allowed.retainAll(g.only);
            OptionalInt nights = g.count != null && g.count.unit() == Unit.NIGHTS
                    ? OptionalInt.of(g.count.n())
                    : OptionalInt.empty();
            // the days left out split the run into the runs around them
            periods.addAll(without(List.of(new Recurring(g.from, g.to, allowed, h.from(), h.to(), nights)), left));
        }
        if (groups.isEmpty() && hours != null && periods.isEmpty() && flags.isEmpty()) {
            flags.add("hours are given, but no day");
        }
        return new Reading(periods, flags);
    }

    /**
     * The days a sentence says a bulletin covers: its only phrase a range of two to fourteen days with hours of none
     * ("for Monday 16 to Sunday 22 November 2015", "between Monday, September 12 and Sunday, September 18").
     */
    public static Optional<LocalDate[]> period(List<TimeGrammar.Item> items, Context ctx) {
        if (items.size() != 1
                || !(items.get(0).value() instanceof DayRange r)
                || r.to().month().isEmpty()) {
            return Optional.empty();
        }
        return dates(r, ctx, new ArrayList<>()).filter(x -> {
            long days = x[1].toEpochDay() - x[0].toEpochDay() + 1;
            return days >= 2 && days <= 14;
        });
    }

    /** Every day the phrases name ("on Friday, May 12 to Sunday, May 14"), for a sentence that leaves them out. */
    public static Set<LocalDate> daysNamed(List<TimeGrammar.Item> items, Context ctx) {
        Set<LocalDate> out = new java.util.TreeSet<>();
        List<String> flags = new ArrayList<>();
        for (TimeGrammar.Item item : items) {
            TimeExpr v = item.value() instanceof Windows w ? w.days() : item.value();
            range(v, ctx, flags).ifPresent(g -> {
                for (LocalDate d = g.from; !d.isAfter(g.to); d = d.plusDays(1)) {
                    out.add(d);
                }
            });
        }
        return out;
    }

    /** The rules with the given days left out: a recurring window's run split around them; spans kept. */
    public static List<Period> without(List<Period> periods, Set<LocalDate> left) {
        List<Period> out = new ArrayList<>();
        for (Period p : periods) {
            if (!(p instanceof Recurring r)) {
                out.add(p);
                continue;
            }
            LocalDate from = r.from();
            for (LocalDate d = r.from(); !d.isAfter(r.until()); d = d.plusDays(1)) {
                if (left.contains(d)) {
                    if (d.isAfter(from)) {
                        out.add(new Recurring(from, d.minusDays(1), r.days(), r.start(), r.end(), OptionalInt.empty()));
                    }
                    from = d.plusDays(1);
                }
            }
            if (!from.isAfter(r.until())) {
                out.add(new Recurring(
                        from,
                        r.until(),
                        r.days(),
                        r.start(),
                        r.end(),
                        from.equals(r.from()) ? r.nights() : OptionalInt.empty()));
            }
        }
        return out;
    }

    private static Optional<Group> range(TimeExpr days, Context ctx, List<String> flags) {
        return switch (days) {
            case DayRange r -> dates(r, ctx, flags).map(x -> new Group(x, null));
            case Day d -> date(d, ctx, flags).map(x -> new Group(new LocalDate[] {x, x}, null));
            case Counted c -> date(c.first(), ctx, flags).map(x -> new Group(new LocalDate[] {x, x}, c.count()));
            case CountedRange c ->
                dates(c.range(), ctx, flags).map(x -> {
                    long span = x[1].toEpochDay() - x[0].toEpochDay() + 1;
                    boolean toMorning =
                            c.count().unit() == Unit.NIGHTS && c.count().n() == span - 1;
                    return new Group(new LocalDate[] {x[0], toMorning ? x[1].minusDays(1) : x[1]}, null);
                });
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate[]> dates(DayRange r, Context ctx, List<String> flags) {
        if (r.from().weekday().isPresent()
                && r.to().weekday().isPresent()
                && !r.from().isDated()
                && !r.to().isDated()) {
            // "Monday to Friday": those days of the bulletin's week
            LocalDate from = weekday(r.from().weekday().orElseThrow(), ctx.weekStart());
            LocalDate to = weekday(r.to().weekday().orElseThrow(), from);
            return Optional.of(new LocalDate[] {from, to});
        }
        if (r.from().afterPublished().isPresent() || r.to().day().isEmpty()) {
            // "from today until Thursday": the start placed first, the end on or after it
            Optional<LocalDate> start = date(r.from(), ctx, flags);
            Optional<LocalDate> end = start.flatMap(
                    s -> r.to().day().isEmpty() && r.to().afterPublished().isEmpty()
                            ? Optional.of(weekday(r.to().weekday().orElseThrow(), s))
                            : date(r.to(), ctx, flags));
            return start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())
                    ? Optional.of(new LocalDate[] {start.get(), end.get()})
                    : Optional.empty();
        }
        Optional<LocalDate> to = date(r.to(), ctx, flags);
        Optional<LocalDate> from = to.flatMap(t -> dateBefore(r.from(), t, flags));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LocalDate[] {from.get(), to.get()});
    }

    /** The first day of a range, in the year (and month) that puts it on or before the last day. */
    private static Optional<LocalDate> dateBefore(Day d, LocalDate last, List<String> flags) {
        if (d.day().isEmpty()) {
            flags.add("a range of days whose first day has no date");
            return Optional.empty();
        }
        Month month = d.month().orElse(last.getMonth());
        int day = d.day().getAsInt();
        for (int y = last.getYear(); y >= last.getYear() - 1; y--) {
            if (day <= month.length(Year.isLeap(y))) {
                LocalDate c = LocalDate.of(y, month, day);
                if (!c.isAfter(last)) {
                    return checked(c, d, flags);
                }
            }
        }
        flags.add("a range of days that ends before it starts");
        return Optional.empty();
    }

    static Optional<LocalDate> date(Day d, Context ctx, List<String> flags) {
        if (d.afterPublished().isPresent()) {
            return Optional.of(ctx.published().plusDays(d.afterPublished().getAsInt()));
        }
        if (d.day().isEmpty()) {
            return Optional.of(weekday(d.weekday().orElseThrow(), ctx.weekStart()));
        }
        int day = d.day().getAsInt();
        if (d.month().isEmpty()) {
            // a day of the month alone ("Monday 2"): that day in or after the bulletin's week
            for (int k = -7; k < 38; k++) {
                LocalDate c = ctx.weekStart().plusDays(k);
                boolean fits = d.weekday().isPresent() ? d.weekday().get() == c.getDayOfWeek() : k >= 0;
                if (c.getDayOfMonth() == day && fits) {
                    return Optional.of(c);
                }
            }
            flags.add("day " + day + " has no month and none near the bulletin's week fits it");
            return Optional.empty();
        }
        Month month = d.month().get();
        if (d.year().isPresent()) {
            int y = d.year().getAsInt();
            if (day > month.length(Year.isLeap(y))) {
                flags.add(day + " " + name(month) + " " + y + " is not a day");
                return Optional.empty();
            }
            return checked(LocalDate.of(y, month, day), d, flags);
        }
        LocalDate best = null;
        for (int y = ctx.published().getYear() - 1; y <= ctx.published().getYear() + 1; y++) {
            if (day <= month.length(Year.isLeap(y))) {
                LocalDate c = LocalDate.of(y, month, day);
                if (best == null || distance(c, ctx.published()) < distance(best, ctx.published())) {
                    best = c;
                }
            }
        }
        if (best == null) {
            flags.add(day + " " + name(month) + " is not a day");
            return Optional.empty();
        }
        return checked(best, d, flags);
    }

    private static Optional<LocalDate> checked(LocalDate c, Day d, List<String> flags) {
        if (d.weekday().isPresent() && d.weekday().get() != c.getDayOfWeek()) {
            flags.add(name(d.weekday().get()) + " " + c.getDayOfMonth() + " " + name(c.getMonth()) + " " + c.getYear()
                    + " is a " + name(c.getDayOfWeek()) + ": the date is kept");
        }
        return Optional.of(c);
    }

    private static Optional<Period> span(MomentRange m, Context ctx, List<String> flags) {
        Optional<LocalDate> from = m.from().day() instanceof Day d ? date(d, ctx, flags) : Optional.empty();
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> to = m.to().day() instanceof DayAfter
                ? Optional.of(from.get().plusDays(1))
                : m.to().day() instanceof Day d ? date(d, ctx, flags) : Optional.empty();
        if (to.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime start = from.get().atTime(m.from().time());
        LocalDateTime end = to.get().atTime(m.to().time());
        if (!end.isAfter(start)) {
            flags.add("a stretch that ends (" + end + ") before it starts (" + start + ")");
            return Optional.empty();
        }
        return Optional.of(new Span(start, end));
    }

    /** The first such weekday on or after {@code notBefore} (the bulletin's week starts there). */
    private static LocalDate weekday(DayOfWeek wd, LocalDate notBefore) {
        LocalDate c = notBefore;
        while (c.getDayOfWeek() != wd) {
            c = c.plusDays(1);
        }
        return c;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static String name(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
