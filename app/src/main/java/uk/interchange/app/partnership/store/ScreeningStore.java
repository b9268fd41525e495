package uk.interchange.app.partnership.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.partnership.screening.Advice;
import uk.interchange.partnership.screening.Bidder;
import uk.interchange.partnership.screening.BidderEntity;
import uk.interchange.partnership.screening.Evidence;
import uk.interchange.partnership.screening.Outcome;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.Referral;
import uk.interchange.partnership.screening.Screener;
import uk.interchange.partnership.screening.Screening;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Screenings of tenders, their bidders, and the referrals of those to refer. The council's reads (screenings,
 * bidders, outcome, advice) never touch the evidence column; only {@link #referral} reads it, for the police force
 * the referral was made to. Every step is in the audit trail with its reason.
 */
@Repository
public class ScreeningStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, String>>> ROWS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public ScreeningStore(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public UUID create(Viewer v, String reference, String title, Optional<LocalDate> tenderDate) {
        UUID id = UUID.randomUUID();
        String council = v.organisation().id();
        jdbc.update(
                "insert into partnership.screening (council_id, id, tender_reference, title, tender_date, created_by)"
                        + " values (?, ?, ?, ?, ?, ?)",
                council,
                id,
                reference,
                title,
                tenderDate.orElse(null),
                v.user());
        log(v, AuditAction.CREATE, "screening", council + "/" + id, "screening of tender " + reference);
        return id;
    }

    public boolean referenceTaken(String council, String reference) {
        Integer n = jdbc.queryForObject(
                "select count(*) from partnership.screening where council_id = ? and tender_reference = ?",
                Integer.class,
                council,
                reference);
        return n != null && n > 0;
    }

    private static final String SCREENING = "select s.council_id, s.id, s.tender_reference, s.title, s.tender_date,"
            + " s.created_by, s.created_at, count(b.id), count(b.id) filter (where b.outcome is null),"
            + " count(b.id) filter (where b.outcome = 'refer'), count(r.advice)"
            + " from partnership.screening s left join partnership.bidder b"
            + " on b.council_id = s.council_id and b.screening_id = s.id"
            + " left join partnership.referral r on r.council_id = b.council_id and r.screening_id = b.screening_id"
            + " and r.bidder_id = b.id";

    /** The council's screenings, newest first. */
    public List<Screening> of(String council) {
        return jdbc.query(
                SCREENING + " where s.council_id = ? group by s.council_id, s.id order by s.created_at desc",
                (rs, i) -> screening(rs),
                council);
    }

    public Optional<Screening> get(String council, UUID id) {
        return jdbc
                .query(
                        SCREENING + " where s.council_id = ? and s.id = ? group by s.council_id, s.id",
                        (rs, i) -> screening(rs),
                        council,
                        id)
                .stream()
                .findFirst();
    }

    /** The bidders as the council sees them: never the evidence. */
    public List<Bidder> bidders(String council, UUID screening) {
        return jdbc.query(
                "select b.id, b.name, b.parties::text, b.added_from, b.outcome, r.advice, r.advice_note, r.advised_at"
                        + " from partnership.bidder b left join partnership.referral r on r.council_id = b.council_id"
                        + " and r.screening_id = b.screening_id and r.bidder_id = b.id"
                        + " where b.council_id = ? and b.screening_id = ? order by b.added_at, b.name",
                (rs, i) -> new Bidder(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        entities(rs.getString(3)),
                        rs.getString(4),
                        Optional.ofNullable(rs.getString(5)).map(Outcome::of),
                        Optional.ofNullable(rs.getString(6)).map(Advice::of),
                        Optional.ofNullable(rs.getString(7)),
                        Optional.ofNullable(rs.getTimestamp(8)).map(java.sql.Timestamp::toInstant)),
                council,
                screening);
    }

    /** Adds the bidders, each with its entities' columns as given; logged once, saying how many and from where. */
    @Transactional
    public void addBidders(Viewer v, UUID screening, Map<String, List<Party>> bidders, String from) {
        String council = v.organisation().id();
        for (List<Party> parties : bidders.values()) {
            jdbc.update(
                    "insert into partnership.bidder (council_id, screening_id, id, name, parties, added_from)"
                            + " values (?, ?, ?, ?, ?::jsonb, ?)",
                    council,
                    screening,
                    UUID.randomUUID(),
                    Bidder.nameOf(parties),
                    JSON.writeValueAsString(parties.stream().map(Party::columns).toList()),
                    from);
        }
        log(
                v,
                AuditAction.CHANGE,
                "screening",
                council + "/" + screening,
                bidders.size() + (bidders.size() == 1 ? " bidder" : " bidders") + " added from " + from);
    }

    /** Removes a bidder not yet screened; a screened one stays, with its outcome. */
    public boolean removeBidder(Viewer v, UUID screening, UUID bidder) {
        String council = v.organisation().id();
        int n = jdbc.update(
                "delete from partnership.bidder where council_id = ? and screening_id = ? and id = ?"
                        + " and outcome is null",
                council,
                screening,
                bidder);
        if (n == 1) {
            log(v, AuditAction.CHANGE, "screening", council + "/" + screening, "a bidder removed before screening");
        }
        return n == 1;
    }

    /**
     * Records each bidder's outcome, and for each to refer, a referral with its evidence to the force: all of them or
     * none. Each bidder screened is logged as a look-up against the force's records; each referral as a disclosure
     * of the bidder to the force.
     */
    @Transactional
    public void recordOutcomes(
            Viewer v, Screening s, String force, Map<UUID, Screener.Result> outcomes, Map<UUID, String> names) {
        String council = v.organisation().id();
        String reason = "screening of tender " + s.reference();
        // everything stored first, then logged, so that a bidder screened meanwhile by a colleague (which rolls all
        // of this back) leaves no log of a referral that was not made
        for (var e : outcomes.entrySet()) {
            Screener.Result o = e.getValue();
            int n = jdbc.update(
                    "update partnership.bidder set outcome = ?, screened_at = now(), screened_by = ?"
                            + " where council_id = ? and screening_id = ? and id = ? and outcome is null",
                    o.outcome().code(),
                    v.user(),
                    council,
                    s.id(),
                    e.getKey());
            if (n != 1) {
                throw new ScreenedMeanwhile();
            }
            if (o.refer()) {
                jdbc.update(
                        "insert into partnership.referral (force_id, id, council_id, screening_id, bidder_id, evidence)"
                                + " values (?, ?, ?, ?, ?, ?::jsonb)",
                        force,
                        UUID.randomUUID(),
                        council,
                        s.id(),
                        e.getKey(),
                        JSON.writeValueAsString(Evidence.of(o)));
            }
        }
        for (var e : outcomes.entrySet()) {
            Screener.Result o = e.getValue();
            String bidder = council + "/" + s.id() + "/" + e.getKey();
            log(
                    v,
                    AuditAction.LOOKUP,
                    "bidder",
                    bidder,
                    reason + ": " + names.get(e.getKey()) + ", " + o.outcome().words());
            if (o.refer()) {
                audit.append(new AuditRecord(
                        v.user(),
                        council,
                        AuditAction.DISCLOSE,
                        "bidder",
                        bidder,
                        reason + ": referred for the police's advice",
                        Optional.empty(),
                        Optional.of(force)));
            }
        }
    }

    /** A bidder was screened, or removed, by someone else while this screening ran. */
    public static final class ScreenedMeanwhile extends RuntimeException {
        ScreenedMeanwhile() {
            super("someone else screened or removed these bidders meanwhile");
        }
    }

    private static final String REFERRAL = "select r.force_id, r.id, r.council_id, o.name, s.tender_reference,"
            + " s.title, s.tender_date, b.name, b.parties::text, r.referred_at, r.advice, r.advice_note, r.advised_by,"
            + " %s from partnership.referral r"
            + " join partnership.bidder b on b.council_id = r.council_id and b.screening_id = r.screening_id"
            + " and b.id = r.bidder_id"
            + " join partnership.screening s on s.council_id = r.council_id and s.id = r.screening_id"
            + " join partnership.organisation o on o.id = r.council_id";

    /** The force's referrals, those awaiting advice first, each newest first; without their evidence. */
    public List<Referral> referrals(String force) {
        return jdbc.query(
                REFERRAL.formatted("null")
                        + " where r.force_id = ? order by r.advice is not null, r.referred_at desc limit 500",
                (rs, i) -> referral(rs),
                force);
    }

    /** One referral with its evidence, if it was made to the viewer's force; the view is logged with the reason. */
    public Optional<Referral> referral(Viewer v, UUID id, String reason) {
        String force = v.organisation().id();
        log(v, AuditAction.VIEW, "referral", force + "/" + id, reason);
        return jdbc
                .query(
                        REFERRAL.formatted("r.evidence::text") + " where r.force_id = ? and r.id = ?",
                        (rs, i) -> referral(rs),
                        force,
                        id)
                .stream()
                .findFirst();
    }

    /**
     * The force's advice on a referral, and the note the council will read with it. Logged as a change with the
     * officer's reason (which the council does not see), and as a disclosure of the advice to the council.
     */
    @Transactional
    public boolean advise(Viewer v, UUID id, Advice advice, String note, String reason) {
        String force = v.organisation().id();
        List<String> council = jdbc.queryForList(
                "update partnership.referral set advice = ?, advice_note = ?, advised_by = ?, advised_at = now()"
                        + " where force_id = ? and id = ? returning council_id",
                String.class,
                advice.code(),
                note.isBlank() ? null : note,
                v.user(),
                force,
                id);
        if (council.isEmpty()) {
            return false;
        }
        String referral = force + "/" + id;
        log(v, AuditAction.CHANGE, "referral", referral, "advice " + advice.code() + ": " + reason);
        audit.append(new AuditRecord(
                v.user(),
                force,
                AuditAction.DISCLOSE,
                "referral",
                referral,
                "advice given to the council: " + advice.code(),
                Optional.empty(),
                Optional.of(council.get(0))));
        return true;
    }

    /** How many referrals to the force await advice: for the officer's front page. */
    public int awaitingAdvice(String force) {
        Integer n = jdbc.queryForObject(
                "select count(*) from partnership.referral where force_id = ? and advice is null",
                Integer.class,
                force);
        return n == null ? 0 : n;
    }

    /** The police force covering the council, if one is recorded. */
    public Optional<String> coveringForce(String council) {
        return jdbc
                .query(
                        "select covered_by from partnership.organisation where id = ? and covered_by is not null",
                        (rs, i) -> rs.getString(1),
                        council)
                .stream()
                .findFirst();
    }

    /** A bidder's entities, stored as the columns given. */
    private static List<BidderEntity> entities(String json) {
        return JSON.readValue(json, ROWS).stream().map(BidderEntity::new).toList();
    }

    private void log(Viewer v, AuditAction action, String kind, String id, String reason) {
        audit.append(Visible.audit(v, action, kind, id, reason, Optional.empty()));
    }

    private static Screening screening(ResultSet rs) throws SQLException {
        return new Screening(
                rs.getString(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                Optional.ofNullable(rs.getObject(5, LocalDate.class)),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11));
    }

    private static Referral referral(ResultSet rs) throws SQLException {
        String evidence = rs.getString(14);
        return new Referral(
                rs.getString(1),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                Optional.ofNullable(rs.getObject(7, LocalDate.class)),
                rs.getString(8),
                entities(rs.getString(9)),
                rs.getTimestamp(10).toInstant(),
                Optional.ofNullable(rs.getString(11)).map(Advice::of),
                Optional.ofNullable(rs.getString(12)),
                Optional.ofNullable(rs.getString(13)),
                Optional.ofNullable(evidence).map(t -> JSON.readValue(t, Evidence.class)));
    }
}
