package uk.interchange.app.roadworks.ask;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.interchange.app.roadworks.store.OccurrenceTimes;

/** Answers "what is closed" from the occurrence table's time ranges (GiST-indexed with the road and county). */
@Repository
public class Closures {
    /** The most rows one answer gives; the page and API say when there were more. */
    public static final int LIMIT = 2_000;

    private final JdbcTemplate jdbc;

    public Closures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@link #LIMIT} + 1 rows, so a caller can tell there were more. */
    public List<Closure> find(ClosureQuery q) {
        return find(q, LIMIT + 1);
    }

    public List<Closure> find(ClosureQuery q, int rows) {
        StringBuilder sql = new StringBuilder(
                "select o.work_id, o.reference, o.seq, o.road, o.direction, o.type, o.county, o.status, o.place,"
                        + " " + OccurrenceTimes.START_AND_END + ", o.summary"
                        + " from roadworks.occurrence o"
                        + " where o.status <> 'cancelled' and o.during && tstzrange(?, ?, '[]')");
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(q.from()));
        args.add(Timestamp.from(q.to()));
        if (!q.atInstant()) {
            // a range is half-open: something that starts exactly at its end is not in it
            sql.append(" and lower(o.during) < ?");
            args.add(Timestamp.from(q.to()));
        }
        q.road().ifPresent(road -> {
            sql.append(" and o.road = ?");
            args.add(road);
        });
        if (q.fromJunction().isPresent()) {
            sql.append(" and o.from_ordinal <= ? and o.to_ordinal >= ?");
            args.add(q.toJunction().getAsInt());
            args.add(q.fromJunction().getAsInt());
        }
        q.direction().ifPresent(d -> {
            sql.append(" and o.direction in (?, 'both')");
            args.add(d.code());
        });
        q.county().ifPresent(c -> {
            sql.append(" and o.county = ?");
            args.add(c);
        });
        q.type().ifPresent(t -> {
            sql.append(" and o.type = ?");
            args.add(t.code());
        });
        sql.append(" order by lower(o.during), o.road, o.reference, o.seq limit ")
                .append(rows);
        return jdbc.query(
                sql.toString(),
                (rs, i) -> new Closure(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Optional.ofNullable(rs.getString(7)),
                        rs.getString(8),
                        rs.getString(9),
                        Instant.ofEpochMilli(rs.getLong(10)),
                        millis(rs, 11),
                        rs.getString(12)),
                args.toArray());
    }

    private static Optional<Instant> millis(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
    }

    /** The roads and counties that have works, as of the latest change, and when that was last checked. */
    private record Choices(
            Instant asOf, Instant checked, List<String> roads, Set<String> known, List<String> counties) {
        Choices(Instant asOf, Instant checked, List<String> roads, List<String> counties) {
            this(asOf, checked, roads, Set.copyOf(roads), counties);
        }
    }

    /** How long the pickers' lists are used before asking whether anything changed. */
    static final Duration FRESH = Duration.ofSeconds(10);

    private final AtomicReference<Choices> choices = new AtomicReference<>();

    /** The roads that have any works, for the road picker; read again only after a work changes. */
    public List<String> roads() {
        return choices().roads();
    }

    /** Whether any work is recorded on the road (its key, "M6"): a set's look-up, as a road's page asks it every time. */
    public boolean hasRoad(String key) {
        return choices().known().contains(key);
    }

    /** The counties that have any works, for the county picker. */
    public List<String> counties() {
        return choices().counties();
    }

    private Choices choices() {
        Instant now = Instant.now();
        Choices c = choices.get();
        if (c != null && c.checked().plus(FRESH).isAfter(now)) {
            return c;
        }
        Timestamp t = jdbc.queryForObject("select max(updated_at) from roadworks.work", Timestamp.class);
        Instant asOf = t == null ? Instant.EPOCH : t.toInstant();
        if (c != null && c.asOf().equals(asOf)) {
            c = new Choices(asOf, now, c.roads(), c.known(), c.counties());
            choices.set(c);
        } else {
            c = new Choices(
                    asOf,
                    now,
                    jdbc.queryForList("select distinct road from roadworks.restriction order by road", String.class),
                    jdbc.queryForList(
                            "select distinct county from roadworks.work where county is not null order by county",
                            String.class));
            choices.set(c);
        }
        return c;
    }
}
