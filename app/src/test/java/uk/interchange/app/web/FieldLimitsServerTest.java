package uk.interchange.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * Text fields are bounded at the edge, over real HTTP: a form post, a multipart form, a query parameter and a JSON
 * body with a field over its limit, or holding a control character, are answered 400 naming the field and the limit
 * (problem details for programs, the GOV.UK error summary for browsers), before any controller has read them.
 */
class FieldLimitsServerTest extends ServerTest {
    private static final String WHY = "Operation Kestrel: checking an associate";

    private HttpResponse<String> searchApi(String user, String body) {
        String auth =
                Base64.getEncoder().encodeToString((user + ":" + PLANNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/partnership/search"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String asked(String query, String reason) {
        return "{\"query\":" + JSON.writeValueAsString(query) + ",\"reason\":" + JSON.writeValueAsString(reason)
                + ",\"caseReference\":\"OP-KESTREL\"}";
    }

    private static JsonNode firstError(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return json(r).get("errors").get(0);
    }

    @Test
    void aReasonOverItsLimitOnTheSearchPageIsRefusedWithTheErrorSummary() {
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        analyst.get("/partnership/search");
        HttpResponse<String> r =
                analyst.post("/partnership/search", Map.of("query", "Darren Kestley", "reason", "r".repeat(501)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("govuk-error-summary")
                .contains("reason is longer than its limit of 500 characters (it has 501)")
                .doesNotContain("Darren Kestley @");
        // the same reason at its limit is a reason
        analyst.get("/partnership/search");
        HttpResponse<String> ok =
                analyst.post("/partnership/search", Map.of("query", "Darren Kestley", "reason", "r".repeat(500)));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).doesNotContain("govuk-error-summary");
    }

    @Test
    void aLineBreakInAOneLineFieldAndANulAnywhereAreRefused() {
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        analyst.get("/partnership/search");
        HttpResponse<String> r = analyst.post(
                "/partnership/search", Map.of("query", "Darren Kestley", "reason", WHY, "caseReference", "OP-1\nOP-2"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("caseReference holds a control character (U+000A) at character 5: this field is one line");
        JsonNode e = firstError(searchApi("tvp-analyst", asked("Darren Kestley", "checking\u0000 a name")));
        assertThat(e.get("field").asString()).isEqualTo("reason");
        assertThat(e.get("reason").asString()).startsWith("holds a control character (U+0000) at character 9");
    }

    @Test
    void aHugeReasonInTheSearchApiIsRefusedWhileItIsReadNamingTheFieldAndItsLimit() {
        // 20 MB: the API stored a 100 MB reason before; this one is refused by the parser's bound at 200,000
        JsonNode e = firstError(searchApi("tvp-analyst", asked("Darren Kestley", "x".repeat(20 * 1024 * 1024))));
        assertThat(e.get("field").asString()).isEqualTo("reason");
        assertThat(e.get("reason").asString()).isEqualTo("is longer than its limit of 500 characters");
        // and one just over the field's own limit, within the parser's, is refused by the table
        JsonNode f = firstError(searchApi("tvp-analyst", asked("Darren Kestley", "y".repeat(501))));
        assertThat(f.get("reason").asString()).isEqualTo("is longer than its limit of 500 characters (it has 501)");
        // the service goes on answering
        assertThat(searchApi("tvp-analyst", asked("Darren Kestley", WHY)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aJsonBodyLargerThanTheParserReadsIsRefusedAsTheBody() {
        String padded =
                "{\"query\":\"Darren Kestley\",\"reason\":\"" + WHY + "\",\"pad\":[" + "0,".repeat(2_200_000) + "0]}";
        JsonNode e = firstError(searchApi("tvp-analyst", padded));
        assertThat(e.get("field").asString()).isEqualTo("body");
        assertThat(e.get("reason").asString()).contains("100,000 values");
    }

    @Test
    void aQueryParameterOfTheRoadworksApiIsChecked() {
        JsonNode e = firstError(get("/api/roadworks/closures?road=M4%00"));
        assertThat(e.get("field").asString()).isEqualTo("road");
        assertThat(e.get("reason").asString()).startsWith("holds a control character (U+0000) at character 3");
        JsonNode long_ = firstError(get("/api/roadworks/closures?county=" + "k".repeat(201)));
        assertThat(long_.get("reason").asString()).isEqualTo("is longer than its limit of 200 characters (it has 201)");
    }

    @Test
    void theRoadworksJsonApiChecksEachField() {
        String body = "{\"text\":\"M4 westbound, junction 10 to 11: lane closure, 20:00 on 10 March 2031 to 06:00 on"
                + " 11 March 2031.\",\"despite\":" + JSON.writeValueAsString("d".repeat(501)) + "}";
        JsonNode e = firstError(send(HttpRequest.newBuilder(uri("/api/roadworks/works"))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build()));
        assertThat(e.get("field").asString()).isEqualTo("despite");
        assertThat(e.get("reason").asString()).isEqualTo("is longer than its limit of 500 characters (it has 501)");
    }

    @Test
    void aTextFieldOfAMultipartFormIsChecked() {
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        analyst.get("/partnership/import");
        HttpResponse<String> r = analyst.postMultipart(
                "/partnership/import/preview", Map.of("text", "kind,name\r\ncompany,Ace\u0001 Ltd\r\n"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("text holds a control character (U+0001) at character 23");
        // tabs and line breaks belong in a file pasted in
        analyst.get("/partnership/import");
        HttpResponse<String> ok = analyst.postMultipart(
                "/partnership/import/preview", Map.of("text", "kind,name\r\ncompany,Ace\tLtd\r\n"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("Check the records before importing");
    }

    @Test
    void aStrangerIsToldToSignInBeforeAnythingAboutTheFields() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/partnership/search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(asked("x", "y".repeat(600))))
                .build());
        assertThat(r.statusCode()).isIn(401, 403);
        HttpResponse<String> page =
                get("/partnership/search?q=" + URLEncoder.encode("x".repeat(300), StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isNotEqualTo(400);
    }
}
