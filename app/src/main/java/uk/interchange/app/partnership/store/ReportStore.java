package uk.interchange.app.partnership.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.partnership.model.IntelligenceReport;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Intelligence reports in the database. A report's sharing follows its handling code: a report under code C is
 * read only by its owner and the organisations named on it, whatever groups it lists. Every creation and view is
 * audited.
 */
@Repository
public class ReportStore {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public ReportStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A report as its page shows it. */
    public record Stored(
            String owner,
            UUID id,
            String text,
            String grading,
            String handling,
            String marking,
            java.time.LocalDate reviewOn,
            Optional<UUID> sanitisedFrom,
            List<String> sharedWith,
            List<String> sharedGroups,
            String createdBy) {}

    public UUID create(Viewer viewer, IntelligenceReport r, Sharing sharing, Optional<UUID> sanitisedFrom) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into partnership.report (owner_id, id, text, grading, handling, marking, review_on,"
                        + " sanitised_from, shared_orgs, shared_groups, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, sharing.owner());
                    ps.setObject(2, id);
                    ps.setString(3, r.text());
                    ps.setString(4, r.grading().label());
                    ps.setString(5, sharing.handling().name());
                    ps.setString(6, r.marking().label());
                    ps.setObject(7, r.reviewOn());
                    ps.setObject(8, sanitisedFrom.orElse(null));
                    ps.setArray(
                            9,
                            ps.getConnection()
                                    .createArrayOf(
                                            "text", sharing.organisations().toArray()));
                    ps.setArray(
                            10,
                            ps.getConnection()
                                    .createArrayOf("text", sharing.groups().toArray()));
                    ps.setString(11, viewer.user());
                });
        audit.append(Visible.audit(
                viewer,
                AuditAction.CREATE,
                "report",
                sharing.owner() + "/" + id,
                sanitisedFrom.map(o -> "sanitised copy of " + o).orElse("new report"),
                Optional.empty()));
        Visible.disclose(
                audit,
                viewer,
                "report",
                sharing.owner() + "/" + id,
                "shared when recorded",
                Resharing.widened(Sharing.ownerOnly(sharing.owner(), sharing.handling()), sharing));
        return id;
    }

    /** The report if the viewer may read it (empty alike when it does not exist), logged as a view. */
    public Optional<Stored> view(Viewer viewer, String owner, UUID id, String reason, Optional<String> caseRef) {
        audit.append(Visible.audit(viewer, AuditAction.VIEW, "report", owner + "/" + id, reason, caseRef));
        if (!viewer.readsRecords()) {
            return Optional.empty();
        }
        String org = viewer.organisation().id();
        return jdbc
                .query(
                        "select owner_id, id, text, grading, handling, marking, review_on, sanitised_from,"
                                + " shared_orgs, shared_groups, created_by from partnership.report r"
                                + " where owner_id = ? and id = ? and " + Visible.to("r"),
                        (rs, i) -> new Stored(
                                rs.getString(1),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getObject(7, java.time.LocalDate.class),
                                Optional.ofNullable(rs.getObject(8, UUID.class)),
                                List.of((String[]) rs.getArray(9).getArray()),
                                List.of((String[]) rs.getArray(10).getArray()),
                                rs.getString(11)),
                        owner,
                        id,
                        org,
                        org,
                        org)
                .stream()
                .findFirst();
    }
}
