package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.model.PersonName;
import uk.interchange.partnership.sharing.Sharing;

/** The review queue: keep a record longer, or erase it for good, each with a reason on the audit trail. */
class ReviewPageTest extends ServerTest {
    @Autowired
    EntityStore store;

    @Autowired
    JdbcTemplate jdbc;

    private UUID due(String given, String surname) {
        var p = new Entity.Person(
                "",
                "tvp",
                new PersonName(Optional.empty(), java.util.List.of(given), surname),
                java.util.List.of(),
                Optional.empty());
        UUID id = store.create(
                p, new Sharing("tvp", Set.of("reading"), Set.of(), Handling.P), "person", given + " " + surname);
        jdbc.update("update partnership.entity set review_on = current_date - 1 where id = ?", id);
        return id;
    }

    @Test
    void aDueRecordIsKeptWithAReasonOrErasedForGoodLeavingATombstone() {
        UUID keep = due("Owen", "Treadwell");
        UUID erase = due("Nadia", "Ferncombe");
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        var queue = force.get("/partnership/review");
        assertThat(queue.body()).contains("Owen Treadwell").contains("Nadia Ferncombe");

        var noReason = force.post("/partnership/review/" + keep + "/keep", Map.of("until", "", "reason", ""));
        assertThat(noReason.body()).contains("reason is needed");
        force.post("/partnership/review/" + keep + "/keep", Map.of("until", "", "reason", "Operation Kestrel is open"));
        assertThat(force.get("/partnership/review").body()).doesNotContain("Owen Treadwell");

        var unconfirmed = force.post("/partnership/review/" + erase + "/erase", Map.of("reason", "No longer needed"));
        assertThat(unconfirmed.body()).contains("confirm must be ticked");
        assertThat(jdbc.queryForObject("select label from partnership.entity where id = ?", String.class, erase))
                .isEqualTo("Nadia Ferncombe");
        force.post("/partnership/review/" + erase + "/erase", Map.of("reason", "No longer needed", "confirm", "yes"));
        var tombstone = jdbc.queryForMap(
                "select label, body::text as body, erased_by, erased_because from partnership.entity where id = ?",
                erase);
        assertThat(tombstone.get("label")).isEqualTo("(erased)");
        assertThat(tombstone.get("body")).isEqualTo("{}");
        assertThat(tombstone.get("erased_by")).isEqualTo("tvp-analyst");
        assertThat(tombstone.get("erased_because")).isEqualTo("No longer needed");
        Integer keys = jdbc.queryForObject(
                "select count(*) from partnership.search_key where entity_id = ?", Integer.class, erase);
        assertThat(keys).isZero();
        // erased once is erased for good: a second erasure finds no such record
        var again = force.post("/partnership/review/" + erase + "/erase", Map.of("reason", "again", "confirm", "yes"));
        assertThat(again.statusCode()).isEqualTo(404);
        auditWritten();
        Integer logged = jdbc.queryForObject(
                "select count(*) from audit.entry where action = 'erase' and record_id = ?",
                Integer.class,
                "tvp/" + erase);
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void aRecordNotYetDueIsErasedOnlyWithAReasonForErasingItEarlyWhichIsRecorded() {
        UUID id = due("Tamsin", "Quarrendon");
        jdbc.update("update partnership.entity set review_on = current_date + 200 where id = ?", id);
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        var page = force.get("/partnership/review?record=" + id);
        assertThat(page.body())
                .contains("Tamsin Quarrendon")
                .contains("not due yet")
                .contains("name=\"early\"");

        var refused = force.post(
                "/partnership/review/" + id + "/erase", Map.of("reason", "No longer needed", "confirm", "yes"));
        assertThat(refused.body()).contains("early is needed: the record is not due for review until");
        assertThat(jdbc.queryForObject("select label from partnership.entity where id = ?", String.class, id))
                .as("not erased without a reason for erasing early")
                .isEqualTo("Tamsin Quarrendon");

        force.post(
                "/partnership/review/" + id + "/erase",
                Map.of("reason", "No longer needed", "early", "Court order to erase, case 77/2026", "confirm", "yes"));
        assertThat(jdbc.queryForObject("select label from partnership.entity where id = ?", String.class, id))
                .isEqualTo("(erased)");
        auditWritten();
        String logged = jdbc.queryForObject(
                "select reason from audit.entry where action = 'erase' and record_id = ?", String.class, "tvp/" + id);
        assertThat(logged)
                .startsWith("No longer needed (erased before its review date of ")
                .endsWith("erased early because: Court order to erase, case 77/2026)");
    }

    @Test
    void theStoreItselfRefusesToEraseARecordNotYetDueWithoutAReason() {
        UUID id = due("Ambrose", "Pettifer");
        jdbc.update("update partnership.entity set review_on = current_date + 30 where id = ?", id);
        var analyst = new uk.interchange.partnership.sharing.Viewer(
                "tvp-analyst",
                new uk.interchange.partnership.sharing.Organisation(
                        "tvp",
                        "Thames Valley Police",
                        uk.interchange.partnership.sharing.OrganisationType.POLICE_FORCE),
                Set.of(uk.interchange.partnership.sharing.Role.ANALYST));
        assertThat(store.erase(analyst, id, "No longer needed", java.time.LocalDate.now(), Optional.empty()))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select erased_at is null from partnership.entity where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void anotherOrganisationCannotKeepOrEraseTheRecord() {
        UUID id = due("Iris", "Cobbledick");
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get("/partnership/search"); // a page with a form, for the session's token
        var r = council.post("/partnership/review/" + id + "/erase", Map.of("reason", "not ours", "confirm", "yes"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select label from partnership.entity where id = ?", String.class, id))
                .isEqualTo("Iris Cobbledick");
    }
}
