package uk.interchange.app.roadworks.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.interchange.roadworks.clash.Item;
import uk.interchange.roadworks.clash.Section;
import uk.interchange.roadworks.model.Diversion;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.Road;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.model.WorkStatus;
import uk.interchange.roadworks.publish.Wording;
import uk.interchange.roadworks.schedule.LondonTime;
import uk.interchange.roadworks.schedule.ScheduleExpander;

/**
 * Works in PostgreSQL. A save writes the work, a new version row, and its restrictions and occurrences, in one
 * transaction; a save based on an old version is refused with the latest version attached.
 */
@Repository
public class WorkStore {
    private static final String COLUMNS =
            "id, authority_id, reference, status, version, document::text, " + "geometry::text, updated_at, updated_by";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Saves committed by this server; see {@link #lastChangeRecent()}. */
    private final AtomicLong saves = new AtomicLong();

    private record Seen(long saves, long nanos, Instant last) {}

    private final AtomicReference<Seen> seen = new AtomicReference<>();
    /** How long a reading of {@link #lastChange()} stands when nothing was saved here meanwhile: a quarter second. */
    public static final long RECHECK_NANOS = 250_000_000L;

    public WorkStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new work at version 1. */
    @Transactional
    public StoredWork create(NewWork n, String user, String reason) {
        UUID id = UUID.randomUUID();
        String reference = n.reference().orElseGet(() -> nextReference(n.work()));
        Instant now = clock.instant();
        jdbc.update(
                "insert into roadworks.work (id, authority_id, reference, main_road, county, status, version, document,"
                        + " geometry, import_key, updated_at, updated_by) values (?,?,?,?,?,?,1,?::jsonb,?::jsonb,?,?,?)",
                id,
                n.authorityId(),
                reference,
                Road.key(n.work().mainRoad()),
                n.work().county().orElse(null),
                n.status().code(),
                WorkJson.write(n.work()),
                GeometryJson.write(n.geometry()),
                n.importKey().orElse(null),
                Timestamp.from(now),
                user);
        StoredWork stored =
                new StoredWork(id, n.authorityId(), reference, n.status(), 1, n.work(), n.geometry(), now, user);
        writeVersion(stored, reason);
        writeRestrictions(stored);
        countAfterCommit();
        return stored;
    }

    /**
     * Saves a change made to version {@code basedOn}. Refused with {@link ChangedBySomeoneElse} when someone saved
     * after that version was read.
     */
    @Transactional
    public StoredWork update(
            UUID id, int basedOn, Work work, WorkStatus status, List<LonLat> geometry, String user, String reason) {
        Instant now = clock.instant();
        int rows = jdbc.update(
                "update roadworks.work set version = version + 1, document = ?::jsonb, status = ?, main_road = ?,"
                        + " county = ?, geometry = ?::jsonb, updated_at = ?, updated_by = ? where id = ? and version = ?",
                WorkJson.write(work),
                status.code(),
                Road.key(work.mainRoad()),
                work.county().orElse(null),
                GeometryJson.write(geometry),
                Timestamp.from(now),
                user,
                id,
                basedOn);
        StoredWork latest = find(id).orElseThrow(() -> new NoSuchWork(id.toString()));
        if (rows == 0) {
            throw new ChangedBySomeoneElse(latest, basedOn);
        }
        jdbc.update("delete from roadworks.restriction where work_id = ?", id);
        writeVersion(latest, reason);
        writeRestrictions(latest);
        countAfterCommit();
        return latest;
    }

    public Optional<StoredWork> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from roadworks.work where id = ?", WorkStore::row, id).stream()
                .findFirst();
    }

    public Optional<StoredWork> findByReference(String reference) {
        return jdbc
                .query("select " + COLUMNS + " from roadworks.work where reference = ?", WorkStore::row, reference)
                .stream()
                .findFirst();
    }

