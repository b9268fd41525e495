package uk.interchange.app.partnership.store;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.search.SearchKeys;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Partnership entities in the database, and the search over them. The search applies the sharing rule of
 * {@code SharingPolicy} in its own SQL, so a record the viewer may not read is never read, counted or matched; every
 * search is written to the audit trail with its reason before its answer is given.
 */
@Repository
public class EntityStore {
    static final int MAX_RESULTS = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public EntityStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Stores a new entity with its sharing and search keys; its owner is the sharing's owner. */
    @Transactional
    public UUID create(Entity e, Sharing sharing, String kind, String label) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into partnership.entity (owner_id, id, kind, label, body, handling, shared_orgs, shared_groups)"
                        + " values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)",
                ps -> {
                    ps.setString(1, sharing.owner());
                    ps.setObject(2, id);
                    ps.setString(3, kind);
                    ps.setString(4, label);
                    ps.setString(5, JSON.writeValueAsString(e));
                    ps.setString(6, sharing.handling().name());
                    ps.setArray(7, texts(ps.getConnection(), sharing.organisations()));
                    ps.setArray(8, texts(ps.getConnection(), sharing.groups()));
                });
        Set<String> keys = SearchKeys.of(e);
        jdbc.batchUpdate(
                "insert into partnership.search_key (owner_id, entity_id, key) values (?, ?, ?)",
                new ArrayList<>(keys),
                keys.size(),
                (ps, key) -> {
                    ps.setString(1, sharing.owner());
                    ps.setObject(2, id);
                    ps.setString(3, key);
                });
        return id;
    }

    /**
     * What the viewer may read that matches the text, at most {@value #MAX_RESULTS}. The look-up is logged first,
     * with the reason and case reference, whatever it finds.
     */
    public List<Found> search(Viewer viewer, String text, String reason, Optional<String> caseReference) {
        audit.append(new AuditRecord(
                viewer.user(),
                viewer.organisation().id(),
                AuditAction.LOOKUP,
                "search",
                text.strip(),
                reason,
                caseReference,
                Optional.empty()));
        if (!viewer.readsRecords()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Set<String> keys : SearchKeys.query(text)) {
            if (found.size() >= MAX_RESULTS) {
                break;
            }
            found.addAll(matching(viewer, keys, MAX_RESULTS - found.size()));
        }
        return found.stream().distinct().toList();
    }

    private List<Found> matching(Viewer viewer, Set<String> keys, int limit) {
        // the sharing rule, as SharingPolicy states it: owner; named; or a group the viewer's organisation is in,
        // unless the handling code is C
        return jdbc.query(
                "select e.owner_id, e.id, e.kind, e.label from partnership.search_key k"
                        + " join partnership.entity e on e.owner_id = k.owner_id and e.id = k.entity_id"
                        + " where k.key = any(?)"
                        + " and (e.owner_id = ? or ? = any(e.shared_orgs) or (e.handling = 'P' and e.shared_groups"
                        + " && array(select group_id from partnership.group_member where organisation_id = ?)))"
                        + " group by e.owner_id, e.id, e.kind, e.label having count(distinct k.key) = ?"
                        + " order by e.label, e.id limit ?",
                ps -> {
                    ps.setArray(1, texts(ps.getConnection(), keys));
                    String org = viewer.organisation().id();
                    ps.setString(2, org);
                    ps.setString(3, org);
                    ps.setString(4, org);
                    ps.setInt(5, keys.size());
                    ps.setInt(6, limit);
                },
                (rs, i) -> new Found(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
    }

    private static Array texts(java.sql.Connection c, Set<String> values) throws java.sql.SQLException {
        return c.createArrayOf("text", values.toArray());
    }
}
