package uk.interchange.app.partnership.response;

import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.app.partnership.store.Visible;
import uk.interchange.partnership.response.hotspots.Area;
import uk.interchange.partnership.response.hotspots.Hotspot;
import uk.interchange.partnership.response.hotspots.Intervention;
import uk.interchange.partnership.response.hotspots.Months;
import uk.interchange.partnership.response.hotspots.Phase;
import uk.interchange.partnership.response.hotspots.Survey;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Clear-Hold-Build hotspots: the area and its comparison area (GeoJSON as given), the phases, the interventions, and
 * the crimes a month counted inside each area. A hotspot is shared like any record (its owner's sharing groups by
 * default), so partners see the measures; changes are the owner's and are logged.
 *
 * <p>The monthly counts are always written under one lock ({@link CrimeLocks#counts}) and in the same transaction
 * as what they count: a hotspot with its first count, an import's crimes with their addition to every count. So a
 * hotspot made while an import runs is counted either by the import or after it, never by neither, and a kill at
 * any moment leaves counts that agree with the crimes stored.
 *
 * <p>A hotspot made while the lock is held (an import running) does not wait for it holding a connection: it is
 * stored and listed as due a count (hotspot_recount) in its own transaction, and counted by one background thread
 * that tries the lock every half second, holding no connection between tries. A count is always made afresh from
 * every crime stored, so a hotspot that an import also counted meanwhile is not counted twice.
 */
@Repository
public class HotspotStore {
    private static final Logger logger = LoggerFactory.getLogger(HotspotStore.class);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    /** How long the background count waits before it tries the lock again. */
    static final Duration RETRY = Duration.ofMillis(500);

    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hotspot-recount");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public HotspotStore(JdbcTemplate jdbc, TransactionTemplate tx, AuditLog audit) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }

    public UUID create(Viewer v, String name, String area, String comparison, Sharing sharing) {
        UUID id = UUID.randomUUID();
        boolean counted = Boolean.TRUE.equals(tx.execute(s -> {
            insert(v, id, name, area, comparison, sharing);
            boolean locked = CrimeLocks.tryCounts(jdbc);
            if (locked) {
                recountLocked(sharing.owner(), id);
            } else {
                jdbc.update(
                        "insert into partnership.hotspot_recount (owner_id, hotspot_id) values (?, ?)",
                        sharing.owner(),
                        id);
            }
            // last, so that nothing after it can fail: the entry says the hotspot was made
            log(v, AuditAction.CREATE, sharing.owner() + "/" + id, "hotspot " + name);
            return locked;
        }));
        if (!counted) {
            recountSoon();
        }
        return id;
    }

    /** Whether the hotspot's counts are still to be made (it was made while an import ran). */
    public boolean countDue(String owner, UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from partnership.hotspot_recount where owner_id = ? and hotspot_id = ?)",
                Boolean.class,
                owner,
                id));
    }

    /**
     * Has the hotspots due a count counted on the background thread, now and then every {@link #RETRY} while the
     * lock is held, until none is due. Called after a hotspot is listed, and after an import ends.
     */
    public void recountSoon() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                later.execute(this::recountInBackground);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // the server is stopping: what is due stays listed and is counted at the next start
            }
        }
    }

    private void recountInBackground() {
        scheduled.set(false);
        try {
            recountDue();
            if (Boolean.TRUE.equals(
                    jdbc.queryForObject("select exists (select 1 from partnership.hotspot_recount)", Boolean.class))) {
                if (scheduled.compareAndSet(false, true)) {
                    later.schedule(this::recountInBackground, RETRY.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (RuntimeException e) {
            // the database gone (a stop), or a hotspot that cannot be counted: it stays due, counted at next start
            logger.warn("Could not count the hotspots due a count; they are counted again at the next start", e);
        }
    }

    private void insert(Viewer v, UUID id, String name, String area, String comparison, Sharing sharing) {
        jdbc.update(
                "insert into partnership.hotspot (owner_id, id, name, area, comparison, handling, shared_orgs,"
                        + " shared_groups, created_by) values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, sharing.owner());
                    ps.setObject(2, id);
                    ps.setString(3, name);
                    ps.setString(4, area);
                    ps.setString(5, comparison);
                    Visible.setSharing(ps, 6, sharing);
                    ps.setString(9, v.user());
                });
    }

    /** The hotspots the viewer's organisation may read, by name. */
    public List<Hotspot> visible(Viewer v) {
        String org = v.organisation().id();
        return jdbc.query(
                "select owner_id, id, name, area::text, comparison::text, created_by from partnership.hotspot h where "
                        + Visible.to("h") + " order by name",
                (rs, i) -> hotspot(rs),
                org,
                org,
                org);
    }

    /** The hotspots that every one of the organisations may read, by name: for a document made for all of them. */
    public List<Hotspot> visibleToEvery(java.util.Collection<String> orgs) {
        return jdbc.query(
                "select owner_id, id, name, area::text, comparison::text, created_by from partnership.hotspot h where "
                        + Visible.toEvery("h") + " order by name",
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", orgs.toArray()));
                },
                (rs, i) -> hotspot(rs));
    }

    public Optional<Hotspot> get(Viewer v, String owner, UUID id) {
        String org = v.organisation().id();
        return jdbc
                .query(
                        "select owner_id, id, name, area::text, comparison::text, created_by"
                                + " from partnership.hotspot h where owner_id = ? and id = ? and " + Visible.to("h"),
                        (rs, i) -> hotspot(rs),
                        owner,
                        id,
                        org,
                        org,
                        org)
                .stream()
                .findFirst();
    }

    private static Hotspot hotspot(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Hotspot(
                rs.getString(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6));
    }

    public List<Phase> phases(String owner, UUID id) {
        return jdbc.query(
                "select phase, starts_on, ends_on from partnership.hotspot_phase where owner_id = ? and hotspot_id = ?"
                        + " order by starts_on",
                (rs, i) -> new Phase(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        Optional.ofNullable(rs.getObject(3, LocalDate.class))),
                owner,
                id);
    }

    /** Sets a phase's dates (a phase is set again to correct it); logged with the dates. */
    public void setPhase(Viewer v, UUID id, Phase p) {
        String owner = v.organisation().id();
        jdbc.update(
                "insert into partnership.hotspot_phase (owner_id, hotspot_id, phase, starts_on, ends_on)"
                        + " values (?, ?, ?, ?, ?) on conflict (owner_id, hotspot_id, phase)"
                        + " do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on",
                owner,
                id,
                p.phase(),
                p.starts(),
                p.ends().orElse(null));
        log(
                v,
                AuditAction.CHANGE,
                owner + "/" + id,
                p.phase() + " from " + p.starts()
                        + p.ends().map(e -> " to " + e).orElse(""));
    }

    public List<Intervention> interventions(String owner, UUID id) {
        return jdbc.query(
                "select done_on, kind, partner, note, logged_by from partnership.intervention"
                        + " where owner_id = ? and hotspot_id = ? order by done_on, kind",
                (rs, i) -> new Intervention(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)),
                owner,
                id);
    }

    public void addIntervention(Viewer v, UUID id, Intervention i) {
        String owner = v.organisation().id();
        jdbc.update(
                "insert into partnership.intervention (owner_id, hotspot_id, id, done_on, kind, partner, note, logged_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                owner,
                id,
                UUID.randomUUID(),
                i.on(),
                i.kind(),
                i.partner(),
                i.note(),
                v.user());
        log(v, AuditAction.CHANGE, owner + "/" + id, i.kind() + " on " + i.on() + " by " + i.partner());
    }

    public Months months(String owner, UUID id) {
        Map<YearMonth, Integer> hotspot = new HashMap<>();
        Map<YearMonth, Integer> comparison = new HashMap<>();
        jdbc.query(
                "select side, month, crimes from partnership.hotspot_month where owner_id = ? and hotspot_id = ?",
                rs -> {
                    (rs.getString(1).equals("hotspot") ? hotspot : comparison)
                            .put(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getInt(3));
                },
                owner,
                id);
        return Months.of(hotspot, comparison);
    }

    /**
     * Counts again each hotspot listed as due (V28 lists every hotspot made before imports counted inside their own
     * transaction, and a hotspot made while an import ran is listed too), each in one transaction with its removal
     * from the list, so a kill part way leaves the rest due. Stops, without waiting, at the first one whose count
     * would wait for the lock (an import running). Answers how many were counted.
     */
    public int recountDue() {
        var due = jdbc.queryForList("select owner_id, hotspot_id from partnership.hotspot_recount");
        int counted = 0;
        for (var h : due) {
            String owner = (String) h.get("owner_id");
            UUID id = (UUID) h.get("hotspot_id");
            boolean done = Boolean.TRUE.equals(tx.execute(s -> {
                if (!CrimeLocks.tryCounts(jdbc)) {
                    return false;
                }
                recountLocked(owner, id);
                jdbc.update("delete from partnership.hotspot_recount where owner_id = ? and hotspot_id = ?", owner, id);
                return true;
            }));
            if (!done) {
                break;
            }
            counted++;
        }
        return counted;
    }

    /**
     * Counts the hotspot's crimes by month again, in its area and its comparison area, from every crime stored: the
     * crimes in each area's bounding box come from the GiST index, and each is then tested against the area's
     * polygons. The caller holds the counts' lock in its transaction.
     */
    private void recountLocked(String owner, UUID id) {
        var row = jdbc.queryForMap(
                "select area::text, comparison::text from partnership.hotspot where owner_id = ? and id = ?",
                owner,
                id);
        jdbc.update("delete from partnership.hotspot_month where owner_id = ? and hotspot_id = ?", owner, id);
        count(owner, id, "hotspot", HotspotArea.of((String) row.get("area")));
        count(owner, id, "comparison", HotspotArea.of((String) row.get("comparison")));
    }

    private void count(String owner, UUID id, String side, HotspotArea where) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        inArea(where, Optional.empty(), (month, line) -> counts.merge(month, 1, Integer::sum));
        add(owner, id, side, counts);
    }

    /** Adds crimes to a side's monthly counts (a month not counted yet starts at them). */
    private void add(String owner, UUID id, String side, Map<LocalDate, Integer> counts) {
        jdbc.batchUpdate(
                "insert into partnership.hotspot_month (owner_id, hotspot_id, side, month, crimes) values (?, ?, ?, ?, ?)"
                        + " on conflict (owner_id, hotspot_id, side, month)"
                        + " do update set crimes = partnership.hotspot_month.crimes + excluded.crimes",
                counts.entrySet().stream()
                        .map(e -> new Object[] {owner, id, side, Date.valueOf(e.getKey()), e.getValue()})
                        .toList());
    }

    /** Receives each crime found in an area: its month and its line in its import. */
    interface Found {
        void crime(LocalDate month, long line);
    }

    /**
     * The crimes in an area (of one import, or all): a drawn area's bounding box read from the GiST index and each
     * point tested against its polygons; an area of LSOAs by the codes the police gave the crimes.
     */
    void inArea(HotspotArea where, Optional<UUID> importId, Found found) {
        String onlyImport = importId.isPresent() ? " and import_id = ?" : "";
        switch (where) {
            case HotspotArea.Drawn d -> {
                Area area = d.area();
                double[] b = area.bounds();
                List<Object> args = new ArrayList<>(List.of(b[0], b[1], b[2], b[3]));
                importId.ifPresent(args::add);
                jdbc.query(
                        "select month, line, location[0], location[1] from partnership.street_crime"
                                + " where location <@ box(point(?, ?), point(?, ?))" + onlyImport,
                        rs -> {
                            if (area.contains(rs.getDouble(3), rs.getDouble(4))) {
                                found.crime(rs.getObject(1, LocalDate.class), rs.getLong(2));
                            }
                        },
                        args.toArray());
            }
            case HotspotArea.Lsoas l ->
                jdbc.query(
                        "select month, line from partnership.street_crime where location is not null"
                                + " and lsoa_code = any(?)" + onlyImport,
                        ps -> {
                            ps.setArray(
                                    1,
                                    ps.getConnection()
                                            .createArrayOf("text", l.codes().toArray()));
                            if (importId.isPresent()) {
                                ps.setObject(2, importId.get());
                            }
                        },
                        rs -> {
                            found.crime(rs.getObject(1, LocalDate.class), rs.getLong(2));
                        });
        }
    }

    /**
     * Adds one import's crimes to every hotspot's monthly counts (only that import is read, not the crimes counted
     * before), and answers how many of its crimes with a place fall in no hotspot and no comparison area. Runs inside
     * the import's own transaction, so the crimes and their counts commit together or not at all.
     */
    public long countImport(UUID importId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an import's crimes are counted inside the transaction that stores them");
        }
        CrimeLocks.counts(jdbc);
        // fresh statistics first: without them the planner takes a big import for a small one and reads all of it
        // beside each area's index scan (0.4 s an area at six million rows). ANALYZE samples the rows this
        // transaction has written, and its statistics are seen by this transaction before they commit.
        jdbc.execute("analyze partnership.street_crime");
        Long located = jdbc.queryForObject(
                "select count(*) from partnership.street_crime where import_id = ? and location is not null",
                Long.class,
                importId);
        java.util.BitSet covered = new java.util.BitSet();
        for (var h : jdbc.queryForList("select owner_id, id, area::text as hotspot, comparison::text as comparison"
                + " from partnership.hotspot")) {
            for (String side : List.of("hotspot", "comparison")) {
                Map<LocalDate, Integer> counts = new TreeMap<>();
                inArea(HotspotArea.of((String) h.get(side)), Optional.of(importId), (month, line) -> {
                    counts.merge(month, 1, Integer::sum);
                    covered.set((int) line);
                });
                add((String) h.get("owner_id"), (UUID) h.get("id"), side, counts);
            }
        }
        return located == null ? 0 : located - covered.cardinality();
    }

    public void addSurvey(Viewer v, UUID id, Survey s) {
        String owner = v.organisation().id();
        jdbc.update(
                "insert into partnership.hotspot_survey (owner_id, hotspot_id, wave, question, respondents, agreeing)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (owner_id, hotspot_id, wave, question)"
                        + " do update set respondents = excluded.respondents, agreeing = excluded.agreeing",
                owner,
                id,
                s.wave(),
                s.question(),
                s.respondents(),
                s.agreeing());
        log(v, AuditAction.CHANGE, owner + "/" + id, "survey wave " + s.wave() + ": " + s.question());
    }

    public List<Survey> surveys(String owner, UUID id) {
        return jdbc.query(
                "select wave, question, respondents, agreeing from partnership.hotspot_survey"
                        + " where owner_id = ? and hotspot_id = ? order by question, wave",
                (rs, i) -> new Survey(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3), rs.getDouble(4)),
                owner,
                id);
    }

    /**
     * The organisation's own crime imports, newest first: which files another organisation imported, when and by
     * whom, is its own business (the crimes themselves are shared, and counted in every hotspot).
     */
    public List<Map<String, Object>> imports(String organisation) {
        return jdbc.queryForList(
                "select file_name, imported_by, organisation_id, rows_read, rows_stored, not_located, imported_at"
                        + " from partnership.crime_import where organisation_id = ? order by imported_at desc limit 20",
                organisation);
    }

    private void log(Viewer v, AuditAction action, String id, String reason) {
        audit.append(new AuditRecord(
                v.user(), v.organisation().id(), action, "hotspot", id, reason, Optional.empty(), Optional.empty()));
    }
}
