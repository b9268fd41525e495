package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * Serious crime prevention orders over HTTP: the force records an interim order on a person on record, its
 * conditions, a check and a breach; the records already link him to a phone he did not notify and to a man he must not
 * associate with, so the order and the managing officer's front page show two alerts with the evidence.
 */
class ScpoPagesTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOrderItsConditionsAndTheAlertsTheRecordsRaise() {
        UUID darren = jdbc.queryForObject(
                "select id from partnership.entity where owner_id = 'tvp' and label = 'Darren Kestley'", UUID.class);
        UUID kyle = jdbc.queryForObject(
                "select id from partnership.entity where owner_id = 'tvp' and label = 'Kyle Brannigan'", UUID.class);
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/orders");
        Map<String, String> order = new HashMap<>(Map.of(
                "subject", "tvp/" + darren,
                "court", "Reading Crown Court",
                "madeOn", "2026-11-02",
                "starts", "2026-11-02",
                "ends", "2032-11-02",
                "interim", "yes",
                "manager", "tvp-analyst",
                "checkEvery", "30"));
        var tooLong = force.post("/partnership/orders", order);
        assertThat(tooLong.body()).contains("href=\"#ends\"").contains("five years at most");
        order.put("ends", "2027-05-01");
        var made = force.post("/partnership/orders", order);
        String page = made.uri().getPath();
        assertThat(page).matches("/partnership/orders/[0-9a-f-]{36}");
        assertThat(made.body()).contains("not served, and the seven days to serve it ended on 2026-11-09");

        var outside = force.post(
                page + "/conditions",
                Map.of(
                        "kind",
                        "TRAVEL",
                        "text",
                        "not to leave the UK",
                        "conditionStarts",
                        "2026-10-01",
                        "conditionEnds",
                        "2027-05-01"));
        assertThat(outside.body()).contains("href=\"#conditionStarts\"").contains("is before the order starts");
        force.post(
                page + "/conditions",
                Map.of(
                        "kind",
                        "COMMUNICATION_DEVICES",
                        "text",
                        "to notify every phone he uses",
                        "conditionStarts",
                        "2026-11-02",
                        "conditionEnds",
                        "2027-05-01"));
        var conditions = force.post(
                page + "/conditions",
                Map.of(
                        "kind",
                        "ASSOCIATION",
                        "text",
                        "not to associate with Kyle Brannigan",
                        "conditionStarts",
                        "2026-11-02",
                        "conditionEnds",
                        "2027-05-01",
                        "otherRecord",
                        "tvp/" + kyle));
        assertThat(conditions.body())
                .contains("2 alerts from the records")
                .contains("+447700900461, which was not notified under the order")
                .contains("Kyle Brannigan, whom the order says they must not associate with");
        var checked =
                force.post(page + "/checks", Map.of("checkedOn", "2026-11-20", "finding", "phone seen at the yard"));
        assertThat(checked.body()).contains("phone seen at the yard").contains("2026-12-20 (every 30 days)");
        var breach = force.post(
                page + "/breaches",
                Map.of("breachOn", "2026-11-20", "what", "unnotified phone", "response", "arrested"));
        assertThat(breach.body()).contains("unnotified phone; done: arrested");

        assertThat(force.get("/partnership").body()).contains("2 alerts on the orders you manage");
        assertThat(force.get("/partnership/orders").body())
                .contains("Darren Kestley")
                .contains("Interim");

        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        assertThat(council.get("/partnership/orders").statusCode()).isEqualTo(403);
        assertThat(council.get(page).statusCode()).isEqualTo(403);
    }
}
