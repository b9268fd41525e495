package uk.interchange.app.partnership.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.response.hotspots.Hotspot;
import uk.interchange.partnership.response.profiles.Audience;
import uk.interchange.partnership.response.profiles.Profile;
import uk.interchange.partnership.response.profiles.Profile.GroupLine;
import uk.interchange.partnership.response.profiles.Profile.HotspotLine;
import uk.interchange.partnership.response.profiles.Profile.Version;
import uk.interchange.partnership.response.profiles.ProfileContents;
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

    /**
     * Makes the profile, for the audience, from the records as they are now, keeps it as the organisation's next
     * version, and logs it as created and as disclosed to each other organisation it is made for.
     */
    @Transactional
    public int make(Viewer v, String area, String period, Audience audience) {
        String org = v.organisation().id();
        List<String> readers = readers(org, audience);
        LocalDate today = Action.today();
        List<Action> plans = actions.visibleToEvery(readers);
        Profile p = new Profile(
                organisations.nameOf(org),
                area,
                period,
                today,
                v.user(),
                groups(readers, area),
                hotspotLines(readers),
                ProfileContents.strands(plans, today),
                ProfileContents.overdue(plans, today),
                ProfileContents.vulnerabilities(vulnerabilities.countsForEvery(readers, area)),
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
                        ProfileContents.mapping(
                                rs.getObject(4) == null ? Optional.empty() : Optional.of(rs.getInt(4)),
                                rs.getString(5),
                                rs.getObject(6, LocalDate.class)),
                        ProfileContents.assessment(
                                rs.getObject(7) == null ? Optional.empty() : Optional.of(rs.getDouble(7)),
                                rs.getString(8),
                                rs.getObject(9, LocalDate.class))));
    }

    private List<HotspotLine> hotspotLines(List<String> readers) {
        List<HotspotLine> out = new ArrayList<>();
        for (Hotspot h : hotspots.visibleToEvery(readers)) {
            out.add(ProfileContents.hotspot(
                    h.name(), hotspots.months(h.owner(), h.id()), hotspots.phases(h.owner(), h.id())));
        }
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
