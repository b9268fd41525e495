package uk.interchange.app.partnership.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.partnership.model.CrimeGroup;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Organised crime groups and their members. A group is shared like any record; a member is shown only when the
 * viewer may read both the group and the person.
 */
@Repository
public class GroupStore {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public GroupStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A group as the list and its page show it. */
    public record Group(
            String owner,
            UUID id,
            String reference,
            String name,
            List<String> activities,
            String area,
            Optional<CrimeGroup.Mapping> mapping) {}

    /** A member the viewer may see. */
    public record Member(Found person, String role) {}

    public UUID create(Viewer viewer, CrimeGroup g, Sharing sharing) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into partnership.crime_group (owner_id, id, reference, name, activities, area, score, band,"
                        + " assessed_on, handling, shared_orgs, shared_groups) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, sharing.owner());
                    ps.setObject(2, id);
                    ps.setString(3, g.reference());
                    ps.setString(4, g.name());
                    ps.setArray(
                            5,
                            ps.getConnection()
                                    .createArrayOf("text", g.activities().toArray()));
                    ps.setString(6, g.area());
                    ps.setObject(7, g.mapping().map(CrimeGroup.Mapping::score).orElse(null));
                    ps.setString(8, g.mapping().map(CrimeGroup.Mapping::band).orElse(null));
                    ps.setObject(
                            9, g.mapping().map(CrimeGroup.Mapping::assessedOn).orElse(null));
                    Visible.setSharing(ps, 10, sharing);
                });
        audit.append(Visible.audit(
                viewer,
                AuditAction.CREATE,
                "crime-group",
                sharing.owner() + "/" + id,
                "new group " + g.reference(),
                Optional.empty()));
        Visible.disclose(
                audit,
                viewer,
                "crime-group",
                sharing.owner() + "/" + id,
                "shared when recorded",
                Resharing.widened(Sharing.ownerOnly(sharing.owner(), sharing.handling()), sharing));
        return id;
    }

    /** Whether the organisation already has a group with this reference. */
    /** The organisation's own groups, id to "reference name", by reference: for pickers that link to a group. */
    public java.util.Map<String, String> ownLabels(String owner) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select id, reference || ' ' || name from partnership.crime_group where owner_id = ? order by reference",
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                },
                owner);
        return out;
    }

    public boolean referenceTaken(String owner, String reference) {
        Integer n = jdbc.queryForObject(
                "select count(*) from partnership.crime_group where owner_id = ? and reference = ?",
                Integer.class,
                owner,
                reference);
        return n != null && n > 0;
    }

    /** Replaces what the owner's group record says (its reference stays); logged as a change with the reason. */
    public boolean update(Viewer viewer, UUID id, CrimeGroup g, String reason) {
        String org = viewer.organisation().id();
        int n = jdbc.update(
                "update partnership.crime_group set name = ?, activities = ?, area = ?, score = ?, band = ?,"
                        + " assessed_on = ? where owner_id = ? and id = ?",
                ps -> {
                    ps.setString(1, g.name());
                    ps.setArray(
                            2,
                            ps.getConnection()
                                    .createArrayOf("text", g.activities().toArray()));
                    ps.setString(3, g.area());
                    ps.setObject(4, g.mapping().map(CrimeGroup.Mapping::score).orElse(null));
                    ps.setString(5, g.mapping().map(CrimeGroup.Mapping::band).orElse(null));
                    ps.setObject(
                            6, g.mapping().map(CrimeGroup.Mapping::assessedOn).orElse(null));
                    ps.setString(7, org);
                    ps.setObject(8, id);
                });
        if (n == 1) {
            audit.append(
                    Visible.audit(viewer, AuditAction.CHANGE, "crime-group", org + "/" + id, reason, Optional.empty()));
        }
        return n == 1;
    }

    /** Whether the person is already recorded as a member of the owner's group. */
    public boolean isMember(String owner, UUID group, Found person) {
        Integer n = jdbc.queryForObject(
                "select count(*) from partnership.crime_group_member where owner_id = ? and group_id = ?"
                        + " and person_owner = ? and person_id = ?",
                Integer.class,
                owner,
                group,
                person.owner(),
                person.id());
        return n != null && n > 0;
    }

    public void addMember(Viewer viewer, UUID group, Found person, String role) {
        String org = viewer.organisation().id();
        jdbc.update(
                "insert into partnership.crime_group_member values (?, ?, ?, ?, ?)",
                org,
                group,
                person.owner(),
                person.id(),
                role);
        audit.append(Visible.audit(
                viewer,
                AuditAction.CHANGE,
                "crime-group",
                org + "/" + group,
                person.label() + " recorded as " + role,
                Optional.empty()));
    }

    /** The groups the viewer may read, the highest mapping score first (unscored last); the look-up is logged. */
    public List<Group> ranked(Viewer viewer, String reason) {
        audit.append(Visible.audit(viewer, AuditAction.LOOKUP, "crime-group", "ranked list", reason, Optional.empty()));
        if (!viewer.readsRecords()) {
            return List.of();
        }
        String org = viewer.organisation().id();
        return jdbc.query(
                "select owner_id, id, reference, name, activities, area, score, band, assessed_on"
                        + " from partnership.crime_group g where " + Visible.to("g")
                        + " order by score desc nulls last, reference",
                (rs, i) -> group(rs),
                org,
                org,
                org);
    }

    /** One group if the viewer may read it (empty alike when there is none), logged as a view, with its members. */
    public Optional<Group> view(Viewer viewer, String owner, UUID id, String reason, Optional<String> caseRef) {
        audit.append(Visible.audit(viewer, AuditAction.VIEW, "crime-group", owner + "/" + id, reason, caseRef));
        if (!viewer.readsRecords()) {
            return Optional.empty();
        }
        String org = viewer.organisation().id();
        return jdbc
                .query(
                        "select owner_id, id, reference, name, activities, area, score, band, assessed_on"
                                + " from partnership.crime_group g where owner_id = ? and id = ? and "
                                + Visible.to("g"),
                        (rs, i) -> group(rs),
                        owner,
                        id,
                        org,
                        org,
                        org)
                .stream()
                .findFirst();
    }

    /** The members of a group that the viewer may read as people. */
    public List<Member> members(Viewer viewer, String owner, UUID group) {
        String org = viewer.organisation().id();
        return jdbc.query(
                "select e.owner_id, e.id, e.kind, e.label, m.role from partnership.crime_group_member m"
                        + " join partnership.entity e on e.owner_id = m.person_owner and e.id = m.person_id"
                        + " where m.owner_id = ? and m.group_id = ? and e.erased_at is null and " + Visible.to("e")
                        + " order by m.role, e.label",
                (rs, i) -> new Member(
                        new Found(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)),
                        rs.getString(5)),
                owner,
                group,
                org,
                org,
                org);
    }

    private static Group group(java.sql.ResultSet rs) throws java.sql.SQLException {
        Integer score = (Integer) rs.getObject(7);
        Optional<CrimeGroup.Mapping> mapping = score == null
                ? Optional.empty()
                : Optional.of(new CrimeGroup.Mapping(score, rs.getString(8), rs.getObject(9, LocalDate.class)));
        return new Group(
                rs.getString(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                List.of((String[]) rs.getArray(5).getArray()),
                rs.getString(6),
                mapping);
    }
}
