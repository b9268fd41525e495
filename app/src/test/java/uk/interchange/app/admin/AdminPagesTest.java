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
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anAdministratorAddsAnOrganisationAndAnAccountThatCanSignInAndSearch() {
        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        assertThat(admin.get("/admin").body()).contains("Organisations and accounts");

        var org = admin.post(
                "/admin/organisations",
                Map.of(
                        "id",
                        "wmp",
                        "name",
                        "West Midlands Police",
                        "type",
                        "police-force",
                        "reason",
                        "joins the partnership"));
        assertThat(org.body()).contains("West Midlands Police");
        var bad = admin.post("/admin/organisations", Map.of("id", "West Mids", "name", " ", "type", "club"));
        assertThat(bad.body())
                .contains("href=\"#id\"")
                .contains("href=\"#name\"")
                .contains("href=\"#type\"");

        var weak = admin.postRaw(
                "/admin/accounts",
                "username=wmp-analyst&displayName=Analyst&organisation=wmp&roles=ANALYST&password=short"
                        + "&reason=new+starter");
        assertThat(weak.body()).contains("at least 12 characters");
        admin.get("/admin");
        var made = admin.postRaw(
                "/admin/accounts",
                "username=wmp-analyst&displayName=Analyst%2C+WMP"
                        + "&organisation=wmp&roles=ANALYST&password=a-long-first-password&reason=new+starter");
        assertThat(made.body()).contains("wmp-analyst").contains("ANALYST");
        var again = admin.postRaw(
                "/admin/accounts",
                "username=wmp-analyst&displayName=Other"
                        + "&organisation=wmp&roles=ANALYST&password=a-long-first-password&reason=new+starter");
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
    void everyAdministrativeChangeLeavesAnAuditEntryWithItsReason() {
        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        admin.get("/admin");
        var noReason = admin.post(
                "/admin/organisations", Map.of("id", "nyp", "name", "North Yorkshire Police", "type", "police-force"));
        assertThat(noReason.body()).contains("reason is needed");
        assertThat(jdbc.queryForObject("select count(*) from partnership.organisation where id = 'nyp'", Integer.class))
                .isZero();

        admin.post(
                "/admin/organisations",
                Map.of("id", "nyp", "name", "North Yorkshire Police", "type", "police-force", "reason", "new force"));
        admin.post(
                "/admin/organisations",
                Map.of(
                        "id",
                        "york",
                        "name",
                        "City of York Council",
                        "type",
                        "local-authority",
                        "reason",
                        "new council"));
        admin.post(
                "/admin/organisations/covering",
                Map.of("council", "york", "force", "nyp", "reason", "York is in North Yorkshire"));
        admin.postRaw(
                "/admin/accounts",
                "username=nyp-analyst&displayName=Analyst%2C+NYP&organisation=nyp&roles=ANALYST"
                        + "&password=a-long-first-password&reason=new+starter+in+the+unit");
        admin.get("/admin/accounts/nyp-analyst");
        admin.postRaw(
                "/admin/accounts/nyp-analyst",
                "displayName=Analyst%2C+NYP&organisation=nyp&roles=ANALYST&roles=COORDINATOR&enabled=true"
                        + "&reason=now+coordinates+the+unit");
        admin.post(
                "/admin/accounts/nyp-analyst/password",
                Map.of("password", "a-second-password-9", "reason", "forgot it, asked by phone"));
        admin.postRaw(
                "/admin/accounts/nyp-analyst",
                "displayName=Analyst%2C+NYP&organisation=nyp&roles=ANALYST&roles=COORDINATOR&reason=left+the+force");

        assertThat(entries("organisation", "nyp"))
                .containsExactly("admin nyp create new force (organisation North Yorkshire Police, police-force)");
        assertThat(entries("organisation", "york"))
                .containsExactly(
                        "admin york create new council (organisation City of York Council, local-authority)",
                        "admin york change York is in North Yorkshire (covering force none -> nyp)");
        assertThat(entries("account", "nyp-analyst"))
                .containsExactly(
                        "admin nyp create new starter in the unit (account of Analyst, NYP in nyp, roles ANALYST)",
                        "admin nyp change now coordinates the unit (roles ANALYST -> ANALYST, COORDINATOR)",
                        "admin nyp change forgot it, asked by phone (password reset)",
                        "admin nyp change left the force (disabled)");
        assertThat(jdbc.queryForObject(
                        "select enabled from security.account where username = 'nyp-analyst'", Boolean.class))
                .isFalse();
        assertThat(entries("account", "admin"))
                .as("the first administrator, made at start")
                .contains("interchange installation create first start with no administrator, so the installation"
                        + " can be set up (roles ADMINISTRATOR)");
    }

    @Test
    void aResetPasswordWorksAndTheOwnChangeIsAuditedToo() {
        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        admin.get("/admin");
        admin.postRaw(
                "/admin/accounts",
                "username=reset-me&displayName=Reset+Me&organisation=reading&roles=ANALYST"
                        + "&password=a-long-first-password&reason=new+starter");
        admin.get("/admin/accounts/reset-me");
        var reset = admin.post(
                "/admin/accounts/reset-me/password", Map.of("password", "reset-password-123", "reason", "lost it"));
        assertThat(reset.body()).contains("The password has been reset.");
        SignedInSession person = SignedInSession.as(port, "reset-me", "reset-password-123");
        person.get("/account");
        person.post(
                "/account/password",
                Map.of(
                        "current",
                        "reset-password-123",
                        "password",
                        "my-own-password-456",
                        "confirm",
                        "my-own-password-456"));
        assertThat(entries("account", "reset-me"))
                .containsExactly(
                        "admin reading create new starter (account of Reset Me in reading, roles ANALYST)",
                        "admin reading change lost it (password reset)",
                        "reset-me reading change changed their own password");
    }

    @Test
    void anAdministratorCannotTakeAdministrationFromTheirOwnAccount() {
        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        admin.get("/admin/accounts/admin");
        var r = admin.postRaw(
                "/admin/accounts/admin", "displayName=Administrator&roles=ANALYST&enabled=true&reason=oops");
        assertThat(r.body()).contains("cannot take administration from your own account");
        assertThat(jdbc.queryForObject(
                        "select 'ADMINISTRATOR' = any(roles) from security.account where username = 'admin'",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void anAccountMovedBetweenOrganisationsIsLoggedUnderEachOnce() {
        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        admin.get("/admin");
        admin.postRaw(
                "/admin/accounts",
                "username=moving-analyst&displayName=Moving+Analyst&organisation=tvp&roles=ANALYST"
                        + "&password=a-long-first-password&reason=new+starter");
        admin.get("/admin/accounts/moving-analyst");
        admin.postRaw(
                "/admin/accounts/moving-analyst",
                "displayName=Moving+Analyst&organisation=hmrc&roles=ANALYST&enabled=true&reason=seconded+to+HMRC");
        admin.get("/admin/accounts/moving-analyst");
        admin.postRaw(
                "/admin/accounts/moving-analyst",
                "displayName=Moving+Analyst&organisation=hmrc&roles=ANALYST&roles=COORDINATOR&enabled=true"
                        + "&reason=now+coordinates");
        admin.get("/admin/accounts/moving-analyst");
        admin.postRaw(
                "/admin/accounts/moving-analyst",
                "displayName=Moving+Analyst&organisation=&roles=ANALYST&enabled=true&reason=left+the+partnership");

        String moved = "change seconded to HMRC (organisation tvp -> hmrc)";
        assertThat(entries("account", "moving-analyst"))
                .as("the move under both organisations, a change within one under it alone")
                .containsExactly(
                        "admin tvp create new starter (account of Moving Analyst in tvp, roles ANALYST)",
                        "admin tvp " + moved,
                        "admin hmrc " + moved,
                        "admin hmrc change now coordinates (roles ANALYST -> ANALYST, COORDINATOR)",
                        "admin hmrc change left the partnership (organisation hmrc -> none; roles ANALYST,"
                                + " COORDINATOR -> ANALYST)",
                        "admin installation change left the partnership (organisation hmrc -> none; roles"
                                + " ANALYST, COORDINATOR -> ANALYST)");
        SignedInSession auditor = SignedInSession.as(port, "tvp-auditor", PLANNER_PASSWORD);
        assertThat(auditor.get("/partnership/audit").body())
                .as("the organisation the account left: its auditors see it go")
                .contains("seconded to HMRC");
    }

    /** The audit entries about one record, oldest first, as "actor organisation action reason". */
    private java.util.List<String> entries(String kind, String id) {
        auditWritten();
        return jdbc.queryForList(
                "select actor || ' ' || organisation || ' ' || action || ' ' || reason from audit.entry"
                        + " where record_kind = ? and record_id = ? order by seq",
                String.class,
                kind,
                id);
    }

    @Test
    void onlyAnAdministratorReachesTheAdministration() {
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        assertThat(analyst.get("/admin").statusCode()).isEqualTo(403);
        SignedInSession planner = SignedInSession.as(port, "planner", PLANNER_PASSWORD);
        assertThat(planner.get("/admin").statusCode()).isEqualTo(403);
    }
}
