package uk.interchange.app.partnership.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.partnership.model.Link;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Links between entities. Following a link applies the sharing rule three times: to the link and to both its
 * ends (the one it is followed from too, for callers that did not open that record first, such as an order's
 * alerts), so a link never shows that a record the viewer may not read exists, or what it is linked to.
 */
@Repository
public class LinkStore {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public LinkStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A link seen from one entity: what it says, which way, and the entity at the other end. */
    public record Seen(Link.Kind kind, boolean outward, Optional<String> role, Found other) {
        /** The link in words from this entity's side: "director of", or "has as director of" for the other way. */
        public String words() {
            return outward ? kind.words() : "(" + kind.words() + ")";
        }
    }

    public UUID create(Viewer viewer, Found from, Found to, Link.Kind kind, Optional<String> role, Sharing sharing) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into partnership.link (owner_id, id, from_owner, from_id, to_owner, to_id, kind, role,"
                        + " handling, shared_orgs, shared_groups) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, sharing.owner());
                    ps.setObject(2, id);
                    ps.setString(3, from.owner());
                    ps.setObject(4, from.id());
                    ps.setString(5, to.owner());
                    ps.setObject(6, to.id());
                    ps.setString(7, kind.name());
                    ps.setString(8, role.orElse(null));
                    Visible.setSharing(ps, 9, sharing);
                });
        audit.append(Visible.audit(
                viewer,
                AuditAction.CREATE,
                "link",
                sharing.owner() + "/" + id,
                kind.words() + " between " + from.label() + " and " + to.label(),
                Optional.empty()));
        Visible.disclose(
                audit,
                viewer,
                "link",
                sharing.owner() + "/" + id,
                "shared when recorded",
                Resharing.widened(Sharing.ownerOnly(sharing.owner(), sharing.handling()), sharing));
        return id;
    }

    /** The links of an entity that the viewer may see, each with its other end. */
    public List<Seen> of(Viewer viewer, String owner, UUID id) {
        if (!viewer.readsRecords()) {
            return List.of();
        }
        String org = viewer.organisation().id();
        String sql = "select l.kind, l.role, l.from_owner = ? and l.from_id = ? as outward,"
                + " e.owner_id, e.id, e.kind, e.label"
                + " from partnership.link l join partnership.entity e on"
                + " ((l.from_owner = ? and l.from_id = ? and e.owner_id = l.to_owner and e.id = l.to_id)"
                + " or (l.to_owner = ? and l.to_id = ? and e.owner_id = l.from_owner and e.id = l.from_id))"
                + " where e.erased_at is null"
                + " and " + Visible.to("l")
                + " and " + Visible.to("e")
                // the entity the links are asked of is an end too: one the viewer may not read, or erased, has none
                + " and exists (select 1 from partnership.entity s where s.owner_id = ? and s.id = ?"
                + " and s.erased_at is null and " + Visible.to("s") + ")"
                + " order by l.kind, e.label";
        return jdbc.query(
                sql,
                (rs, i) -> new Seen(
                        Link.Kind.valueOf(rs.getString(1)),
                        rs.getBoolean(3),
                        Optional.ofNullable(rs.getString(2)),
                        new Found(rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7))),
                owner,
                id,
                owner,
                id,
                owner,
                id,
                org,
                org,
                org,
                org,
                org,
                org,
                owner,
                id,
                org,
                org,
                org);
    }
}
