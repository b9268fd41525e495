package uk.interchange.app.roadworks.clash;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.interchange.app.roadworks.store.OccurrenceTimes;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.roadworks.clash.Clash;
import uk.interchange.roadworks.clash.ClashFinder;
import uk.interchange.roadworks.clash.Item;
import uk.interchange.roadworks.clash.Section;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.model.Work;

/**
 * The clash check over stored works: over everything in a period (on demand), or for one work about to be saved
 * against everything stored that overlaps it. Reads the restriction and occurrence tables, not whole works.
 */
@Service
public class ClashCheck {
    private final JdbcTemplate jdbc;
    private final ClashFinder finder;

    public ClashCheck(JdbcTemplate jdbc, @Value("${interchange.roadworks.corridor-limit:3}") int corridorLimit) {
        this.jdbc = jdbc;
        this.finder = new ClashFinder(corridorLimit);
    }

    /** Every clash among works (not cancelled) with occurrences in [from, to). */
    public List<Clash> between(Instant from, Instant to) {
        return finder.find(itemsBetween(from, to));
    }

    /** What the check reads for a period: full closures and diverted restrictions, with their occurrences in it. */
    public List<Item> itemsBetween(Instant from, Instant to) {
        return stored(from, to, Optional.empty(), Rows.CLASHING);
    }

    public ClashFinder finder() {
        return finder;
    }

    /**
     * The clashes a work would have if saved: {@code candidate} checked against the stored works that overlap it
     * ({@code replacing} is left out: it is the stored version of the same work).
     */
    public List<Clash> forWork(String label, Work candidate, Optional<UUID> replacing) {
        String key = replacing.map(UUID::toString).orElse("new");
        List<Item> mine = Item.of(key, label, candidate, r -> WorkStore.occurrencesOf(r));
        Instant from = Instant.MAX;
        Instant to = Instant.MIN;
        for (Item i : mine) {
            for (Occurrence o : i.occurrences()) {
                from = o.start().isBefore(from) ? o.start() : from;
                to = o.end().isAfter(to) ? o.end() : to;
            }
        }
        if (from.equals(Instant.MAX)) {
            return List.of();
        }
        // only what can meet this work: its roads and the roads its diversions use, and diversions sent over its roads
        Set<String> roads = new TreeSet<>();
        for (Item i : mine) {
            roads.add(i.section().road());
            i.via().forEach(v -> roads.add(v.road()));
        }
        List<Item> all = new ArrayList<>(stored(from, to, replacing, Rows.near(roads)));
        all.addAll(mine);
        return finder.find(mine, all);
    }

    /** Every restriction on one road with occurrences in [from, to), for the road's picture. */
    public List<Item> itemsOnRoad(String road, Instant from, Instant to) {
        // Two reads, so that the busiest roads are read from one stretch of a B-tree instead of hundreds of table
        // pages (V13): occurrences that start at most SHORT before the period (nights, the great majority), read
        // from the covering index by road and start; and the few longer ones that started earlier, from their own
        // small index. Together they are exactly those that overlap the period. (A range compared with "<" compares
        // lower bounds, a form the start index cannot serve, so the second read takes the long-occurrence index.)
        Collected c = new Collected();
        Timestamp f = ts(from);
        Timestamp t = ts(to);
        Timestamp early = ts(from.minus(SHORT));
        // Not ordered by the database: sorting a motorway's week there was a third of the query's time; the few
        // hundred rows are put in order here instead (itemsInOrder).
        jdbc.query(
                "select " + COLUMNS + " from roadworks.occurrence o"
                        + " where o.road = ? and lower(o.during) >= ? and lower(o.during) < ?"
                        + " and (upper(o.during) > ? or upper_inf(o.during)) and o.status <> 'cancelled'"
                        + " union all select " + COLUMNS + " from roadworks.occurrence o"
                        + " where o.road = ? and " + LONG + " and o.during && tstzrange(?, ?)"
                        + " and o.during < tstzrange(?, ?, '[]') and o.status <> 'cancelled'",
                c::row,
                road,
                early,
                t,
                f,
                road,
                f,
                t,
                early,
                early);
        return c.itemsInOrder();
    }

    /** How long an occurrence may last and still be read by its start (V13's partial index takes the longer). */
    static final java.time.Duration SHORT = java.time.Duration.ofDays(2);

    /** V13's predicate for long occurrences, written as its partial index is, so that the planner can use it. */
    private static final String LONG = "(upper_inf(o.during) or upper(o.during) - lower(o.during) > interval '2 days')";

