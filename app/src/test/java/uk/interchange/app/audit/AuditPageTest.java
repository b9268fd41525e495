package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    AuditLog log;

    @Test
    void theTrailIsReadAPageAtATimeNewestFirstWhateverItsLength() {
        String actor = "paging-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= AuditPage.SHOWN + 20; i++) {
            log.append(new AuditRecord(
                    actor,
                    "tvp",
                    AuditAction.LOOKUP,
                    "search",
                    "query " + i,
                    "Operation Paging",
                    java.util.Optional.empty(),
                    java.util.Optional.empty()));
        }
        var first = as("tvp-auditor", "GET", "/partnership/audit?actor=" + actor, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(rows(first.body())).isEqualTo(AuditPage.SHOWN);
        assertThat(first.body()).contains("search: query 70").doesNotContain("search: query 20<");
        Matcher older = Pattern.compile("id=\"older\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"older\"")
                .matcher(first.body());
        assertThat(older.find()).as("a link to the older entries").isTrue();
        String next = (older.group(1) != null ? older.group(1) : older.group(2)).replace("&amp;", "&");
        var second = as("tvp-auditor", "GET", next, null);
        assertThat(rows(second.body())).isEqualTo(20);
        assertThat(second.body())
                .contains("search: query 20<")
                .contains("search: query 1<")
                .doesNotContain("search: query 21<")
                .doesNotContain("id=\"older\"");
    }

    private static int rows(String page) {
        return (int) Pattern.compile("<tr class=\"govuk-table__row\">\\s*<td")
                .matcher(page)
                .results()
                .count();
    }
}
