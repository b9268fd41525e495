package uk.interchange.roadworks.bulletin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Diversion;
import uk.interchange.roadworks.model.ElementKind;
import uk.interchange.roadworks.model.IncludedElement;
import uk.interchange.roadworks.model.Junction;
import uk.interchange.roadworks.model.Lifecycle;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.OpenEnd;
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.model.Schedule;
import uk.interchange.roadworks.model.Span;
import uk.interchange.roadworks.model.WindowChange;
import uk.interchange.roadworks.model.Work;

/** Generated weeks of works that the house style can express, for the write-then-read property. */
final class WorkArbitraries {
    static final List<String> ROADS = List.of("M3", "M4", "M6", "M25", "M62", "A1(M)", "A34", "A303", "A14");
    static final List<String> PLACES = List.of("Farnborough", "Newbury", "Stevenage", "Warrington", "Bedhampton");
    static final List<String> COUNTIES = List.of("Hampshire", "Berkshire", "Cheshire", "Essex", "West Sussex");
    static final List<String> PURPOSES = List.of("resurfacing", "drainage", "barrier repairs", "street lighting");
    static final List<String> VIA = List.of("A30", "A322", "M25 J13", "B3000", "Newbury", "A4", "M3 J4a");
    static final List<LocalTime> STARTS = List.of(
            LocalTime.of(20, 0), LocalTime.of(21, 0), LocalTime.of(22, 0), LocalTime.of(19, 30), LocalTime.of(9, 30));
    static final List<LocalTime> ENDS = List.of(
            LocalTime.of(5, 0), LocalTime.of(5, 30), LocalTime.of(6, 0), LocalTime.of(7, 0), LocalTime.of(15, 30));
    static final List<RestrictionType> TYPES = List.of(
            RestrictionType.CARRIAGEWAY_CLOSURE,
            RestrictionType.LANE_CLOSURE,
            RestrictionType.SLIP_ROAD_CLOSURE,
            RestrictionType.LINK_ROAD_CLOSURE,
            RestrictionType.HARD_SHOULDER_CLOSURE,
            RestrictionType.NARROW_LANES,
            RestrictionType.CONTRAFLOW,
            RestrictionType.SPEED_LIMIT,
            RestrictionType.TRAFFIC_SIGNALS,
            RestrictionType.STOP_GO_BOARDS,
            RestrictionType.CONVOY_WORKING);

    record Week(LocalDate monday, List<Work> works) {}

    private WorkArbitraries() {}

    static Arbitrary<Week> weeks() {
        Arbitrary<LocalDate> monday = Arbitraries.integers().between(0, 600).map(i -> LocalDate.of(2016, 1, 4)
                .plusWeeks(i));
        return monday.flatMap(m -> work(m).list().ofMinSize(1).ofMaxSize(4).map(ws -> new Week(m, renumber(ws))));
    }

    private static List<Work> renumber(List<Work> ws) {
        List<Work> out = new ArrayList<>();
        for (Work w : ws) {
            out.add(new Work(
                    String.valueOf(out.size()),
                    w.roads(),
                    "",
                    w.location(),
                    w.place(),
                    w.county(),
                    w.purpose(),
                    w.lifecycle(),
                    w.completion(),
                    Optional.empty(),
                    w.restrictions()));
        }
        return out;
    }

    private static Arbitrary<Work> work(LocalDate monday) {
        Arbitrary<String> road = Arbitraries.of(ROADS);
        return road.flatMap(r -> Combinators.combine(
                        range(),
                        Arbitraries.of(PLACES).optional(),
                        Arbitraries.of(COUNTIES).optional(),
                        Arbitraries.of(PURPOSES),
                        Arbitraries.of(
                                Lifecycle.STARTS, Lifecycle.CONTINUES, Lifecycle.FINISHES, Lifecycle.TAKES_PLACE),
                        Arbitraries.of("June 2031", "the end of March", "summer 2030")
                                .optional(),
                        restriction(r, monday).list().ofMinSize(1).ofMaxSize(4))
                .as((loc, place, county, purpose, life, done, rs) -> new Work(
                        "",
                        List.of(r),
                        "",
                        loc,
                        place,
                        county,
                        Optional.of(purpose),
                        life,
                        done,
                        Optional.empty(),
                        onlyOneWithChanges(rs))));
    }

