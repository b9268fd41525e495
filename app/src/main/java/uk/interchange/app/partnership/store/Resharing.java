package uk.interchange.app.partnership.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Changing who else may read a record, for every kind of record alike (their sharing columns are the same). Only the
 * owner may; each organisation or group newly given the record is logged as a disclosure to it, and the change
 * itself as a change with the reason.
 */
@Repository
public class Resharing {
    /** The kinds of record that are shared, with their tables and the name the audit trail gives them. */
    public enum Kind {
        ENTITY("partnership.entity", "entity", "records"),
        REPORT("partnership.report", "report", "reports"),
        GROUP("partnership.crime_group", "crime-group", "groups"),
        LINK("partnership.link", "link", "links");

        final String table;
        final String audited;
        /** How the kind appears in addresses: {@code /partnership/sharing/records/...}. */
        public final String path;

        Kind(String table, String audited, String path) {
            this.table = table;
            this.audited = audited;
            this.path = path;
        }

        public static Optional<Kind> ofPath(String path) {
            for (Kind k : values()) {
                if (k.path.equals(path)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public Resharing(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The record's sharing, for its owner only; empty for anyone else or a record that is not there. */
    public Optional<Sharing> current(Viewer viewer, Kind kind, UUID id) {
        String org = viewer.organisation().id();
        return jdbc
                .query(
                        "select handling, shared_orgs, shared_groups from " + kind.table
                                + " where owner_id = ? and id = ?" + live(kind),
                        (rs, i) -> new Sharing(
                                org,
                                Set.of((String[]) rs.getArray(2).getArray()),
                                Set.of((String[]) rs.getArray(3).getArray()),
                                Handling.valueOf(rs.getString(1))),
                        org,
                        id)
                .stream()
                .findFirst();
    }

    /**
     * Shares the owner's record with exactly these organisations and groups, under this handling code. False when
     * the viewer does not own such a record. Narrowing is logged as a change; widening also as disclosures.
     */
    @Transactional
    public boolean reshare(Viewer viewer, Kind kind, UUID id, Sharing wanted, String reason) {
        Optional<Sharing> before = current(viewer, kind, id);
        if (before.isEmpty() || !wanted.owner().equals(viewer.organisation().id())) {
            return false;
        }
        String set = "handling = ?, shared_orgs = ?, shared_groups = ?";
        org.springframework.jdbc.core.PreparedStatementSetter values = ps -> {
            ps.setString(1, wanted.handling().name());
            ps.setArray(2, ps.getConnection().createArrayOf("text", new TreeSet<>(wanted.organisations()).toArray()));
            ps.setArray(3, ps.getConnection().createArrayOf("text", new TreeSet<>(wanted.groups()).toArray()));
            ps.setString(4, wanted.owner());
            ps.setObject(5, id);
        };
        jdbc.update("update " + kind.table + " set " + set + " where owner_id = ? and id = ?", values);
        if (kind == Kind.ENTITY) {
            // the search reads sharing from its own index rows, so they change with the record
            jdbc.update("update partnership.search_key set " + set + " where owner_id = ? and entity_id = ?", values);
        }
        String record = wanted.owner() + "/" + id;
        audit.append(Visible.audit(
                viewer,
                AuditAction.CHANGE,
                kind.audited,
                record,
                reason + " (shared with " + describe(wanted) + "; was " + describe(before.get()) + ")",
                Optional.empty()));
        Visible.disclose(audit, viewer, kind.audited, record, reason, widened(before.get(), wanted));
        return true;
    }

    /** The organisations and groups that the new sharing reaches and the old did not, as the audit trail names them. */
    static List<String> widened(Sharing before, Sharing after) {
        List<String> out = new ArrayList<>();
        for (String o : new TreeSet<>(after.organisations())) {
            if (!before.organisations().contains(o)) {
                out.add(o);
            }
        }
        // under code C a group reads nothing, so naming one discloses nothing
        boolean groupsRead = after.handling() == Handling.P;
        for (String g : new TreeSet<>(after.groups())) {
            boolean hadIt = before.groups().contains(g) && before.handling() == Handling.P;
            if (groupsRead && !hadIt) {
                out.add("group " + g);
            }
        }
        return out;
    }

    static String describe(Sharing s) {
        Set<String> all = new LinkedHashSet<>(new TreeSet<>(s.organisations()));
        new TreeSet<>(s.groups()).forEach(g -> all.add("group " + g));
        return (all.isEmpty() ? "no one else" : String.join(", ", all)) + ", handling code " + s.handling();
    }

    private static String live(Kind kind) {
        return kind == Kind.ENTITY ? " and erased_at is null" : "";
    }
}