    /**
     * A work whose reference is the one given in another case ("m6-0001" for "M6-0001"), as roads are read; only
     * asked when no work has the reference exactly.
     */
    public Optional<StoredWork> findByReferenceIgnoringCase(String reference) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from roadworks.work where upper(reference) = upper(?)"
                                + " order by reference limit 1",
                        WorkStore::row,
                        reference)
                .stream()
                .findFirst();
    }

    public Optional<StoredWork> findByImportKey(String key) {
        return jdbc
                .query("select " + COLUMNS + " from roadworks.work where import_key = ?", WorkStore::row, key)
                .stream()
                .findFirst();
    }

    /** An authority's works, the most recently changed first, at most {@code limit} of them. */
    public List<StoredWork> ofAuthority(String authorityId, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from roadworks.work where authority_id = ? order by updated_at desc limit ?",
                WorkStore::row,
                authorityId,
                limit);
    }

    public List<StoredWork> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "select " + COLUMNS + " from roadworks.work where id = any(?) order by main_road, reference",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray())),
                WorkStore::row);
    }

    public List<WorkVersion> versions(UUID id) {
        return jdbc.query(
                "select version, status, document::text, changed_by, changed_at, reason from roadworks.work_version"
                        + " where work_id = ? order by version desc",
                (rs, i) -> new WorkVersion(
                        rs.getInt(1),
                        WorkStatus.fromCode(rs.getString(2)),
                        WorkJson.read(rs.getString(3)),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        Optional.ofNullable(rs.getString(6))),
                id);
    }

    /** The latest change to any work: the feeds' Last-Modified. */
    public Optional<Instant> lastChange() {
        Timestamp t = jdbc.queryForObject("select max(updated_at) from roadworks.work", Timestamp.class);
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    /**
     * {@link #lastChange()}, asked of the database at most every quarter second, and again at once after a save
     * committed on this server. The public pages and feeds ask it on every request to know whether what they keep is
     * still true; asked of the database each time, it was about a tenth of its work for a road's page. A save made by
     * another server sharing the database is seen within the quarter second.
     */
    public Instant lastChangeRecent() {
        long n = saves.get(); // before asking: a save committed while the database answers is asked about next time
        long now = System.nanoTime();
        Seen s = seen.get();
        if (s != null && s.saves() == n && now - s.nanos() < RECHECK_NANOS) {
            return s.last();
        }
        Instant last = lastChange().orElse(Instant.EPOCH);
        seen.set(new Seen(n, now, last));
        return last;
    }

    private void countAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    saves.incrementAndGet();
                }
            });
        } else {
            saves.incrementAndGet();
        }
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from roadworks.work", Long.class);
        return n == null ? 0 : n;
    }

    /** "M6-0123": the main road and the next number of one sequence for all works; "RW-" without a road. */
    private String nextReference(Work work) {
        String road = Road.key(work.mainRoad()).replaceAll("[^A-Z0-9]", "");
        Long n = jdbc.queryForObject("select nextval('roadworks.work_reference_seq')", Long.class);
        String reference = (road.isEmpty() ? "RW" : road) + "-" + String.format("%04d", n);
        // a reference typed by a planner or an import may have taken the number already
        return findByReference(reference).isPresent() ? nextReference(work) : reference;
    }

    private void writeVersion(StoredWork w, String reason) {
        jdbc.update(
                "insert into roadworks.work_version (work_id, version, status, document, changed_by, changed_at,"
                        + " reason) values (?,?,?,?::jsonb,?,?,?)",
                w.id(),
                w.version(),
                w.status().code(),
                WorkJson.write(w.work()),
                w.updatedBy(),
                Timestamp.from(w.updatedAt()),
                reason);
    }

    private void writeRestrictions(StoredWork w) {
        List<Object[]> restrictions = new ArrayList<>();
        List<Object[]> occurrences = new ArrayList<>();
        int seq = 0;
        for (Restriction r : w.work().restrictions()) {
            seq++;
            Section s = Section.of(w.work(), r);
            Integer from = s.from().isPresent() ? s.from().getAsInt() : null;
            Integer to = s.to().isPresent() ? s.to().getAsInt() : null;
            String[] via = r.diversion().map(Diversion::via).orElse(List.of()).toArray(String[]::new);
            String[] viaRoads = Item.Via.all(List.of(via)).stream()
                    .map(Item.Via::road)
                    .distinct()
                    .toArray(String[]::new);
            String summary = Wording.summary(w.work(), r);
            String place = Wording.place(w.work(), r);
            restrictions.add(new Object[] {
                w.id(),
                seq,
                r.type().code(),
                s.road(),
                r.direction().code(),
                from,
                to,
                r.type().isFullClosure(),
                via,
                summary,
                place
            });
            for (Occurrence o : occurrencesOf(r)) {
                occurrences.add(new Object[] {
                    w.id(),
                    seq,
                    s.road(),
                    r.direction().code(),
                    r.type().code(),
                    w.work().county().orElse(null),
                    w.status().code(),
                    r.type().isFullClosure(),
                    from,
                    to,
                    Timestamp.from(o.start()),
                    o.end().equals(Instant.MAX) ? null : Timestamp.from(o.end()),
                    w.reference(),
                    summary,
                    place,
                    via,
                    viaRoads
                });
            }
        }
        jdbc.batchUpdate(
                "insert into roadworks.restriction (work_id, seq, type, road, direction, from_ordinal, to_ordinal,"
                        + " full_closure, diversion_via, summary, place) values (?,?,?,?,?,?,?,?,?,?,?)",
                restrictions);
        jdbc.batchUpdate(
                "insert into roadworks.occurrence (work_id, seq, road, direction, type, county, status, full_closure,"
                        + " from_ordinal, to_ordinal, during, reference, summary, place, diversion_via,"
                        + " diversion_roads) values (?,?,?,?,?,?,?,?,?,?,tstzrange(?,?),?,?,?,?,?)",
                occurrences);
    }

    /**
     * The occurrences kept for a restriction. A vague end ("until further notice") runs from its start to its
     * estimate, or without an end when there is none: such a closure is closed until someone says otherwise.
     */
    public static List<Occurrence> occurrencesOf(Restriction r) {
        if (r.schedule().openEnd().isPresent()) {
            var open = r.schedule().openEnd().get();
            Instant start = LondonTime.instant(open.from().atStartOfDay());
            Instant end = open.untilEstimate()
                    .map(d -> LondonTime.instant(d.plusDays(1).atTime(LocalTime.MIDNIGHT)))
                    .orElse(Instant.MAX);
            return end.isAfter(start) ? List.of(new Occurrence(start, end)) : List.of();
        }
        return ScheduleExpander.occurrences(r.schedule());
    }

    private static StoredWork row(ResultSet rs, int i) throws SQLException {
        return new StoredWork(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                WorkStatus.fromCode(rs.getString(4)),
                rs.getInt(5),
                WorkJson.read(rs.getString(6)),
                GeometryJson.read(rs.getString(7)),
                rs.getTimestamp(8).toInstant(),
                rs.getString(9));
    }
}
