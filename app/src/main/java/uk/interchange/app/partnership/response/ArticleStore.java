package uk.interchange.app.partnership.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.app.partnership.store.Visible;
import uk.interchange.partnership.response.articles.Article;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The register of articles for use in serious crime: each with its kind, where and when it was found, its provenance,
 * and the records, groups and hotspot it belongs to; read under the sharing rule (and what it belongs to under each
 * one's own), every look-up logged.
 */
@Repository
public class ArticleStore {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public ArticleStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public UUID create(Viewer v, Article.Draft d, Sharing sharing) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into partnership.article (owner_id, id, kind, description, found_on, found_at, provenance,"
                        + " records, crime_groups, hotspot, handling, shared_orgs, shared_groups, recorded_by, intervention)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, sharing.owner());
                    ps.setObject(2, id);
                    ps.setString(3, d.kind());
                    ps.setString(4, d.description());
                    ps.setObject(5, d.foundOn());
                    ps.setString(6, d.foundAt());
                    ps.setString(7, d.provenance());
                    ps.setArray(
                            8,
                            ps.getConnection().createArrayOf("text", d.records().toArray()));
                    ps.setArray(
                            9,
                            ps.getConnection().createArrayOf("text", d.groups().toArray()));
                    ps.setString(10, d.hotspot().isEmpty() ? null : d.hotspot());
                    Visible.setSharing(ps, 11, sharing);
                    ps.setString(14, v.user());
                    ps.setString(15, d.intervention().isEmpty() ? null : d.intervention());
                });
        audit.append(new AuditRecord(
                v.user(),
                v.organisation().id(),
                AuditAction.CREATE,
                "article",
                sharing.owner() + "/" + id,
                Article.KINDS.get(d.kind()) + " found " + d.foundOn() + " at " + d.foundAt(),
                Optional.empty(),
                Optional.empty()));
        return id;
    }

    /** The articles the viewer may read, newest find first; the look-up is logged with the reason. */
    public List<Article> visible(Viewer v, String reason) {
        audit.append(new AuditRecord(
                v.user(),
                v.organisation().id(),
                AuditAction.LOOKUP,
                "article",
                "register",
                reason,
                Optional.empty(),
                Optional.empty()));
        if (!v.readsRecords()) {
            return List.of();
        }
        String org = v.organisation().id();
        return jdbc.query(
                "select owner_id, id, kind, description, found_on, found_at, provenance, records,"
                        + READABLE_GROUPS + ", " + READABLE_HOTSPOT + ", " + READABLE_INTERVENTION + ", handling"
                        + " from partnership.article a where " + Visible.to("a")
                        + " order by found_on desc limit 500",
                (rs, i) -> new Article(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7),
                        List.of((String[]) rs.getArray(8).getArray()),
                        List.of((String[]) rs.getArray(9).getArray()),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12)),
                org,
                org,
                org,
                org,
                org,
                org,
                org,
                org,
                org,
                org,
                org,
                org);
    }

    // The groups and the hotspot an article belongs to are records of their own, each shown only to those who may
    // read it (a link to one would tell that it exists); each takes the viewer's organisation three times. The
    // records are left to the page, which names only those the viewer may read.
    private static final String READABLE_GROUPS = " array(select x from unnest(a.crime_groups) x where exists (select 1"
            + " from partnership.crime_group g where g.owner_id = split_part(x, '/', 1)"
            + " and g.id::text = split_part(x, '/', 2) and " + Visible.rule("g", "?") + "))";
    private static final String READABLE_HOTSPOT = "case when exists (select 1 from partnership.hotspot h"
            + " where h.owner_id = split_part(a.hotspot, '/', 1) and h.id::text = split_part(a.hotspot, '/', 2)"
            + " and " + Visible.rule("h", "?") + ") then a.hotspot else '' end";
    private static final String READABLE_INTERVENTION = "case when exists (select 1 from partnership.hotspot h"
            + " where h.owner_id = split_part(a.intervention, '/', 1)"
            + " and h.id::text = split_part(a.intervention, '/', 2)"
            + " and " + Visible.rule("h", "?") + ") then a.intervention else '' end";

    /** The interventions on the organisation's hotspots ("owner/hotspot/id" to "Hotspot: date, kind by partner"). */
    public Map<String, String> ownInterventions(String org) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select i.owner_id || '/' || i.hotspot_id || '/' || i.id, h.name || ': ' || i.done_on || ', ' || i.kind"
                        + " || ' by ' || i.partner from partnership.intervention i join partnership.hotspot h"
                        + " on h.owner_id = i.owner_id and h.id = i.hotspot_id where i.owner_id = ?"
                        + " order by i.done_on desc limit 200",
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                },
                org);
        return out;
    }
}
