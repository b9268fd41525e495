package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** Opening a record: a reason for another organisation's, and the same answer for hidden and missing records. */
class RecordPageTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    private String path(String owner, String label) {
        UUID id = jdbc.queryForObject(
                "select id from partnership.entity where owner_id = ? and label = ?", UUID.class, owner, label);
        return "/partnership/records/" + owner + "/" + id;
    }

    @Test
    void anotherOrganisationsRecordOpensOnlyWithAReasonAndTheViewIsLogged() {
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        String darren = path("tvp", "Darren Kestley");
        var asked = council.get(darren);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Why are you opening this record?").doesNotContain("Darren Kestley");

        var refused = council.post(darren, Map.of("reason", "", "caseReference", ""));
        assertThat(refused.body()).contains("reason is needed");

        // the reason is taken and the browser is sent on to the record
        var page =
                council.post(darren, Map.of("reason", "Grounds maintenance tender checks", "caseReference", "T-114"));
        assertThat(page.uri().getPath()).isEqualTo(darren);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Darren Kestley")
                .contains("Thames Valley Police")
                .doesNotContain("id=\"shared\"");
        auditWritten();
        Integer logged = jdbc.queryForObject(
                "select count(*) from audit.entry where actor = 'reading-coordinator' and action = 'view'"
                        + " and reason = 'Grounds maintenance tender checks' and case_ref = 'T-114'",
                Integer.class);
        assertThat(logged).isPositive();
    }

    @Test
    void aHiddenRecordAndAMissingOneAnswerAlike() {
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get(path("tvp", "Darren Kestley")); // the reason form, and its token
        council.post(
                path("tvp", "Darren Kestley"), Map.of("reason", "Tender checks for the council", "caseReference", ""));
        var hidden = council.get(path("tvp", "Kyle Brannigan"));
        var missing = council.get("/partnership/records/tvp/" + UUID.randomUUID());
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body());
    }

    @Test
    void theOwnerSeesItsRecordAndWhoItIsSharedWithWithoutBeingAsked() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        var page = force.get(path("tvp", "Marta Wolanska"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Marta Wolanska")
                .contains("id=\"shared\"")
                .contains("reading");
    }

    @Test
    void aRecordsLinksShowOnlyWhatTheViewerMayReadAtBothEnds() {
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        String darren = path("tvp", "Darren Kestley");
        council.get(darren);
        var page = council.post(darren, Map.of("reason", "Tender checks on the waste bidders", "caseReference", ""));
        assertThat(page.body())
                .contains("class=\"ix-links\"")
                .contains("Kestley Waste Solutions Ltd")
                .contains("director of")
                .contains("+447700900461")
                .doesNotContain("Brannigan");

        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        var own = force.get(darren);
        assertThat(own.body()).contains("Kyle Brannigan").contains("associate of");
        // from the company's side the same link reads the other way
        var firm = force.get(path("tvp", "Kestley Waste Solutions Ltd"));
        assertThat(firm.body()).contains("(director of)").contains("registered at");
    }
}
