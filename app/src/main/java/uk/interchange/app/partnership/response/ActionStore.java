package uk.interchange.app.partnership.response;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.app.partnership.store.Visible;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Action plans under the four Ps. An action is read by the organisation that recorded it, the organisation
 * responsible for it, and whoever else it is shared with; the two organisations update its status and outcome.
 */
@Repository
public class ActionStore {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public ActionStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public UUID create(Viewer v, Action.Draft d, Sharing sharing) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into partnership.action (owner_id, id, title, strand, group_owner, group_id, area, responsible_id,"
                        + " due_on, created_by, handling, shared_orgs, shared_groups)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, sharing.owner());
                    ps.setObject(2, id);
                    ps.setString(3, d.title());
                    ps.setString(4, d.strand());
                    ps.setString(5, d.groupOwner().orElse(null));
                    ps.setObject(6, d.group().orElse(null));
                    ps.setString(7, d.area());
                    ps.setString(8, d.responsible());
                    ps.setObject(9, d.due());
                    ps.setString(10, v.user());
                    Visible.setSharing(ps, 11, sharing);
                });
        log(
                v,
                AuditAction.CREATE,
                sharing.owner() + "/" + id,
                d.strand() + ": " + d.title() + ", due " + d.due() + " for " + d.responsible());
        return id;
    }

    /**
     * The columns lists show. The group an action is against is a record of its own: it is named only to a viewer who
     * may read it (four parameters first: whether the viewer reads records, then their organisation three times),
     * else the action's area is shown.
     */
    private static final String SELECT = "select a.owner_id, a.id, a.title, a.strand,"
            + " coalesce(case when ? and " + Visible.rule("g", "?") + " then g.reference || ' ' || g.name end,"
            + " nullif(a.area, ''), '" + Action.UNREAD_GROUP + "'), a.responsible_id, a.due_on, a.status, a.outcome"
            + " from partnership.action a left join partnership.crime_group g"
            + " on g.owner_id = a.group_owner and g.id = a.group_id";

    /** Readable by the viewer: the owner, the organisation responsible, or the sharing rule. */
    private static String readable() {
        return "(a.responsible_id = ? or " + Visible.to("a") + ")";
    }

    /** The parameters of {@link #SELECT} for the viewer, then the others. */
    private static Object[] args(Viewer v, Object... more) {
        String org = v.organisation().id();
        List<Object> all = new ArrayList<>(List.of(v.readsRecords(), org, org, org));
        all.addAll(List.of(more));
        return all.toArray();
    }

    /** The actions the viewer may read, by due date. */
    public List<Action> visible(Viewer v) {
        String org = v.organisation().id();
        return jdbc.query(
                SELECT + " where " + readable() + " order by a.due_on, a.title",
                (rs, i) -> action(rs),
                args(v, org, org, org, org));
    }

    /**
     * The actions that every one of the organisations may read (each as the responsible organisation or under the
     * sharing rule), by due date, without naming their groups: for a document made for all of them.
     */
    public List<Action> visibleToEvery(Collection<String> orgs) {
        return jdbc.query(
                SELECT + " where "
                        + Visible.everyReader(
                                "a.responsible_id = " + Visible.READER + " or " + Visible.rule("a", Visible.READER))
                        + " order by a.due_on, a.title",
                ps -> {
                    ps.setBoolean(1, false);
                    ps.setString(2, "");
                    ps.setString(3, "");
                    ps.setString(4, "");
                    ps.setArray(5, ps.getConnection().createArrayOf("text", orgs.toArray()));
                },
                (rs, i) -> action(rs));
    }

    /** The actions of one group that the viewer may read. */
    public List<Action> ofGroup(Viewer v, String owner, UUID group) {
        String org = v.organisation().id();
        return jdbc.query(
                SELECT + " where a.group_owner = ? and a.group_id = ? and " + readable() + " order by a.due_on",
                (rs, i) -> action(rs),
                args(v, owner, group, org, org, org, org));
    }

    /** The viewer's organisation's own actions past their due date and not finished: for its people's front page. */
    public List<Action> overdue(Viewer v, LocalDate today) {
        return jdbc.query(
                SELECT + " where a.responsible_id = ? and a.status in ('open', 'in-progress') and a.due_on < ?"
                        + " order by a.due_on limit 50",
                (rs, i) -> action(rs),
                args(v, v.organisation().id(), today));
    }

    /** Sets the status and outcome; only the recording or the responsible organisation may. */
    public boolean update(Viewer v, String owner, UUID id, String status, String outcome) {
        String org = v.organisation().id();
        int n = jdbc.update(
                "update partnership.action set status = ?, outcome = ? where owner_id = ? and id = ?"
                        + " and (owner_id = ? or responsible_id = ?)",
                status,
                outcome,
                owner,
                id,
                org,
                org);
        if (n == 1) {
            log(v, AuditAction.CHANGE, owner + "/" + id, status + (outcome.isBlank() ? "" : ": " + outcome));
        }
        return n == 1;
    }

    private static Action action(ResultSet rs) throws SQLException {
        return new Action(
                rs.getString(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                rs.getString(8),
                rs.getString(9));
    }

    private void log(Viewer v, AuditAction action, String id, String reason) {
        audit.append(new AuditRecord(
                v.user(), v.organisation().id(), action, "action", id, reason, Optional.empty(), Optional.empty()));
    }
}
