package uk.interchange.app.roadworks.publish;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.interchange.app.roadworks.store.Gazetteer;
import uk.interchange.app.roadworks.store.StoredWork;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.publish.FeedWork;

/**
 * The works the feeds publish: those with an occurrence from a day ago to {@value #AHEAD_DAYS} days ahead, each
 * with its line (recorded, or drawn from the junction gazetteer). Read once and kept until a work changes or
 * {@link #FRESH} passes, so that feed requests do not each read the whole table.
 */
@Service
public class FeedSource {
    static final int AHEAD_DAYS = 90;
    static final Duration FRESH = Duration.ofMinutes(5);

    /** The published works, when they were read, and the last change they reflect. */
    public record Snapshot(List<FeedWork> works, Instant read, Instant lastChange, Instant from, Instant to) {}

    private final WorkStore store;
    private final Gazetteer gazetteer;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicReference<Snapshot> cached = new AtomicReference<>();

    public FeedSource(WorkStore store, Gazetteer gazetteer, JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Snapshot snapshot() {
        Instant now = clock.instant();
        Instant last = store.lastChangeRecent();
        Snapshot s = cached.get();
        if (s != null && s.lastChange().equals(last) && s.read().plus(FRESH).isAfter(now)) {
            return s;
        }
        Instant from = now.minus(Duration.ofDays(1));
        Instant to = now.plus(Duration.ofDays(AHEAD_DAYS));
        List<UUID> ids = jdbc.queryForList(
                "select distinct work_id from roadworks.occurrence where during && tstzrange(?, ?)",
                UUID.class,
                Timestamp.from(from),
                Timestamp.from(to));
        Map<String, LonLat> points = gazetteer.all();
        Map<String, String> authorities = authorityNames();
        List<FeedWork> works = new ArrayList<>();
        for (StoredWork w : store.byIds(ids)) {
            boolean recorded = !w.geometry().isEmpty();
            List<LonLat> line = recorded ? w.geometry() : Gazetteer.lineFor(w.work(), points);
            works.add(new FeedWork(
                    w.id().toString(),
                    w.reference(),
                    authorities.getOrDefault(w.authorityId(), w.authorityId()),
                    w.status(),
                    w.version(),
                    w.work(),
                    line,
                    recorded,
                    w.updatedAt()));
        }
        Snapshot fresh = new Snapshot(List.copyOf(works), now, last, from, to);
        cached.set(fresh);
        return fresh;
    }

    public Optional<FeedWork> byReference(String reference) {
        return snapshot().works().stream()
                .filter(w -> w.reference().equalsIgnoreCase(reference))
                .findFirst();
    }

    private Map<String, String> authorityNames() {
        Map<String, String> out = new HashMap<>();
        jdbc.query("select id, name from roadworks.authority", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }
}
