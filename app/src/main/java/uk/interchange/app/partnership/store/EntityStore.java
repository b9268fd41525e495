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
import uk.interchange.partnership.imports.EntityCsv;
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
    private final Organisations organisations;

    public EntityStore(JdbcTemplate jdbc, AuditLog audit, Organisations organisations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
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
                "insert into partnership.search_key"
                        + " (owner_id, entity_id, key, kind, label, handling, shared_orgs, shared_groups)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                new ArrayList<>(keys),
                keys.size(),
                (ps, key) -> {
                    ps.setString(1, sharing.owner());
                    ps.setObject(2, id);
                    ps.setString(3, key);
                    ps.setString(4, kind);
                    ps.setString(5, label);
                    ps.setString(6, sharing.handling().name());
                    ps.setArray(7, texts(ps.getConnection(), sharing.organisations()));
                    ps.setArray(8, texts(ps.getConnection(), sharing.groups()));
                });
        return id;
    }

    /** Stores imported entities in one transaction (all or none), each creation written to the audit trail. */
    @Transactional
    public List<UUID> importAll(Viewer viewer, List<EntityCsv.Good> rows, Sharing sharing, String reason) {
        List<UUID> ids = new ArrayList<>();
        for (EntityCsv.Good g : rows) {
            ids.add(record(viewer, g, sharing, reason + " (line " + g.line() + ")"));
        }
        return ids;
    }

    /** Stores one entity that a person recorded, logged as created and as disclosed to everyone it is shared with. */
    @Transactional
    public UUID record(Viewer viewer, EntityCsv.Good g, Sharing sharing, String reason) {
        UUID id = create(g.entity(), sharing, g.kind(), g.label());
        String record = sharing.owner() + "/" + id;
        audit.append(Visible.audit(viewer, AuditAction.CREATE, "entity", record, reason, Optional.empty()));
        Visible.disclose(
                audit,
                viewer,
                "entity",
                record,
                reason,
                Resharing.widened(Sharing.ownerOnly(sharing.owner(), sharing.handling()), sharing));
        return id;
    }

    /**
     * Replaces the content of the owner's live record (its sharing stays as it is), with its search keys; logged as a
     * change with the reason. False when the viewer owns no such record.
     */
    @Transactional
    public boolean update(Viewer viewer, UUID id, EntityCsv.Good g, String reason) {
        String org = viewer.organisation().id();
        int n = jdbc.update(
                "update partnership.entity set kind = ?, label = ?, body = ?::jsonb"
                        + " where owner_id = ? and id = ? and erased_at is null",
                g.kind(),
                g.label(),
                JSON.writeValueAsString(g.entity()),
                org,
                id);
        if (n != 1) {
            return false;
        }
        jdbc.update("delete from partnership.search_key where owner_id = ? and entity_id = ?", org, id);
        jdbc.update(
                "insert into partnership.search_key"
                        + " (owner_id, entity_id, key, kind, label, handling, shared_orgs, shared_groups)"
                        + " select e.owner_id, e.id, k.key, e.kind, e.label, e.handling, e.shared_orgs, e.shared_groups"
                        + " from partnership.entity e, unnest(?::text[]) k(key) where e.owner_id = ? and e.id = ?",
                ps -> {
                    ps.setArray(1, texts(ps.getConnection(), SearchKeys.of(g.entity())));
                    ps.setString(2, org);
                    ps.setObject(3, id);
                });
        audit.append(Visible.audit(viewer, AuditAction.CHANGE, "entity", org + "/" + id, reason, Optional.empty()));
        return true;
    }

    /**
     * A live record named "owner/id" (as forms and files name them) if the viewer may read it, its reading logged
     * with the reason; empty alike for a name that is not a record's and for a record they may not read.
     */
    public Optional<Found> named(Viewer viewer, String ownerAndId, String reason, Optional<String> caseReference) {
        String[] parts = ownerAndId.split("/", 2);
        UUID id;
        try {
            id = parts.length == 2 ? UUID.fromString(parts[1]) : null;
        } catch (IllegalArgumentException e) {
            id = null;
        }
        if (id == null) {
            return Optional.empty();
        }
        return view(viewer, parts[0], id, reason, caseReference)
                .filter(r -> !r.erased())
                .map(r -> new Found(r.owner(), r.id(), r.kind(), r.label()));
    }

    /**
     * The records the viewer may read among those found, written by {@code write} into a file that leaves the
     * system; each record the file was given is then logged as an export, with the reason, in one transaction with
     * the reading. A record the viewer may not read (or erased since the search) is neither written nor logged, and
     * a file that fails to be written logs nothing. The caller gives the file only once this returns.
     */
    @Transactional
    public <T> T export(
            Viewer viewer,
            List<Found> found,
            String reason,
            Optional<String> caseReference,
            java.util.function.Function<List<Stored>, T> write) {
        List<Stored> given = new ArrayList<>();
        for (Found f : found) {
            read(viewer, f.owner(), f.id()).filter(r -> !r.erased()).ifPresent(given::add);
        }
        T file = write.apply(given);
        for (Stored r : given) {
            audit.append(Visible.audit(
                    viewer, AuditAction.EXPORT, "entity", r.owner() + "/" + r.id(), reason, caseReference));
        }
        return file;
    }

    /**
     * Which of the records, named "owner/id", the viewer may read now and are not erased, each with its kind and label
     * ("person Darren Kestley"). Nothing is logged: the
     * caller has logged why it looks (a referral opened).
     */
    public java.util.Map<String, String> readable(Viewer viewer, java.util.Collection<String> named) {
        if (!viewer.readsRecords() || named.isEmpty()) {
            return java.util.Map.of();
        }
        String org = viewer.organisation().id();
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        jdbc.query(
                "select owner_id || '/' || id, kind || ' ' || label from partnership.entity e where erased_at is null"
                        + " and owner_id || '/' || id = any(?) and " + Visible.to("e"),
                ps -> {
                    ps.setArray(1, texts(ps.getConnection(), named));
                    ps.setString(2, org);
                    ps.setString(3, org);
                    ps.setString(4, org);
                },
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** The entity a stored record holds, as the model has it. */
    public static Entity entity(Stored r) {
        return entity(r.kind(), r.body());
    }

    /** A record's kind and stored body read back as the entity. */
    static Entity entity(String kind, String body) {
        Class<? extends Entity> type =
                switch (kind) {
                    case "person" -> Entity.Person.class;
                    case "company" -> Entity.Company.class;
                    case "address" -> Entity.Address.class;
                    case "phone" -> Entity.PhoneLine.class;
                    case "email" -> Entity.EmailAddress.class;
                    case "vehicle" -> Entity.Vehicle.class;
                    case "account" -> Entity.Account.class;
                    default -> throw new IllegalStateException("a stored record of unknown kind " + kind);
                };
        return JSON.readValue(body, type);
    }

    /** A record due for its owner's decision: keep it longer, or erase it. */
    public record Due(UUID id, String kind, String label, java.time.LocalDate reviewOn) {
        /** A row of id, kind, label and review date. */
        static final org.springframework.jdbc.core.RowMapper<Due> ROW = (rs, i) -> new Due(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, java.time.LocalDate.class));
    }

    /** The owner's records whose review date has come, oldest first. */
    public List<Due> dueForReview(String owner, java.time.LocalDate asOf, int limit) {
        return jdbc.query(
                "select id, kind, label, review_on from partnership.entity where owner_id = ? and erased_at is null"
                        + " and review_on <= ? order by review_on, label limit ?",
                Due.ROW,
                owner,
                asOf,
                limit);
    }

    /** Keeps a record until a later review date; only its owner may. False when there is no such live record. */
    @Transactional
    public boolean keepUntil(Viewer viewer, UUID id, java.time.LocalDate next, String reason) {
        String org = viewer.organisation().id();
        int n = jdbc.update(
                "update partnership.entity set review_on = ? where owner_id = ? and id = ? and erased_at is null",
                next,
                org,
                id);
        if (n == 1) {
            audit.append(Visible.audit(
                    viewer,
                    AuditAction.CHANGE,
                    "entity",
                    org + "/" + id,
                    reason + " (kept until " + next + ")",
                    Optional.empty()));
        }
        return n == 1;
    }

    /** One of the owner's live records as the review queue shows it, whether or not it is due. */
    public Optional<Due> reviewOf(String owner, UUID id) {
        return jdbc
                .query(
                        "select id, kind, label, review_on from partnership.entity where owner_id = ? and id = ?"
                                + " and erased_at is null",
                        Due.ROW,
                        owner,
                        id)
                .stream()
                .findFirst();
    }

    /**
     * Erases a record: its content and search keys go, a tombstone stays (when, who, why). Only its owner may; it
     * cannot be undone. A record whose review date is still to come is erased only with a reason for erasing it
     * early, which the tombstone and the audit entry both carry. False when there is no such live record, or it is
     * not due and no such reason is given.
     */
    @Transactional
    public boolean erase(Viewer viewer, UUID id, String reason, java.time.LocalDate today, Optional<String> early) {
        String org = viewer.organisation().id();
        Optional<Due> record = reviewOf(org, id);
        if (record.isEmpty()) {
            return false;
        }
        boolean due = !record.get().reviewOn().isAfter(today);
        if (!due && early.isEmpty()) {
            return false;
        }
        String why = due
                ? reason
                : reason + " (erased before its review date of " + record.get().reviewOn() + "; erased early because: "
                        + early.get() + ")";
        int n = jdbc.update(
                "update partnership.entity set label = '(erased)', body = '{}'::jsonb, shared_orgs = '{}',"
                        + " shared_groups = '{}', erased_at = now(), erased_by = ?, erased_because = ?"
                        + " where owner_id = ? and id = ? and erased_at is null and (review_on <= ? or ?)",
                viewer.user(),
                why,
                org,
                id,
                today,
                early.isPresent());
        if (n == 1) {
            jdbc.update("delete from partnership.search_key where owner_id = ? and entity_id = ?", org, id);
            audit.append(Visible.audit(viewer, AuditAction.ERASE, "entity", org + "/" + id, why, Optional.empty()));
        }
        return n == 1;
    }

    /** A stored record as its page shows it; the sharing lists are for its owner's eyes. */
    public record Stored(
            String owner,
            UUID id,
            String kind,
            String label,
            String body,
            String handling,
            List<String> sharedWith,
            List<String> sharedGroups,
            boolean erased) {}

    /**
     * The record if the viewer may read it, logged as a view with the reason; empty both when there is no such
     * record and when the viewer may not read it, so the two cannot be told apart.
     */
    public Optional<Stored> view(Viewer viewer, String owner, UUID id, String reason, Optional<String> caseReference) {
        audit.append(Visible.audit(viewer, AuditAction.VIEW, "entity", owner + "/" + id, reason, caseReference));
        return read(viewer, owner, id);
    }

    /** The record if the viewer may read it; the caller logs why it is read. */
    private Optional<Stored> read(Viewer viewer, String owner, UUID id) {
        if (!viewer.readsRecords()) {
            return Optional.empty();
        }
        String org = viewer.organisation().id();
        return jdbc
                .query(
                        "select owner_id, id, kind, label, body::text, handling, shared_orgs, shared_groups,"
                                + " erased_at is not null from partnership.entity e where owner_id = ? and id = ? and "
                                + Visible.to("e"),
                        (rs, i) -> new Stored(
                                rs.getString(1),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                List.of((String[]) rs.getArray(7).getArray()),
                                List.of((String[]) rs.getArray(8).getArray()),
                                rs.getBoolean(9)),
                        owner,
                        id,
                        org,
                        org,
                        org)
                .stream()
                .findFirst();
    }

    /**
     * What the viewer may read that matches the text, at most {@value #MAX_RESULTS}. The look-up is logged first,
     * with the reason and case reference, whatever it finds.
     */
    public List<Found> search(Viewer viewer, String text, String reason, Optional<String> caseReference) {
        audit.append(Visible.audit(viewer, AuditAction.LOOKUP, "search", text.strip(), reason, caseReference));
        if (!viewer.readsRecords()) {
            return List.of();
        }
        String org = viewer.organisation().id();
        List<String> groups = List.copyOf(organisations.groupsOf(org));
        List<Found> found = new ArrayList<>();
        for (Set<String> keys : SearchKeys.query(text)) {
            if (found.size() >= MAX_RESULTS) {
                break;
            }
            found.addAll(matching(org, groups, keys, MAX_RESULTS - found.size()));
        }
        return found.stream().distinct().toList();
    }

    /**
     * Entities that have every key and that the organisation may read. The rarest key drives: its index entries
     * are read in label order, each checked against the sharing rule (as SharingPolicy states it: owner; named;
     * or a group the organisation is in, unless the handling code is C) and for the other keys, until a page is
     * full.
     */
    private List<Found> matching(String org, List<String> groups, Set<String> keys, int limit) {
        List<String> others = new ArrayList<>(keys);
        String driver = rarest(others);
        others.remove(driver);
        StringBuilder sql =
                new StringBuilder("select k.owner_id, k.entity_id, k.kind, k.label from partnership.search_key k"
                        + " where k.key = ? and (k.owner_id = ? or ? = any(k.shared_orgs)"
                        + " or (k.handling = 'P' and k.shared_groups && ?))");
        for (int i = 0; i < others.size(); i++) {
            sql.append(" and exists (select 1 from partnership.search_key o where o.owner_id = k.owner_id"
                    + " and o.entity_id = k.entity_id and o.key = ?)");
        }
        sql.append(" order by k.label, k.entity_id limit ?");
        return jdbc.query(
                sql.toString(),
                ps -> {
                    int n = 1;
                    ps.setString(n++, driver);
                    ps.setString(n++, org);
                    ps.setString(n++, org);
                    ps.setArray(n++, texts(ps.getConnection(), groups));
                    for (String other : others) {
                        ps.setString(n++, other);
                    }
                    ps.setInt(n, limit);
                },
                (rs, i) -> new Found(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
    }

    /** The key with the fewest entries, counted up to a cap from the index alone. */
    private String rarest(List<String> keys) {
        if (keys.size() == 1) {
            return keys.get(0);
        }
        String best = keys.get(0);
        long fewest = Long.MAX_VALUE;
        for (String k : keys) {
            Long n = jdbc.queryForObject(
                    "select count(*) from (select 1 from partnership.search_key where key = ? limit 5000) x",
                    Long.class,
                    k);
            if (n != null && n < fewest) {
                fewest = n;
                best = k;
            }
        }
        return best;
    }

    private static Array texts(java.sql.Connection c, java.util.Collection<String> values)
            throws java.sql.SQLException {
        return c.createArrayOf("text", values.toArray());
    }
}
