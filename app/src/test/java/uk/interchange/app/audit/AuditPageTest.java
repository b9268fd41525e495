package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;

/** The audit trail page: auditors read their own organisation's trail; nobody else reads it at all. */
class AuditPageTest extends ServerTest {
    private HttpResponse<String> as(String user, String method, String path, String form) {
        String auth =
                Base64.getEncoder().encodeToString((user + ":" + PLANNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + auth);
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return send(b.build());
    }

    @Test
    void anAuditorSeesTheSearchesOfTheirOrganisationWithTheirReasons() {
        var search = as(
                "tvp-analyst",
                "POST",
                "/partnership/search",
                "query=Leon+Ashgrove&reason=Operation+Kestrel+review&caseReference=OP-KESTREL");
        assertThat(search.statusCode()).isEqualTo(200);
        var page = as("tvp-auditor", "GET", "/partnership/audit?actor=tvp-analyst", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("search: Leon Ashgrove")
                .contains("Operation Kestrel review (OP-KESTREL)")
                .contains("tvp-analyst");
        // people who are not auditors cannot read it, in the same organisation or another
        assertThat(as("tvp-analyst", "GET", "/partnership/audit", null).statusCode())
                .isEqualTo(403);
        assertThat(as("reading-coordinator", "GET", "/partnership/audit", null).statusCode())
                .isEqualTo(403);
        // reading the trail is itself on the trail
        var again = as("tvp-auditor", "GET", "/partnership/audit?actor=tvp-auditor", null);
        assertThat(again.body()).contains("audit-trail: tvp").contains("audit review of tvp-analyst");
    }
}