    private static final String COLUMNS =
            "o.work_id, o.reference, o.seq, o.summary, o.road, o.direction, o.from_ordinal, o.to_ordinal,"
                    + " o.type, array_to_string(o.diversion_via, '|'), " + OccurrenceTimes.START_AND_END;

    /** Which occurrence rows a read takes, as a condition on {@code o} and its arguments. */
    private record Rows(String where, List<Object> args) {
        /** Full closures and diverted restrictions: all that the clash rules compare. */
        static final Rows CLASHING = new Rows(" and (o.full_closure or cardinality(o.diversion_via) > 0)", List.of());

        /** Those of {@link #CLASHING} on the given roads, or diverted over one of them. */
        static Rows near(Set<String> roads) {
            String[] keys = roads.toArray(String[]::new);
            return new Rows(
                    CLASHING.where() + " and (o.road = any(?) or o.diversion_roads && ?::text[])", List.of(keys, keys));
        }
    }

    private List<Item> stored(Instant from, Instant to, Optional<UUID> leaveOut, Rows rows) {
        Collected c = new Collected();
        jdbc.query(
                "select " + COLUMNS + " from roadworks.occurrence o"
                        + " where o.status <> 'cancelled' and o.during && tstzrange(?, ?) and o.work_id <> ?"
                        + rows.where()
                        + " order by o.work_id, o.seq, lower(o.during)",
                c::row,
                args(ts(from), ts(to), leaveOut.orElse(new UUID(0, 0)), rows.args()));
        return c.items();
    }

    /** Occurrence rows (of {@link #COLUMNS}, by restriction and time) gathered into one item per restriction. */
    private static final class Collected {
        private record Key(UUID work, int seq) {}

        private final Map<Key, Item> items = new LinkedHashMap<>();
        private final Map<Key, List<Occurrence>> times = new LinkedHashMap<>();

        void row(java.sql.ResultSet rs) throws java.sql.SQLException {
            Key k = new Key(rs.getObject(1, UUID.class), rs.getInt(3));
            if (!items.containsKey(k)) {
                int f = rs.getInt(7);
                OptionalInt from = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(f);
                int t = rs.getInt(8);
                OptionalInt to = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(t);
                items.put(
                        k,
                        new Item(
                                k.work().toString(),
                                rs.getString(2),
                                k.seq(),
                                rs.getString(4),
                                new Section(rs.getString(5), Direction.fromCode(rs.getString(6)), from, to),
                                RestrictionType.fromCode(rs.getString(9)),
                                Item.Via.all(via(rs.getString(10))),
                                List.of()));
                times.put(k, new ArrayList<>());
            }
            long end = rs.getLong(12);
            boolean open = rs.wasNull();
            times.get(k)
                    .add(new Occurrence(
                            Instant.ofEpochMilli(rs.getLong(11)), open ? Instant.MAX : Instant.ofEpochMilli(end)));
        }

        List<Item> items() {
            List<Item> out = new ArrayList<>();
            items.forEach((k, i) -> out.add(
                    new Item(i.work(), i.label(), i.seq(), i.summary(), i.section(), i.type(), i.via(), times.get(k))));
            return out;
        }

        /**
         * The items by work and restriction, each with its occurrences in time order, as a read ordered by
         * {@code work_id, seq, lower(during)} gives them (a UUID's text sorts as its bytes do).
         */
        List<Item> itemsInOrder() {
            times.values().forEach(t -> t.sort(BY_TIME));
            List<Item> out = items();
            out.sort(BY_RESTRICTION);
            return out;
        }

        private static final Comparator<Occurrence> BY_TIME =
                Comparator.comparing(Occurrence::start).thenComparing(Occurrence::end);
        private static final Comparator<Item> BY_RESTRICTION =
                Comparator.comparing(Item::work).thenComparingInt(Item::seq);
    }

    private static Object[] args(Object from, Object to, Object leaveOut, List<Object> more) {
        List<Object> all = new ArrayList<>(List.of(from, to, leaveOut));
        all.addAll(more);
        return all.toArray();
    }

    /** The roads a diversion uses, written "M5 J1|A41" by the query. */
    private static List<String> via(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
    }

    private static Timestamp ts(Instant t) {
        return t.equals(Instant.MAX) ? Timestamp.valueOf("9999-12-31 00:00:00") : Timestamp.from(t);
    }
}
