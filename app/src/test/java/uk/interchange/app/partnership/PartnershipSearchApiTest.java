package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.interchange.app.server.ServerTest;

/** Searching the demonstration partnership over HTTP, as people of different organisations and roles. */
class PartnershipSearchApiTest extends ServerTest {
    private HttpResponse<String> search(String user, String query, String reason) {
        String auth =
                Base64.getEncoder().encodeToString((user + ":" + PLANNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String body = "{\"query\":" + JSON.writeValueAsString(query) + ",\"reason\":" + JSON.writeValueAsString(reason)
                + ",\"caseReference\":\"OP-DEMO\"}";
        return send(HttpRequest.newBuilder(uri("/api/partnership/search"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private List<String> found(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode f : json(r).get("found")) {
            out.add(f.get("label").asString() + " @" + f.get("owner").asString());
        }
        return out;
    }

    @Test
    void aCouncilSeesWhatWasSharedWithItAndNothingElse() {
        String why = "checking the bidders for the grounds maintenance tender";
        // shared with the partnership group under code P
        assertThat(found(search("reading-coordinator", "darren kestley", why))).containsExactly("Darren Kestley @tvp");
        // kept by the force alone: the council cannot tell it exists
        assertThat(found(search("reading-coordinator", "Kyle Brannigan", why))).isEmpty();
        // code C through the group does not reach the council; named on it, the ROCU reads it
        assertThat(found(search("reading-coordinator", "Leon Ashgrove", why))).isEmpty();
        assertThat(found(search("serocu-analyst", "Leon Ashgrove", why))).containsExactly("Leon Ashgrove @tvp");
        // code C with the council named: it reads it
        assertThat(found(search("reading-coordinator", "wolanska", why))).containsExactly("Marta Wolanska @tvp");
        // its own records, by company number
        assertThat(found(search("reading-coordinator", "7654321", why)))
                .containsExactly("Thames Valley Grounds Ltd @reading");
    }

    @Test
    void theForceSeesItsOwnAndWhatOthersSharedWithIt() {
        String why = "Operation Kestrel: mapping the group's associates";
        assertThat(found(search("tvp-analyst", "Darren Kestley", why)))
                .containsExactlyInAnyOrder("Darren Kestley @tvp", "Darren Kestley @serocu");
        assertThat(found(search("tvp-analyst", "08765432", why))).containsExactly("Brannigan Haulage Limited @hmrc");
        assertThat(found(search("tvp-analyst", "rg2 0qx", why))).hasSize(1);
        assertThat(found(search("hmrc-analyst", "07700 900461", why))).containsExactly("+447700900461 @tvp");
    }

    @Test
    void rolesWithoutANeedToKnowFindNothingAndOthersAreRefused() {
        String why = "checking a bidder before the award";
        assertThat(found(search("reading-buyer", "Darren Kestley", why))).isEmpty();
        assertThat(found(search("tvp-auditor", "Darren Kestley", why))).isEmpty();
        HttpResponse<String> planner = send(HttpRequest.newBuilder(uri("/api/partnership/search"))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"x\",\"reason\":\"because\"}"))
                .build());
        assertThat(planner.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/partnership/search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"x\",\"reason\":\"because\"}"))
                .build());
        assertThat(anonymous.statusCode()).isIn(401, 403);
    }

    @Test
    void aSearchWithoutAReasonIsRefusedByField() {
        HttpResponse<String> r = search("tvp-analyst", "", " ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"field\":\"reason\"").contains("\"field\":\"query\"");
    }
}
