package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;

/**
 * Every partnership and administration page against every kind of account (and none), over HTTP: what each may
 * open and what it is refused. 200 is allowed, 403 refused, 401 or a redirect to sign in for no account. Pages that
 * ask for a reason first answer 200 with the question.
 */
class PartnershipAccessMatrixTest extends ServerTest {
    static final List<String> ACCOUNTS = List.of(
            "", "planner", "admin", "tvp-analyst", "reading-coordinator", "reading-buyer", "tvp-auditor", "tvp-intel");

    /** The expected answer for each page, account by account in the order of {@link #ACCOUNTS}. */
    static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        //                                        none planner admin analyst coord buyer auditor intel
        EXPECTED.put("/partnership", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/search", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/groups", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/reports/new", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/import", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/review", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/records/new", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/records/new?kind=person", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/groups/new", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/account", List.of(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/audit", List.of(401, 403, 403, 403, 403, 403, 200, 403));
        EXPECTED.put("/partnership/screenings", List.of(401, 403, 403, 403, 403, 200, 403, 403));
        EXPECTED.put("/partnership/screenings/new", List.of(401, 403, 403, 403, 403, 200, 403, 403));
        EXPECTED.put("/partnership/referrals", List.of(401, 403, 403, 403, 403, 403, 403, 200));
        EXPECTED.put("/partnership/hotspots", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/crime", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/assessments", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/assessments/models", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/actions", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/orders", List.of(401, 403, 403, 200, 403, 403, 403, 200));
        EXPECTED.put("/partnership/articles", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/collaborations", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/profiles", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/vulnerabilities", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/admin", List.of(401, 403, 200, 403, 403, 403, 403, 403));
    }

    @Test
    void everyPageAgainstEveryKindOfAccount() {
        List<String> wrong = new ArrayList<>();
        for (var page : EXPECTED.entrySet()) {
            for (int k = 0; k < ACCOUNTS.size(); k++) {
                String user = ACCOUNTS.get(k);
                HttpRequest.Builder b =
                        HttpRequest.newBuilder(uri(page.getKey())).header("Accept", "application/json");
                if (!user.isEmpty()) {
                    b.header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    (user + ":" + PLANNER_PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
                int status = send(b.GET().build()).statusCode();
                int expected = page.getValue().get(k);
                boolean ok = expected == 401 ? status == 401 || status == 302 : status == expected;
                if (!ok) {
                    wrong.add(page.getKey() + " as " + (user.isEmpty() ? "no one" : user) + ": " + status
                            + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
