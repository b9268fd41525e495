package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * An auditor reads and never writes: every endpoint that may change something (each POST, PUT, PATCH and DELETE the
 * server maps, found as {@link AccessRulesTest} finds them) refuses the auditor with 403, and for a sample of them the
 * rows the request names are unchanged afterwards.
 */
class AuditorsChangeNothingTest extends ServerTest {
    private static final Set<RequestMethod> CHANGING =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /** The changing methods an auditor may call by design: their own account, and the reads sent as POST. */
    private static final Set<String> OPEN_TO_AN_AUDITOR = Set.of(
            "POST /account/password",
            "POST /api/partnership/search",
            "POST /partnership/articles",
            "POST /partnership/assessments",
            "POST /partnership/groups",
            "POST /partnership/groups/{owner}/{id}",
            "POST /partnership/records/{owner}/{id}",
            "POST /partnership/reports/{owner}/{id}",
            "POST /partnership/search",
            "POST /partnership/search/export");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyChangingEndpointRefusesAnAuditor() {
        Set<String> open = new TreeSet<>();
        List<String> answered = new ArrayList<>();
        int tried = 0;
        for (var e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            if (e.getValue().getBeanType().getName().startsWith("org.springframework")) {
                continue;
            }
            Access rule = AccessInterceptor.ruleOf(e.getValue());
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (!CHANGING.contains(method)) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    String name = method + " " + pattern;
                    if (rule.value() == Access.Rule.PUBLIC
                            || rule.value() == Access.Rule.SIGNED_IN
                            || !rule.changes()) {
                        open.add(name);
                        continue;
                    }
                    tried++;
                    int status = asAuditor(method.name(), pattern, info).statusCode();
                    if (status != 403) {
                        answered.add(name + " answered " + status);
                    }
                }
            }
        }
        assertThat(tried).as("changing endpoints tried").isGreaterThan(40);
        assertThat(answered)
                .as("changing endpoints that did not refuse the auditor")
                .isEmpty();
        assertThat(open).as("the only changing methods open to an auditor").isEqualTo(OPEN_TO_AN_AUDITOR);
    }

    @Test
    void anAuditorsFormPostsWithAValidTokenChangeNoRow() {
        var action = jdbc.queryForMap("select owner_id, id::text as id, status, outcome from partnership.action"
                + " where owner_id = 'tvp' or responsible_id = 'tvp' limit 1");
        var entity = jdbc.queryForMap("select id::text as id from partnership.entity"
                + " where owner_id = 'tvp' and erased_at is null order by label limit 1");
        String entityId = (String) entity.get("id");
        jdbc.update("update partnership.entity set review_on = current_date - 1 where id = ?::uuid", entityId);
        String entityBefore = entityRow(entityId);
        Integer profilesBefore = jdbc.queryForObject("select count(*) from partnership.local_profile", Integer.class);

        SignedInSession auditor = SignedInSession.as(port, "tvp-auditor", PLANNER_PASSWORD);
        auditor.get("/account"); // a page with a form, for the session's token
        // the token is good: a read sent as POST goes through, so the refusals below are not CSRF's
        assertThat(auditor.post("/partnership/groups", Map.of("reason", "audit of the actions"))
                        .uri()
                        .getPath())
                .isEqualTo("/partnership/groups");
        var status = auditor.post(
                "/partnership/actions/" + action.get("owner_id") + "/" + action.get("id"),
                Map.of("status", "dropped", "outcome", "closed by the auditor"));
        var erase = auditor.post(
                "/partnership/review/" + entityId + "/erase", Map.of("reason", "the auditor erases", "confirm", "yes"));
        var keep = auditor.post(
                "/partnership/review/" + entityId + "/keep",
                Map.of("until", "2099-01-01", "reason", "the auditor keeps"));
        var edit = auditor.post(
                "/partnership/records/tvp/" + entityId + "/edit",
                Map.of("kind", "person", "given_name", "Changed", "surname", "By-Auditor", "reason", "the auditor"));
        var sharing = auditor.post(
                "/partnership/sharing/records/tvp/" + entityId,
                Map.of("organisations", "hmrc", "reason", "the auditor shares it"));
        var profile = auditor.post("/partnership/profiles", Map.of("area", "Slough", "title", "The auditor's profile"));

        for (var r : List.of(status, erase, keep, edit, sharing, profile)) {
            assertThat(r.statusCode()).as(r.request().uri().getPath()).isEqualTo(403);
        }
        var after = jdbc.queryForMap(
                "select status, outcome from partnership.action where owner_id = ? and id = ?::uuid",
                action.get("owner_id"),
                action.get("id"));
        assertThat(after.get("status")).isEqualTo(action.get("status"));
        assertThat(after.get("outcome")).isEqualTo(action.get("outcome"));
        assertThat(entityRow(entityId)).isEqualTo(entityBefore);
        assertThat(jdbc.queryForObject("select count(*) from partnership.local_profile", Integer.class))
                .isEqualTo(profilesBefore);
    }

    @Test
    void anAuditorStillReadsWhatTheirRoleAllows() {
        SignedInSession auditor = SignedInSession.as(port, "tvp-auditor", PLANNER_PASSWORD);
        assertThat(auditor.get("/partnership/audit").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/partnership/groups").body()).contains("name=\"reason\"");
        var reason = auditor.post("/partnership/groups", Map.of("reason", "annual audit of the group list"));
        assertThat(reason.statusCode()).isEqualTo(200);
        assertThat(reason.uri().getPath()).isEqualTo("/partnership/groups");
        assertThat(auditor.get("/partnership/actions").body())
                .as("no form to change an action is offered to an auditor")
                .doesNotContain("name=\"status\"");
    }

    private String entityRow(String id) {
        return jdbc.queryForObject(
                "select row(label, body, handling, shared_orgs, shared_groups, review_on, erased_at)::text"
                        + " from partnership.entity where id = ?::uuid",
                String.class,
                id);
    }

    /** The request as the auditor over HTTP Basic (no session, so no CSRF token is needed), with an empty body. */
    private java.net.http.HttpResponse<String> asAuditor(String method, String pattern, RequestMappingInfo info) {
        String path = pattern.replaceAll("\\{[^}]*}", "x");
        String type = info.getConsumesCondition().getConsumableMediaTypes().stream()
                .findFirst()
                .map(MediaType::toString)
                .orElse("application/x-www-form-urlencoded");
        String auth = Base64.getEncoder()
                .encodeToString(("tvp-auditor:" + PLANNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", type)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(""))
                .build());
    }
}
