package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * The CSRF check is skipped only for a program's request: HTTP Basic and no session cookie. An Authorization header
 * beside a browser's session cookie does not get a forged form post past it.
 */
class CsrfWithAuthorizationHeaderTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPostWithASessionCookieAndAnAuthorizationHeaderButNoTokenIsRefusedAndChangesNothing() {
        Map<String, Object> action = jdbc.queryForMap("select owner_id, id::text as id, status from partnership.action"
                + " where owner_id = 'tvp' or responsible_id = 'tvp' limit 1");
        String path = "/partnership/actions/" + action.get("owner_id") + "/" + action.get("id");
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        String forged = "status=dropped&outcome=forged";

        for (String header : new String[] {
            "Bearer made-up", "Basic " + basicOf("bogus", "bogus"), "Basic " + basicOf("tvp-analyst", PLANNER_PASSWORD)
        }) {
            var r = analyst.postWithoutToken(path, forged, "Authorization", header);
            assertThat(r.statusCode()).as(header).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject(
                        "select status from partnership.action where owner_id = ? and id = ?::uuid",
                        String.class,
                        action.get("owner_id"),
                        action.get("id")))
                .isEqualTo(action.get("status"));
    }

    @Test
    void aProgramWithHttpBasicAndNoSessionNeedsNoToken() {
        var r = send(HttpRequest.newBuilder(uri("/api/partnership/search"))
                .header("Authorization", "Basic " + basicOf("tvp-analyst", PLANNER_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"query\":\"Darren Kestley\",\"reason\":\"checking the program path\"}"))
                .build());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    private static String basicOf(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
