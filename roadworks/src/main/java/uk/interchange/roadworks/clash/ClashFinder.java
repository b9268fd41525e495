package uk.interchange.roadworks.clash;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * Finds clashes among restrictions: diversions over closures, closures meeting on one carriageway, both
 * carriageways closed, and crowded corridors. Roads and junction numbers are compared, not geometry.
 *
 * <p>Each road's full closures are sorted by start once; every question is then a scan of the closures that start
 * before the other thing ends and could still be running, so the check grows with the number of occurrences, not
 * with its square.
 */
public final class ClashFinder {
    private final int corridorLimit;

    /** @param corridorLimit the most full closures one road may have in one night before it is a clash */
    public ClashFinder(int corridorLimit) {
        if (corridorLimit < 1) {
            throw new IllegalArgumentException("the corridor limit must be at least 1, not " + corridorLimit);
        }
        this.corridorLimit = corridorLimit;
    }

    /** One occurrence of one full closure. */
    private record Slot(Item item, int index, Occurrence when) {}

    /**
     * Closures sorted by start, with the longest of them, which bounds how far back a scan for overlaps must look.
     * A road keeps its closures on shelves by length (a night, a week, longer), so that one long closure does not
     * make every scan look back a fortnight.
     */
    private static class Shelf {
        final List<Slot> slots = new ArrayList<>();
        Duration longest = Duration.ZERO;
        Instant[] starts;

        void add(Slot s) {
            slots.add(s);
            if (s.when().duration().compareTo(longest) > 0) {
                longest = s.when().duration();
            }
        }

        void seal() {
            slots.sort(Comparator.comparing((Slot s) -> s.when().start()));
            starts = slots.stream().map(s -> s.when().start()).toArray(Instant[]::new);
        }

        /** The first slot that could overlap something starting at {@code t}. */
        int firstFrom(Instant t) {
            // an open-ended closure makes the look-back reach the start of time
            Instant from =
                    longest.compareTo(Duration.between(Instant.EPOCH, t)) >= 0 ? Instant.EPOCH : t.minus(longest);
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid].isBefore(from)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** One road's full closures: all of them by start, and the same on shelves by length. */
    private static final class Road extends Shelf {
        private static final Duration NIGHT = Duration.ofDays(1);
        private static final Duration WEEK = Duration.ofDays(7);
        final Shelf[] shelves = {new Shelf(), new Shelf(), new Shelf()};

        @Override
        void add(Slot s) {
            super.add(s);
            Duration d = s.when().duration();
            shelves[d.compareTo(NIGHT) <= 0 ? 0 : d.compareTo(WEEK) <= 0 ? 1 : 2].add(s);
        }

        @Override
        void seal() {
            super.seal();
            for (Shelf shelf : shelves) {
                shelf.seal();
            }
        }
    }

    /** All clashes among {@code items}. */
    public List<Clash> find(List<Item> items) {
        return find(items, items);
    }

    /**
     * The clashes that involve at least one of {@code focus} (a work being saved), found among {@code all} (which
     * contains the focus items too).
     */
    public List<Clash> find(List<Item> focus, List<Item> all) {
        Map<Item, Integer> index = new IdentityHashMap<>();
        for (Item i : all) {
            index.putIfAbsent(i, index.size());
        }
        boolean[] focused = new boolean[index.size()];
        if (focus == all) {
            Arrays.fill(focused, true);
        } else {
            for (Item i : focus) {
                Integer k = index.get(i);
                if (k != null) {
                    focused[k] = true;
                }
            }
        }
        Map<String, Road> roads = closuresByRoad(all, index);
        Map<Pair, Builder> found = new LinkedHashMap<>();
        for (Item i : all) {
            diversions(i, index.get(i), roads, focused, found);
        }
        for (Road road : roads.values()) {
            sameRoad(road, focused, found);
        }
        corridors(roads, focused, found);
        return found.values().stream().map(Builder::build).toList();
    }

    /** A clash's identity while the check runs: its kind and the two restrictions, by their place in the input. */
    private record Pair(Clash.Kind kind, int a, int b) {}

    private static Map<String, Road> closuresByRoad(List<Item> all, Map<Item, Integer> index) {
        Map<String, Road> roads = new HashMap<>();
        for (Item i : all) {
            if (!i.fullClosure()) {
                continue;
            }
            Road road = roads.computeIfAbsent(i.section().road(), r -> new Road());
            for (Occurrence o : i.occurrences()) {
                road.add(new Slot(i, index.get(i), o));
            }
        }
        roads.values().forEach(Road::seal);
        return roads;
    }

    private static void diversions(Item d, int di, Map<String, Road> roads, boolean[] focused, Map<Pair, Builder> out) {
        for (Item.Via via : d.via()) {
            Road road = roads.get(via.road());
            if (road == null) {
                continue;
            }
            for (Occurrence o : d.occurrences()) {
                for (Shelf shelf : road.shelves) {
                    for (int k = shelf.firstFrom(o.start());
                            k < shelf.starts.length && shelf.starts[k].isBefore(o.end());
                            k++) {
                        Slot c = shelf.slots.get(k);
                        if (c.item() == d || !c.when().overlaps(o)) {
                            continue;
                        }
                        if (via.junction().isPresent()
                                && !c.item().section().covers(via.junction().getAsInt())) {
                            continue;
                        }
                        if (!focused[di] && !focused[c.index()]) {
                            continue;
                        }
                        Item closed = c.item();
                        add(
                                out,
                                Clash.Kind.DIVERSION_OVER_CLOSURE,
                                d,
                                di,
                                closed,
                                c.index(),
                                overlap(o, c.when()),
                                () -> d.label() + "'s diversion goes via " + via + ", but " + closed.label()
                                        + " closes " + closed.summary() + " at the same time");
                    }
                }
            }
        }
    }

