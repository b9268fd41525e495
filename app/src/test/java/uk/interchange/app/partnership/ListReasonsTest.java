package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * The lists of several organisations' records (ranked groups, assessments) ask why in their own words, and a reason
 * given for a search or another list is offered there, never silently taken: the audit holds the reason given for
 * that look-up.
 */
class ListReasonsTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListsAskInTheirOwnWordsNotAsARecord() {
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        for (String list : List.of("/partnership/groups", "/partnership/assessments")) {
            var asked = analyst.get(list);
            assertThat(asked.statusCode()).isEqualTo(200);
            assertThat(asked.body())
                    .as(list)
                    .contains("name=\"reason\"")
                    .doesNotContain("Why are you opening this record?")
                    .doesNotContain("This record is held by another organisation");
        }
    }

    @Test
    void aSearchsReasonIsOfferedForALaterListButTheAuditHoldsTheOneGivenForIt() {
        SignedInSession coordinator = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        coordinator.get("/partnership/search");
        coordinator.post(
                "/partnership/search",
                Map.of("query", "Kestley", "reason", "licensing check on a taxi firm", "caseReference", "LIC-7"));

        var asked = coordinator.get("/partnership/groups");
        assertThat(asked.body())
                .contains("name=\"reason\"")
                .contains("value=\"licensing check on a taxi firm\"")
                .doesNotContain("TV-OCG-0142");
        var list = coordinator.post(
                "/partnership/groups", Map.of("reason", "partnership tasking meeting", "caseReference", ""));
        assertThat(list.body()).contains("TV-OCG-0142");
        // the reason stands for this list when it is opened again
        assertThat(coordinator.get("/partnership/groups").body()).contains("TV-OCG-0142");

        // the next list asks again
        assertThat(coordinator.get("/partnership/assessments").body())
                .contains("value=\"partnership tasking meeting\"")
                .doesNotContain("TV-OCG-0142");

        auditWritten();
        List<String> reasons = jdbc.queryForList(
                "select reason from audit.entry where actor = 'reading-coordinator' and action = 'lookup'"
                        + " and record_kind = 'crime-group' and record_id = 'ranked list'",
                String.class);
        assertThat(reasons).contains("partnership tasking meeting").doesNotContain("licensing check on a taxi firm");
    }
}
