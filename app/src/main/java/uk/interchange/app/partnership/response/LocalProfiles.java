package uk.interchange.app.partnership.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.partnership.store.Visible;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Local profiles: an organisation's picture of the serious and organised crime in its area, made from the records it
 * may read (the groups active there with their mapping and latest assessment, the hotspots and the change in each
 * phase, the action plans and how far they have got), and kept as made, version by version.
 */
@Repository
public class LocalProfiles {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final HotspotStore hotspots;
    private final ActionStore actions;
    private final Organisations organisations;
    private final VulnerabilityStore vulnerabilities;

    public LocalProfiles(
            JdbcTemplate jdbc,
            AuditLog audit,
            HotspotStore hotspots,
            ActionStore actions,
            Organisations organisations,
            VulnerabilityStore vulnerabilities) {
        this.vulnerabilities = vulnerabilities;
        this.jdbc = jdbc;
        this.audit = audit;
        this.hotspots = hotspots;
        this.actions = actions;
        this.organisations = organisations;
    }

    /** A profile's content, as it was made. */
    public record Profile(
            String organisation,
            String area,
            String period,
            LocalDate made,
            String madeBy,
            List<GroupLine> groups,
            List<HotspotLine> hotspots,
            List<StrandLine> strands,
            List<String> overdue,
            List<String> vulnerabilities) {}

    public record GroupLine(String reference, String name, String area, String mapping, String assessment) {}

    public record HotspotLine(String name, List<String> changes) {}

    public record StrandLine(String strand, int open, int inProgress, int done, int dropped, int overdue) {}

    /** A stored version, for lists. */
    public record Version(String owner, int version, String area, String period, String madeBy, LocalDate made) {}

    /** Makes the profile from the records as they are now and keeps it as the organisation's next version. */
    public int make(Viewer v, String area, String period) {
        LocalDate today = ActionStore.today();
        Profile p = new Profile(
                organisations.nameOf(v.organisation().id()),
                area,
                period,
                today,
                v.user(),
                groups(v, area),
                hotspotLines(v),
                strands(v, today),
                actions.visible(v).stream()
                        .filter(a -> a.overdue(today))
                        .map(a -> a.title() + " (" + a.strand() + ", " + a.responsible() + ", due " + a.due() + ")")
                        .toList(),
                vulnerabilityLines(v, area));
        String org = v.organisation().id();
        Integer version = jdbc.queryForObject(
                "select coalesce(max(version), 0) + 1 from partnership.local_profile where owner_id = ?",
                Integer.class,
                org);
        jdbc.update(
                "insert into partnership.local_profile (owner_id, version, area, period, content, shared_groups,"
                        + " created_by) values (?, ?, ?, ?, ?::jsonb, ?, ?)",
                ps -> {
                    ps.setString(1, org);
                    ps.setInt(2, version);
                    ps.setString(3, area);
                    ps.setString(4, period);
                    ps.setString(5, JSON.writeValueAsString(p));
                    ps.setArray(
                            6,
                            ps.getConnection()
                                    .createArrayOf(
                                            "text", organisations.groupsOf(org).toArray()));
                    ps.setString(7, v.user());
                });
        log(v, AuditAction.CREATE, org + "/" + version, "local profile of " + area + ", " + period);
        return version;
    }

    /** The versions the viewer may read, newest first. */
    public List<Version> versions(Viewer v) {
        String org = v.organisation().id();
        return jdbc.query(
                "select owner_id, version, area, period, created_by, created_at::date from partnership.local_profile a"
                        + " where " + Visible.to("a") + " order by created_at desc limit 200",
                (rs, i) -> new Version(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class)),
                org,
                org,
                org);
    }

    /** One version as it was made, if the viewer may read it; the reading is logged (as an export for the PDF). */
    public Optional<Profile> read(Viewer v, String owner, int version, boolean export) {
        String org = v.organisation().id();
        log(v, export ? AuditAction.EXPORT : AuditAction.VIEW, owner + "/" + version, "local profile");
        return jdbc
                .query(
                        "select content::text from partnership.local_profile a where owner_id = ? and version = ?"
                                + " and " + Visible.to("a"),
                        (rs, i) -> JSON.readValue(rs.getString(1), Profile.class),
                        owner,
                        version,
                        org,
                        org,
                        org)
                .stream()
                .findFirst();
    }

    private List<GroupLine> groups(Viewer v, String area) {
        String org = v.organisation().id();
        return jdbc.query(
                "select g.reference, g.name, g.area, g.score, g.band, g.assessed_on, a.score, a.confidence, a.assessed_on"
                        + " from partnership.crime_group g left join lateral (select score, confidence, assessed_on"
                        + " from partnership.group_assessment x where x.owner_id = g.owner_id and x.group_id = g.id"
                        + " order by assessed_on desc, created_at desc limit 1) a on true"
                        + " where (? = '' or g.area ilike '%' || ? || '%') and " + Visible.to("g")
                        + " order by a.score desc nulls last, g.score desc nulls last, g.reference",
                (rs, i) -> new GroupLine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4) == null
                                ? "not mapped"
                                : rs.getInt(4) + ", band " + rs.getString(5) + " (" + rs.getObject(6, LocalDate.class)
                                        + ")",
                        rs.getObject(7) == null
                                ? "not assessed"
                                : String.format(
                                        Locale.UK,
                                        "%.1f, %s confidence (%s)",
                                        rs.getDouble(7),
                                        rs.getString(8),
                                        rs.getObject(9, LocalDate.class))),
                area,
                area,
                org,
                org,
                org);
    }

    private List<HotspotLine> hotspotLines(Viewer v) {
        List<HotspotLine> out = new ArrayList<>();
        for (HotspotStore.Hotspot h : hotspots.visible(v)) {
            List<String> changes =
                    Measures.changes(hotspots.months(h.owner(), h.id()), hotspots.phases(h.owner(), h.id())).stream()
                            .map(c -> c.phase() + ": " + c.words())
                            .toList();
            out.add(new HotspotLine(h.name(), changes.isEmpty() ? List.of("no phases recorded") : changes));
        }
        return out;
    }

    /** The vulnerabilities recorded in the area, counted by kind: "cuckooed address: 3". */
    private List<String> vulnerabilityLines(Viewer v, String area) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        vulnerabilities.visible(v, area).forEach(x -> counts.merge(x.kindWords(), 1, Integer::sum));
        List<String> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(k + ": " + n));
        return out;
    }

    private List<StrandLine> strands(Viewer v, LocalDate today) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        ActionStore.STRANDS.forEach(s -> counts.put(s, new int[5]));
        for (ActionStore.Action a : actions.visible(v)) {
            int[] c = counts.get(a.strand());
            c[ActionStore.STATUSES.indexOf(a.status())]++;
            if (a.overdue(today)) {
                c[4]++;
            }
        }
        List<StrandLine> out = new ArrayList<>();
        counts.forEach((s, c) -> out.add(new StrandLine(s, c[0], c[1], c[2], c[3], c[4])));
        return out;
    }

    private void log(Viewer v, AuditAction action, String id, String reason) {
        audit.append(new AuditRecord(
                v.user(),
                v.organisation().id(),
                action,
                "local-profile",
                id,
                reason,
                Optional.empty(),
                Optional.empty()));
    }
}