    private static void sameRoad(Road road, boolean[] focused, Map<Pair, Builder> out) {
        List<Slot> slots = road.slots;
        for (int a = 0; a < slots.size(); a++) {
            Slot x = slots.get(a);
            for (int b = a + 1;
                    b < slots.size()
                            && slots.get(b).when().start().isBefore(x.when().end());
                    b++) {
                Slot y = slots.get(b);
                if (x.item() == y.item() || !x.when().overlaps(y.when())) {
                    continue;
                }
                if (!focused[x.index()] && !focused[y.index()]) {
                    continue;
                }
                Section sx = x.item().section();
                Section sy = y.item().section();
                Occurrence when = overlap(x.when(), y.when());
                if (opposite(sx.direction(), sy.direction()) && sx.overlaps(sy)) {
                    add(
                            out,
                            Clash.Kind.BOTH_CARRIAGEWAYS,
                            x.item(),
                            x.index(),
                            y.item(),
                            y.index(),
                            when,
                            () -> "both carriageways of " + sx.road() + " closed at once: "
                                    + x.item().summary() + " (" + x.item().label() + ") and "
                                    + y.item().summary() + " (" + y.item().label() + ")");
                } else if (!x.item().work().equals(y.item().work())
                        && sameCarriageway(sx.direction(), sy.direction())
                        && sx.meets(sy)) {
                    add(
                            out,
                            Clash.Kind.SAME_OR_ADJACENT_CLOSURES,
                            x.item(),
                            x.index(),
                            y.item(),
                            y.index(),
                            when,
                            () -> x.item().label() + " and " + y.item().label()
                                    + " close the same or adjoining sections of "
                                    + sx.road() + " at once: " + x.item().summary() + "; "
                                    + y.item().summary());
                }
            }
        }
    }

    private void corridors(Map<String, Road> roads, boolean[] focused, Map<Pair, Builder> out) {
        for (Map.Entry<String, Road> e : roads.entrySet()) {
            Map<LocalDate, Map<Integer, Slot>> nights = new HashMap<>();
            for (Slot s : e.getValue().slots) {
                nights.computeIfAbsent(night(s.when().start()), n -> new LinkedHashMap<>())
                        .putIfAbsent(s.index(), s);
            }
            for (Map.Entry<LocalDate, Map<Integer, Slot>> n : nights.entrySet()) {
                List<Slot> on = List.copyOf(n.getValue().values());
                if (on.size() <= corridorLimit || on.stream().noneMatch(s -> focused[s.index()])) {
                    continue;
                }
                Instant start = on.stream()
                        .map(s -> s.when().start())
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
                Instant end = on.stream()
                        .map(s -> s.when().end())
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
                // one corridor clash per road and night: keyed by its first closure and the night's day number
                Pair k = new Pair(Clash.Kind.CORRIDOR_LIMIT, on.get(0).index(), (int)
                        n.getKey().toEpochDay());
                Builder b = new Builder(
                        Clash.Kind.CORRIDOR_LIMIT,
                        on.stream().map(s -> Clash.Party.of(s.item())).toList(),
                        on.size() + " full closures on " + e.getKey() + " on the night of " + n.getKey()
                                + ", more than the limit of " + corridorLimit);
                b.overlaps.add(new Occurrence(start, end));
                out.put(k, b);
            }
        }
    }

    /** The evening a moment belongs to: closures starting before noon belong to the night before. */
    static LocalDate night(Instant t) {
        return LondonTime.local(t).minusHours(12).toLocalDate();
    }

    static boolean opposite(Direction a, Direction b) {
        return switch (a) {
            case NORTHBOUND -> b == Direction.SOUTHBOUND;
            case SOUTHBOUND -> b == Direction.NORTHBOUND;
            case EASTBOUND -> b == Direction.WESTBOUND;
            case WESTBOUND -> b == Direction.EASTBOUND;
            case CLOCKWISE -> b == Direction.ANTICLOCKWISE;
            case ANTICLOCKWISE -> b == Direction.CLOCKWISE;
            default -> false;
        };
    }

    /** The same carriageway, or one of them closes both (or an unstated direction, taken as possibly the same). */
    static boolean sameCarriageway(Direction a, Direction b) {
        return a == b || a == Direction.BOTH || b == Direction.BOTH || a == Direction.UNKNOWN || b == Direction.UNKNOWN;
    }

    private static Occurrence overlap(Occurrence a, Occurrence b) {
        Instant s = a.start().isAfter(b.start()) ? a.start() : b.start();
        Instant e = a.end().isBefore(b.end()) ? a.end() : b.end();
        return new Occurrence(s, e);
    }

    private static void add(
            Map<Pair, Builder> out,
            Clash.Kind kind,
            Item a,
            int ai,
            Item b,
            int bi,
            Occurrence when,
            Supplier<String> reason) {
        out.computeIfAbsent(
                        new Pair(kind, ai, bi),
                        x -> new Builder(kind, List.of(Clash.Party.of(a), Clash.Party.of(b)), reason.get()))
                .overlaps
                .add(when);
    }

    private static final class Builder {
        final Clash.Kind kind;
        final List<Clash.Party> parties;
        final String reason;
        final List<Occurrence> overlaps = new ArrayList<>();

        Builder(Clash.Kind kind, List<Clash.Party> parties, String reason) {
            this.kind = kind;
            this.parties = parties;
            this.reason = reason;
        }

        Clash build() {
            List<Occurrence> sorted = new ArrayList<>(overlaps);
            sorted.sort(Comparator.naturalOrder());
            return new Clash(kind, parties, sorted, reason);
        }
    }
}
