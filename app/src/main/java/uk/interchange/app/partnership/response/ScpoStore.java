package uk.interchange.app.partnership.response;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.app.partnership.store.Visible;
import uk.interchange.partnership.response.orders.Breach;
import uk.interchange.partnership.response.orders.Check;
import uk.interchange.partnership.response.orders.ManagedOrder;
import uk.interchange.partnership.response.orders.Scpo;
import uk.interchange.partnership.sharing.Viewer;

/** Serious crime prevention orders, their conditions, checks and breaches: the managing force's own records. */
@Repository
public class ScpoStore {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public ScpoStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public UUID create(
            Viewer v,
            String subjectOwner,
            UUID subject,
            Scpo.Order o,
            String manager,
            String monitor,
            Optional<BigDecimal> cost,
            int checkEvery) {
        UUID id = UUID.randomUUID();
        String org = v.organisation().id();
        jdbc.update(
                "insert into partnership.scpo (owner_id, id, subject_owner, subject_id, court, made_on, starts_on, ends_on,"
                        + " interim, served_on, manager, monitor, monitor_cost, check_every, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                org,
                id,
                subjectOwner,
                subject,
                o.court(),
                o.madeOn(),
                o.starts(),
                o.ends(),
                o.interim(),
                o.servedOn().orElse(null),
                manager,
                monitor,
                cost.orElse(null),
                checkEvery,
                v.user());
        log(
                v,
                AuditAction.CREATE,
                org + "/" + id,
                (o.interim() ? "interim order" : "order") + " made at " + o.court() + " on " + o.madeOn() + " for "
                        + subjectOwner + "/" + subject);
        return id;
    }

    /**
     * The orders' columns; the subject's label only where the force may read the subject's record now (the sharing
     * rule, taking the force three times, before the other parameters), since the record may be another
     * organisation's that is no longer shared with it.
     */
    private static final String SELECT = "select s.id, s.subject_owner, s.subject_id,"
            + " case when e.erased_at is null and " + Visible.rule("e", "?") + " then e.label end, s.court, s.made_on,"
            + " s.starts_on, s.ends_on, s.interim, s.served_on, s.manager, s.monitor, s.monitor_cost, s.check_every"
            + " from partnership.scpo s join partnership.entity e on e.owner_id = s.subject_owner and e.id = s.subject_id";

    /** The force's orders, ending soonest first. */
    public List<ManagedOrder> of(String org) {
        return jdbc.query(
                SELECT + " where s.owner_id = ? order by s.ends_on", (rs, i) -> stored(rs), org, org, org, org);
    }

    /** The orders a person manages, in any force they belong to. */
    public List<ManagedOrder> managedBy(String org, String user) {
        return jdbc.query(
                SELECT + " where s.owner_id = ? and s.manager = ? order by s.ends_on",
                (rs, i) -> stored(rs),
                org,
                org,
                org,
                org,
                user);
    }

    public Optional<ManagedOrder> get(String org, UUID id) {
        return jdbc
                .query(SELECT + " where s.owner_id = ? and s.id = ?", (rs, i) -> stored(rs), org, org, org, org, id)
                .stream()
                .findFirst();
    }

    public void addCondition(Viewer v, UUID scpo, Scpo.Condition c) {
        String org = v.organisation().id();
        jdbc.update(
                "insert into partnership.scpo_condition (owner_id, scpo_id, id, kind, text, starts_on, ends_on, named)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, org);
                    ps.setObject(2, scpo);
                    ps.setObject(3, UUID.randomUUID());
                    ps.setString(4, c.kind().name());
                    ps.setString(5, c.text());
                    ps.setObject(6, c.starts());
                    ps.setObject(7, c.ends());
                    ps.setArray(
                            8,
                            ps.getConnection().createArrayOf("text", c.named().toArray()));
                });
        log(v, AuditAction.CHANGE, org + "/" + scpo, "condition on " + c.kind().words() + " from " + c.starts());
    }

    public List<Scpo.Condition> conditions(String org, UUID scpo) {
        return jdbc.query(
                "select kind, text, starts_on, ends_on, named from partnership.scpo_condition"
                        + " where owner_id = ? and scpo_id = ? order by starts_on, kind",
                (rs, i) -> new Scpo.Condition(
                        Scpo.Kind.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        Set.of((String[]) rs.getArray(5).getArray())),
                org,
                scpo);
    }

    public void addCheck(Viewer v, UUID scpo, Check c) {
        String org = v.organisation().id();
        jdbc.update(
                "insert into partnership.scpo_check (owner_id, scpo_id, id, done_on, done_by, finding) values (?, ?, ?, ?, ?, ?)",
                org,
                scpo,
                UUID.randomUUID(),
                c.on(),
                v.user(),
                c.finding());
        log(v, AuditAction.CHANGE, org + "/" + scpo, "check on " + c.on());
    }

    public List<Check> checks(String org, UUID scpo) {
        return jdbc.query(
                "select done_on, done_by, finding from partnership.scpo_check where owner_id = ? and scpo_id = ?"
                        + " order by done_on desc",
                (rs, i) -> new Check(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)),
                org,
                scpo);
    }

    public void addBreach(Viewer v, UUID scpo, Breach b) {
        String org = v.organisation().id();
        jdbc.update(
                "insert into partnership.scpo_breach (owner_id, scpo_id, id, happened_on, what, response, recorded_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                org,
                scpo,
                UUID.randomUUID(),
                b.on(),
                b.what(),
                b.response(),
                v.user());
        log(v, AuditAction.CHANGE, org + "/" + scpo, "breach on " + b.on());
    }

    public List<Breach> breaches(String org, UUID scpo) {
        return jdbc.query(
                "select happened_on, what, response, recorded_by from partnership.scpo_breach"
                        + " where owner_id = ? and scpo_id = ? order by happened_on desc",
                (rs, i) ->
                        new Breach(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4)),
                org,
                scpo);
    }

    private static ManagedOrder stored(ResultSet rs) throws SQLException {
        return new ManagedOrder(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getObject(3, UUID.class),
                Optional.ofNullable(rs.getString(4)),
                new Scpo.Order(
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class),
                        rs.getBoolean(9),
                        Optional.ofNullable(rs.getObject(10, LocalDate.class))),
                rs.getString(11),
                rs.getString(12),
                Optional.ofNullable(rs.getBigDecimal(13)),
                rs.getInt(14));
    }

    private void log(Viewer v, AuditAction action, String id, String reason) {
        audit.append(new AuditRecord(
                v.user(), v.organisation().id(), action, "scpo", id, reason, Optional.empty(), Optional.empty()));
    }
}