    /** The reader applies a night's change to every restriction of the work that runs that night; keep it single. */
    private static List<Restriction> onlyOneWithChanges(List<Restriction> rs) {
        if (rs.stream().noneMatch(r -> !r.schedule().changes().isEmpty())) {
            return rs;
        }
        return rs.stream()
                .filter(r -> !r.schedule().changes().isEmpty())
                .limit(1)
                .toList();
    }

    private static Arbitrary<Location> range() {
        Arbitrary<String> j = Arbitraries.integers().between(1, 35).flatMap(n -> Arbitraries.of("", "a")
                .map(s -> n + s));
        return Combinators.combine(j, j).as((a, b) -> Location.between(Junction.of(a), Junction.of(b)));
    }

    private static Arbitrary<Restriction> restriction(String road, LocalDate monday) {
        return Arbitraries.of(TYPES).flatMap(type -> Combinators.combine(
                        direction(road, type),
                        location(type),
                        schedule(type, monday),
                        Arbitraries.of(30, 40, 50, 60),
                        diversion())
                .as((dir, loc, sched, mph, div) -> new Restriction(
                        type,
                        road,
                        dir,
                        loc,
                        sched,
                        type == RestrictionType.SPEED_LIMIT ? OptionalInt.of(mph) : OptionalInt.empty(),
                        type.isFullClosure() ? Optional.of(div) : Optional.empty(),
                        "")));
    }

    private static Arbitrary<Direction> direction(String road, RestrictionType type) {
        List<Direction> dirs = new ArrayList<>(
                road.equals("M25")
                        ? List.of(Direction.CLOCKWISE, Direction.ANTICLOCKWISE)
                        : List.of(
                                Direction.NORTHBOUND, Direction.SOUTHBOUND, Direction.EASTBOUND, Direction.WESTBOUND));
        boolean oneWayOnly =
                switch (type) {
                    case SLIP_ROAD_CLOSURE, LINK_ROAD_CLOSURE, HARD_SHOULDER_CLOSURE -> true;
                    default -> false;
                };
        if (!oneWayOnly && type != RestrictionType.LANE_CLOSURE) {
            dirs.add(Direction.BOTH);
        }
        return Arbitraries.of(dirs);
    }

    private static Arbitrary<Location> location(RestrictionType type) {
        Arbitrary<String> j = Arbitraries.integers().between(1, 35).map(String::valueOf);
        return switch (type) {
            case SLIP_ROAD_CLOSURE ->
                Combinators.combine(j, Arbitraries.of(ElementKind.ENTRY_SLIP, ElementKind.EXIT_SLIP))
                        .as((n, k) -> Location.at(Junction.of(n))
                                .withIncludes(List.of(new IncludedElement(k, Optional.of(Junction.of(n)), ""))));
            case LINK_ROAD_CLOSURE -> j.map(n -> Location.at(Junction.of(n)));
            case LANE_CLOSURE ->
                Combinators.combine(
                                range(),
                                Arbitraries.<List<Integer>>of(List.of(), List.of(1), List.of(1, 2), List.of(2, 3)))
                        .as((loc, lanes) -> loc.withLanes(lanes));
            default -> range();
        };
    }

    private static Arbitrary<Diversion> diversion() {
        return Arbitraries.of(VIA)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .uniqueElements()
                .map(via -> new Diversion("", List.of(new Diversion.Route(via, Optional.empty()))));
    }

    private static Arbitrary<Schedule> schedule(RestrictionType type, LocalDate monday) {
        Arbitrary<Schedule> timed = Arbitraries.oneOf(recurring(monday), span(monday));
        boolean canBeOpen =
                switch (type) {
                    case NARROW_LANES, SPEED_LIMIT, CONTRAFLOW, TRAFFIC_SIGNALS -> true;
                    default -> false;
                };
        if (!canBeOpen) {
            return timed;
        }
        Arbitrary<Schedule> open = Arbitraries.of("May 2031", "summer 2030", "the end of 2032")
                .map(t -> Schedule.openEnded("", new OpenEnd(monday, t, Vague.estimate(t, monday))));
        return Arbitraries.oneOf(timed, open);
    }

