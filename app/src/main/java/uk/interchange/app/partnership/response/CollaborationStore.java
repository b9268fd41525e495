package uk.interchange.app.partnership.response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.partnership.response.collaborations.Benefit;
import uk.interchange.partnership.response.collaborations.Collaboration;
import uk.interchange.partnership.response.collaborations.Milestone;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Collaborations between forces: the initiative (forces taking part, the service, funding, dates), its milestones,
 * and its expected and realised benefits; with the programme view that sets them side by side.
 */
@Repository
public class CollaborationStore {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public CollaborationStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public UUID create(
            Viewer v,
            String name,
            String service,
            List<String> forces,
            BigDecimal funding,
            LocalDate starts,
            Optional<LocalDate> ends) {
        UUID id = UUID.randomUUID();
        String org = v.organisation().id();
        jdbc.update(
                "insert into partnership.collaboration (owner_id, id, name, service, forces, funding, starts_on, ends_on,"
                        + " created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, org);
                    ps.setObject(2, id);
                    ps.setString(3, name);
                    ps.setString(4, service);
                    ps.setArray(5, ps.getConnection().createArrayOf("text", forces.toArray()));
                    ps.setBigDecimal(6, funding);
                    ps.setObject(7, starts);
                    ps.setObject(8, ends.orElse(null));
                    ps.setString(9, v.user());
                });
        log(v, AuditAction.CREATE, org + "/" + id, "collaboration " + name);
        return id;
    }

    /** Each initiative with its counts: the programme view's columns, worked out in one query. */
    private static final String ROWS =
            "select c.owner_id, c.id, c.name, c.service, c.forces, c.funding, c.starts_on, c.ends_on,"
                    + " (select count(*) from partnership.milestone m where m.owner_id = c.owner_id"
                    + " and m.collaboration_id = c.id),"
                    + " (select count(*) from partnership.milestone m where m.owner_id = c.owner_id"
                    + " and m.collaboration_id = c.id and m.status = 'met'),"
                    + " (select count(*) from partnership.milestone m where m.owner_id = c.owner_id"
                    + " and m.collaboration_id = c.id and m.status <> 'met' and m.due_on < ?),"
                    + " (select coalesce(sum(expected), 0) from partnership.benefit b where b.owner_id = c.owner_id"
                    + " and b.collaboration_id = c.id and b.cashable),"
                    + " (select coalesce(sum(realised), 0) from partnership.benefit b where b.owner_id = c.owner_id"
                    + " and b.collaboration_id = c.id and b.cashable),"
                    + " (select count(*) from partnership.benefit b where b.owner_id = c.owner_id"
                    + " and b.collaboration_id = c.id and not b.cashable)"
                    + " from partnership.collaboration c";

    /** Every collaboration, side by side, by service then name. */
    public List<Collaboration> programme(LocalDate today) {
        return jdbc.query(ROWS + " order by c.service, c.name", CollaborationStore::row, today);
    }

    public Optional<Collaboration> get(String owner, UUID id, LocalDate today) {
        return jdbc
                .query(ROWS + " where c.owner_id = ? and c.id = ?", CollaborationStore::row, today, owner, id)
                .stream()
                .findFirst();
    }

    private static Collaboration row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Collaboration(
                rs.getString(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                List.of((String[]) rs.getArray(5).getArray()),
                rs.getBigDecimal(6),
                rs.getObject(7, LocalDate.class),
                Optional.ofNullable(rs.getObject(8, LocalDate.class)),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getBigDecimal(12),
                rs.getBigDecimal(13),
                rs.getInt(14));
    }

    public List<Milestone> milestones(String owner, UUID id) {
        return jdbc.query(
                "select title, due_on, status from partnership.milestone where owner_id = ? and collaboration_id = ?"
                        + " order by due_on",
                (rs, i) -> new Milestone(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)),
                owner,
                id);
    }

    public List<Benefit> benefits(String owner, UUID id) {
        return jdbc.query(
                "select description, cashable, expected, realised from partnership.benefit where owner_id = ?"
                        + " and collaboration_id = ? order by cashable desc, description",
                (rs, i) -> new Benefit(
                        rs.getString(1),
                        rs.getBoolean(2),
                        Optional.ofNullable(rs.getBigDecimal(3)),
                        Optional.ofNullable(rs.getBigDecimal(4))),
                owner,
                id);
    }

    /** Adds or re-sets a milestone (same title: its due date and status change). */
    public void milestone(Viewer v, UUID id, Milestone m) {
        String org = v.organisation().id();
        int n = jdbc.update(
                "update partnership.milestone set due_on = ?, status = ? where owner_id = ? and collaboration_id = ?"
                        + " and title = ?",
                m.due(),
                m.status(),
                org,
                id,
                m.title());
        if (n == 0) {
            jdbc.update(
                    "insert into partnership.milestone (owner_id, collaboration_id, id, title, due_on, status)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    org,
                    id,
                    UUID.randomUUID(),
                    m.title(),
                    m.due(),
                    m.status());
        }
        log(v, AuditAction.CHANGE, org + "/" + id, "milestone " + m.title() + ": " + m.status());
    }

    public void benefit(Viewer v, UUID id, Benefit b) {
        String org = v.organisation().id();
        jdbc.update(
                "insert into partnership.benefit (owner_id, collaboration_id, id, description, cashable, expected, realised)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                org,
                id,
                UUID.randomUUID(),
                b.description(),
                b.cashable(),
                b.expected().orElse(null),
                b.realised().orElse(null));
        log(v, AuditAction.CHANGE, org + "/" + id, "benefit " + b.description());
    }

    private void log(Viewer v, AuditAction action, String id, String reason) {
        audit.append(new AuditRecord(
                v.user(),
                v.organisation().id(),
                action,
                "collaboration",
                id,
                reason,
                Optional.empty(),
                Optional.empty()));
    }
}
