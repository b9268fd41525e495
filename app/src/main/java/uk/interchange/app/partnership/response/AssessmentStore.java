package uk.interchange.app.partnership.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.app.partnership.store.Visible;
import uk.interchange.partnership.response.ScoringModel;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The force's assessments of its organised crime groups, each with the scoring model and version that made it, and
 * the models themselves (the shipped one is stored at start, so that every assessment refers to a stored row).
 */
@Repository
public class AssessmentStore implements ApplicationRunner {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public AssessmentStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One assessment as its group's page lists it. */
    public record Assessment(
            LocalDate on, String model, double score, String confidence, String by, String rationale) {}

    /** A group in the ranked list: its latest score, and how it moved since the assessment before. */
    public record Ranked(
            String owner,
            UUID id,
            String reference,
            String name,
            double score,
            String confidence,
            LocalDate on,
            String model,
            Optional<Double> previous) {
        /** "up 12.5", "down 3.0", "no change" or "first assessment". */
        public String movement() {
            return previous.map(p -> {
                        double d = score - p;
                        return Math.abs(d) < 0.05
                                ? "no change"
                                : String.format(java.util.Locale.UK, "%s %.1f", d > 0 ? "up" : "down", Math.abs(d));
                    })
                    .orElse("first assessment");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        ScoringModel m = ScoringModel.standard();
        jdbc.update(
                "insert into partnership.scoring_model (id, version, title, definition, created_by) values (?, ?, ?, ?,"
                        + " 'interchange') on conflict do nothing",
                m.id(),
                m.version(),
                m.title(),
                m.definition());
    }

    /** Every stored model, newest version of each first. */
    public List<ScoringModel> models() {
        return jdbc.query(
                "select id, version, title, definition from partnership.scoring_model order by id, version desc",
                (rs, i) -> ScoringModel.read(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
    }

    public Optional<ScoringModel> model(String id, int version) {
        return jdbc
                .query(
                        "select id, version, title, definition from partnership.scoring_model where id = ? and version = ?",
                        (rs, i) -> ScoringModel.read(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                        id,
                        version)
                .stream()
                .findFirst();
    }

    /** Stores a new model version; refused when that id and version exist (a version is never changed). */
    public boolean addModel(Viewer v, ScoringModel m) {
        int n = jdbc.update(
                "insert into partnership.scoring_model (id, version, title, definition, created_by) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                m.id(),
                m.version(),
                m.title(),
                m.definition(),
                v.user());
        if (n == 1) {
            log(v, AuditAction.CREATE, "scoring-model", m.id() + "/" + m.version(), "scoring model " + m.title());
        }
        return n == 1;
    }

    public void assess(
            Viewer v,
            UUID group,
            ScoringModel m,
            Map<String, Integer> scores,
            Map<String, ScoringModel.Confidence> confidences,
            LocalDate on,
            String rationale) {
        ScoringModel.Score s = m.score(scores, confidences);
        String owner = v.organisation().id();
        jdbc.update(
                "insert into partnership.group_assessment (owner_id, group_id, id, model_id, model_version, scores,"
                        + " confidences, score, confidence, assessed_on, assessed_by, rationale)"
                        + " values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)",
                owner,
                group,
                UUID.randomUUID(),
                m.id(),
                m.version(),
                JSON.writeValueAsString(scores),
                JSON.writeValueAsString(confidences),
                Math.round(s.score() * 100) / 100.0,
                s.confidence().word(),
                on,
                v.user(),
                rationale);
        log(
                v,
                AuditAction.CHANGE,
                "group",
                owner + "/" + group,
                String.format(
                        java.util.Locale.UK,
                        "assessed %.1f (%s) on %s v%d",
                        s.score(),
                        s.confidence().word(),
                        m.id(),
                        m.version()));
    }

    public List<Assessment> of(String owner, UUID group) {
        return jdbc.query(
                "select assessed_on, model_id || ' v' || model_version, score, confidence, assessed_by, rationale"
                        + " from partnership.group_assessment where owner_id = ? and group_id = ?"
                        + " order by assessed_on desc, created_at desc",
                (rs, i) -> new Assessment(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getDouble(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)),
                owner,
                group);
    }

    /**
     * The groups the viewer may read that have an assessment, highest latest score first; logged as a look-up. A group
     * is a record: roles that read no records (procurement officers, auditors) find none, as on the groups' list.
     */
    public List<Ranked> ranked(Viewer v, String reason) {
        log(v, AuditAction.LOOKUP, "group-assessments", "ranked", reason);
        if (!v.readsRecords()) {
            return List.of();
        }
        String org = v.organisation().id();
        return jdbc.query(
                "select g.owner_id, g.id, g.reference, g.name, a.score, a.confidence, a.assessed_on, a.model,"
                        + " a.previous from partnership.crime_group g join lateral ("
                        + " select score, confidence, assessed_on, model_id || ' v' || model_version as model,"
                        + " lead(score) over (order by assessed_on desc, created_at desc) as previous"
                        + " from partnership.group_assessment x where x.owner_id = g.owner_id and x.group_id = g.id"
                        + " order by assessed_on desc, created_at desc limit 1) a on true"
                        + " where " + Visible.to("g") + " order by a.score desc, g.reference",
                (rs, i) -> new Ranked(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDouble(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        Optional.ofNullable(rs.getObject(9, java.math.BigDecimal.class))
                                .map(java.math.BigDecimal::doubleValue)),
                org,
                org,
                org);
    }

    private void log(Viewer v, AuditAction action, String kind, String id, String reason) {
        audit.append(new AuditRecord(
                v.user(), v.organisation().id(), action, kind, id, reason, Optional.empty(), Optional.empty()));
    }
}