    private static Arbitrary<Schedule> recurring(LocalDate monday) {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(
                Recurring.EVERY_DAY,
                Recurring.MONDAY_TO_FRIDAY,
                Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        Arbitrary<Integer> offset = Arbitraries.integers().between(0, 6);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> form = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> window = Arbitraries.integers().between(0, STARTS.size() - 1);
        Arbitrary<Period> one = Combinators.combine(days, offset, count, form, window)
                .as((d, off, n, f, w) -> {
                    LocalDate from = monday.plusDays(off);
                    LocalTime s = STARTS.get(w);
                    LocalTime e = s.getHour() < 12 ? LocalTime.of(15, 30) : ENDS.get(Math.min(w, ENDS.size() - 2));
                    return switch (f) {
                        case 0 -> new Recurring(from, from, Recurring.EVERY_DAY, s, e, OptionalInt.empty());
                        case 1 -> counted(from, n, d, s, e);
                        default -> new Recurring(from, from.plusDays(n), d, s, e, OptionalInt.empty());
                    };
                });
        Arbitrary<Boolean> change = Arbitraries.of(true, false);
        return Combinators.combine(one.list().ofMinSize(1).ofMaxSize(2), change).as((ps, ch) -> {
            List<Period> same = sameDays(ps);
            Schedule s = Schedule.of("", same);
            Recurring first = (Recurring) same.get(0);
            if (ch && first.overnight() && first.allows(first.from())) {
                return s.withChanges(
                        List.of(new WindowChange(first.from(), Optional.empty(), Optional.of(LocalTime.of(7, 30)))));
            }
            return s;
        });
    }

    /** A sentence's day qualifier covers all its clauses, so every counted rule in one schedule shares its days. */
    private static List<Period> sameDays(List<Period> ps) {
        Set<DayOfWeek> days = ps.stream()
                .map(p -> (Recurring) p)
                .filter(r -> !r.from().equals(r.until()))
                .map(Recurring::days)
                .findFirst()
                .orElse(Recurring.EVERY_DAY);
        List<Period> out = new ArrayList<>();
        for (Period p : ps) {
            Recurring r = (Recurring) p;
            if (!r.from().equals(r.until())
                    && r.from().datesUntil(r.until().plusDays(1)).noneMatch(d -> days.contains(d.getDayOfWeek()))) {
                // a range with none of its days in it has no nights to write; keep its first day alone
                out.add(new Recurring(
                        r.from(), r.from(), Recurring.EVERY_DAY, r.start(), r.end(), OptionalInt.empty()));
                continue;
            }
            out.add(
                    r.from().equals(r.until())
                            ? r
                            : r.nights().isPresent()
                                    ? counted(r.from(), r.nights().getAsInt(), days, r.start(), r.end())
                                    : new Recurring(
                                            r.from(), r.until(), days, r.start(), r.end(), OptionalInt.empty()));
        }
        return out;
    }

    private static Recurring counted(LocalDate from, int n, Set<DayOfWeek> days, LocalTime s, LocalTime e) {
        LocalDate d = from;
        LocalDate last = from;
        for (int left = n; left > 0; d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
                last = d;
                left--;
            }
        }
        return new Recurring(from, last, days, s, e, OptionalInt.of(n));
    }

    private static Arbitrary<Schedule> span(LocalDate monday) {
        Arbitrary<Schedule> timed = Combinators.combine(
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.of(STARTS),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.of(ENDS))
                .as((off, s, days, e) -> Schedule.of(
                        "",
                        List.of(new Span(
                                monday.plusDays(off).atTime(s),
                                monday.plusDays(off + days).atTime(e)))));
        // whole days, which the writer words as "24 hours a day from ... until ..."
        Arbitrary<Schedule> wholeDays = Combinators.combine(
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(1, 20))
                .as((off, days) -> Schedule.of(
                        "",
                        List.of(new Span(
                                monday.plusDays(off).atStartOfDay(),
                                monday.plusDays(off + days).atStartOfDay()))));
        return Arbitraries.oneOf(timed, wholeDays);
    }
}
