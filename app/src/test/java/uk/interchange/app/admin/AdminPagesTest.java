package uk.interchange.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** The first administrator sets up an organisation and an account, and the account works at once. */
class AdminPagesTest extends ServerTest {
    @Test
    void anAdministratorAddsAnOrganisationAndAnAccountThatCanSignInAndSearch() {
        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        assertThat(admin.get("/admin").body()).contains("Organisations and accounts");

        var org = admin.post(
                "/admin/organisations", Map.of("id", "wmp", "name", "West Midlands Police", "type", "police-force"));
        assertThat(org.body()).contains("West Midlands Police");
        var bad = admin.post("/admin/organisations", Map.of("id", "West Mids", "name", " ", "type", "club"));
        assertThat(bad.body())
                .contains("href=\"#id\"")
                .contains("href=\"#name\"")
                .contains("href=\"#type\"");

        var weak = admin.postRaw(
                "/admin/accounts",
                "username=wmp-analyst&displayName=Analyst&organisation=wmp&roles=ANALYST&password=short");
        assertThat(weak.body()).contains("at least 12 characters");
        admin.get("/admin");
        var made = admin.postRaw(
                "/admin/accounts",
                "username=wmp-analyst&displayName=Analyst%2C+WMP"
                        + "&organisation=wmp&roles=ANALYST&password=a-long-first-password");
        assertThat(made.body()).contains("wmp-analyst").contains("ANALYST");
        var again = admin.postRaw(
                "/admin/accounts",
                "username=wmp-analyst&displayName=Other"
                        + "&organisation=wmp&roles=ANALYST&password=a-long-first-password");
        assertThat(again.body()).contains("&quot;wmp-analyst&quot; is taken");

        String auth = Base64.getEncoder()
                .encodeToString("wmp-analyst:a-long-first-password".getBytes(StandardCharsets.UTF_8));
        var search = send(HttpRequest.newBuilder(uri("/api/partnership/search"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"query\":\"Darren Kestley\",\"reason\":\"first look at the partnership\"}"))
                .build());
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("\"found\":[]"); // nothing is shared with a new force yet
    }

    @Test
    void onlyAnAdministratorReachesTheAdministration() {
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        assertThat(analyst.get("/admin").statusCode()).isEqualTo(403);
        SignedInSession planner = SignedInSession.as(port, "planner", PLANNER_PASSWORD);
        assertThat(planner.get("/admin").statusCode()).isEqualTo(403);
    }
}
