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
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.partnership.store.Visible;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Local profiles: an organisation's picture of the serious and organised crime in its area, made from the records
 * (the groups active there with their mapping and latest assessment, the hotspots and the change in each phase, the
 * action plans and how far they have got, the vulnerabilities by kind), and kept as made, version by version.
 *
 * <p>A profile is made for a set of organisations (its maker's alone, or its maker's and every member of its
 * sharing groups) and holds only what every one of them may read under the sharing rule, counts included; it is
 * then shared with exactly those organisations, by name. So it is one document, the same for each reader and the
 * same as its PDF, kept as it was made: re-checking it per reader would make a different document for each, and
 * one that changes when sharing changes, which a profile "kept as made" must not. Sharing it by name rather than
 * through the groups means an organisation that joins a group later does not read a profile that was not checked
 * for it. Only people whose roles read records read profiles, as they alone read the records profiles are made of.
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

    /** Whom a profile is made for. */
    public enum Audience {
        /** The maker's organisation alone: everything it may read. */
        ORGANISATION,
        /** The maker's organisation and every member of its sharing groups: what all of them may read. */
        GROUPS
    }

    /** A profile's content, as it was made; {@code madeFor} names the organisations (absent in early versions). */
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
            List<String> vulnerabilities,
            List<String> madeFor) {}

    public record GroupLine(String reference, String name, String area, String mapping, String assessment) {}

    public record HotspotLine(String name, List<String> changes) {}

    public record StrandLine(String strand, int open, int inProgress, int done, int dropped, int overdue) {}

    /** A stored version, for lists. */
    public record Version(String owner, int version, String area, String period, String madeBy, LocalDate made) {}

    /**
     * Makes the profile, for the audience, from the records as they are now, keeps it as the organisation's next
     * version, and logs it as created and as disclosed to each other organisation it is made for.
     */
    @Transactional
    public int make(Viewer v, String area, String period, Audience audience) {
        String org = v.organisation().id();
        List<String> readers = readers(org, audience);
        LocalDate today = ActionStore.today();
        List<ActionStore.Action> plans = actions.visibleToEvery(readers);
        Profile p = new Profile(
                organisations.nameOf(org),
                area,
                period,
                today,
                v.user(),
                groups(readers, area),
                hotspotLines(readers),
                strands(plans, today),
                plans.stream()
                        .filter(a -> a.overdue(today))
                        .map(a -> a.title() + " (" + a.strand() + ", " + a.responsible() + ", due " + a.due() + ")")
                        .toList(),
                vulnerabilityLines(readers, area),
                readers.stream().map(organisations::nameOf).toList());
        // one maker at a time per organisation until commit, so two saves never take the same number; "no key
        // update" so that rows referring to the organisation may still be written meanwhile
        jdbc.queryForList("select id from partnership.organisation where id = ? for no key update", String.class, org);
        Integer version = jdbc.queryForObject(
                "select coalesce(max(version), 0) + 1 from partnership.local_profile where owner_id = ?",
                Integer.class,
                org);
        List<String> others = readers.stream().filter(o -> !o.equals(org)).toList();
        jdbc.update(
                "insert into partnership.local_profile (owner_id, version, area, period, content, shared_orgs,"
                        + " created_by) values (?, ?, ?, ?, ?::jsonb, ?, ?)",
                ps -> {
                    ps.setString(1, org);
                    ps.setInt(2, version);
                    ps.setString(3, area);
                    ps.setString(4, period);
                    ps.setString(5, JSON.writeValueAsString(p));
                    ps.setArray(6, ps.getConnection().createArrayOf("text", others.toArray()));
                    ps.setString(7, v.user());
                });
        String id = org + "/" + version;
        log(v, AuditAction.CREATE, id, "local profile of " + area + ", " + period);
        Visible.disclose(audit, v, "local-profile", id, "made for " + String.join(", ", readers), others);
        return version;
    }

    /** The organisations a profile is made for, the maker's first, then the others by id. */
    private List<String> readers(String org, Audience audience) {
        List<String> out = new ArrayList<>(List.of(org));
        if (audience == Audience.GROUPS) {
            out.addAll(jdbc.queryForList(
                    "select distinct m.organisation_id from partnership.group_member m join partnership.group_member"
                            + " mine on mine.group_id = m.group_id where mine.organisation_id = ?"
                            + " and m.organisation_id <> ? order by 1",
                    String.class,
                    org,
                    org));
        }
        return out;
    }

    /** The versions the viewer may read, newest first. */
    public List<Version> versions(Viewer v) {
        if (!v.readsRecords()) {
            return List.of();
        }
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

    /** One version as it was made, if the viewer may read it; the reading (or the attempt) is logged. */
    public Optional<Profile> read(Viewer v, String owner, int version) {
        log(v, AuditAction.VIEW, owner + "/" + version, "local profile");
        return find(v, owner, version);
    }

    /**
     * One version written by {@code write} into a file that leaves the system (the PDF), logged as an export once
     * the file is made; a version the viewer may not read is logged as an attempt to view it, and given nothing.
     */
    public <T> Optional<T> export(Viewer v, String owner, int version, java.util.function.Function<Profile, T> write) {
        Optional<Profile> p = find(v, owner, version);
        if (p.isEmpty()) {
            log(v, AuditAction.VIEW, owner + "/" + version, "local profile");
            return Optional.empty();
        }
        T file = write.apply(p.get());
        log(v, AuditAction.EXPORT, owner + "/" + version, "local profile");
        return Optional.of(file);
    }

    private Optional<Profile> find(Viewer v, String owner, int version) {
        String org = v.organisation().id();
        if (!v.readsRecords()) {
            return Optional.empty();
        }
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

    /** The groups in the area that every reader may read, each with its latest assessment (made by its owner). */
    private List<GroupLine> groups(List<String> readers, String area) {
        return jdbc.query(
                "select g.reference, g.name, g.area, g.score, g.band, g.assessed_on, a.score, a.confidence, a.assessed_on"
                        + " from partnership.crime_group g left join lateral (select score, confidence, assessed_on"
                        + " from partnership.group_assessment x where x.owner_id = g.owner_id and x.group_id = g.id"
                        + " order by assessed_on desc, created_at desc limit 1) a on true"
                        + " where (? = '' or g.area ilike '%' || ? || '%') and " + Visible.toEvery("g")
                        + " order by a.score desc nulls last, g.score desc nulls last, g.reference",
                ps -> {
                    ps.setString(1, area);
                    ps.setString(2, area);
                    ps.setArray(3, ps.getConnection().createArrayOf("text", readers.toArray()));
                },
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
                                        rs.getObject(9, LocalDate.class))));
    }

    private List<HotspotLine> hotspotLines(List<String> readers) {
        List<HotspotLine> out = new ArrayList<>();
        for (HotspotStore.Hotspot h : hotspots.visibleToEvery(readers)) {
            List<String> changes =
                    Measures.changes(hotspots.months(h.owner(), h.id()), hotspots.phases(h.owner(), h.id())).stream()
                            .map(c -> c.phase() + ": " + c.words())
                            .toList();
            out.add(new HotspotLine(h.name(), changes.isEmpty() ? List.of("no phases recorded") : changes));
        }
        return out;
    }

    /** The vulnerabilities recorded in the area that every reader may read, counted by kind: "cuckooed address: 3". */
    private List<String> vulnerabilityLines(List<String> readers, String area) {
        List<String> out = new ArrayList<>();
        vulnerabilities
                .countsForEvery(readers, area)
                .forEach((kind, n) -> out.add(VulnerabilityStore.KINDS.get(kind) + ": " + n));
        return out;
    }

    private static List<StrandLine> strands(List<ActionStore.Action> plans, LocalDate today) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        ActionStore.STRANDS.forEach(s -> counts.put(s, new int[5]));
        for (ActionStore.Action a : plans) {
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
