package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;
import uk.interchange.partnership.sharing.Role;

/**
 * A signed-in session holds the rights its account had at sign-in; when an administrator takes rights away (disables,
 * changes roles, moves the account to another organisation, resets its password), or the person changes their own
 * password elsewhere, the session's next request is signed out: a page sends it to sign in, the API answers 401.
 */
class SessionsEndTest extends ServerTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "a-long-session-password";

    @Autowired
    Accounts accounts;

    @Test
    void disablingAnAccountEndsItsSessionsAtOnceForPagesAndTheApi() {
        Browser partner = signedInPartner("sessions-disabled", List.of(Role.ANALYST));
        assertThat(partner.page("/partnership").statusCode()).isEqualTo(200);
        assertThat(partner.search().statusCode()).isEqualTo(200);

        change("sessions-disabled", "reading", List.of("ANALYST"), false);

        assertThat(partner.search().statusCode())
                .as("the API answers a session of a disabled account 401")
                .isEqualTo(401);
        assertSentToSignIn(partner.page("/partnership"));
    }

    @Test
    void takingARoleAwayEndsTheSession() {
        Browser partner = signedInPartner("sessions-demoted", List.of(Role.ANALYST, Role.COORDINATOR));
        assertThat(partner.page("/partnership").statusCode()).isEqualTo(200);

        change("sessions-demoted", "reading", List.of("AUDITOR"), true);

        assertThat(partner.search().statusCode()).isEqualTo(401);
        assertSentToSignIn(partner.page("/partnership"));
    }

    @Test
    void movingTheAccountToAnotherOrganisationEndsTheSession() {
        Browser partner = signedInPartner("sessions-moved", List.of(Role.ANALYST));
        assertThat(partner.page("/partnership").statusCode()).isEqualTo(200);

        change("sessions-moved", "hmrc", List.of("ANALYST"), true);

        assertSentToSignIn(partner.page("/partnership"));
    }

    @Test
    void anAdministratorsPasswordResetEndsTheSession() {
        Browser partner = signedInPartner("sessions-reset", List.of(Role.ANALYST));
        assertThat(partner.page("/account").statusCode()).isEqualTo(200);

        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        admin.get("/admin/accounts/sessions-reset");
        var reset = admin.post(
                "/admin/accounts/sessions-reset/password",
                Map.of("password", "another-long-password", "reason", "she lost hers"));
        assertThat(reset.body()).contains("The password has been reset.");

        assertSentToSignIn(partner.page("/account"));
    }

    @Test
    void changingOnesOwnPasswordEndsOtherSessionsAndKeepsThisOne() {
        Browser here = signedInPartner("sessions-own", List.of(Role.ANALYST));
        Browser elsewhere = Browser.signIn(port, "sessions-own", PASSWORD);
        assertThat(elsewhere.page("/account").statusCode()).isEqualTo(200);

        var changed = here.post(
                "/account/password",
                Map.of("current", PASSWORD, "password", "a-new-long-password", "confirm", "a-new-long-password"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/account?changed");

        assertThat(here.page("/account").statusCode())
                .as("the session that changed the password stays signed in")
                .isEqualTo(200);
        assertSentToSignIn(elsewhere.page("/account"));
    }

    @Test
    void aChangeOfNameAloneKeepsTheSession() {
        Browser partner = signedInPartner("sessions-renamed", List.of(Role.ANALYST));
        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        admin.get("/admin/accounts/sessions-renamed");
        admin.postRaw(
                "/admin/accounts/sessions-renamed",
                "displayName=Renamed&organisation=reading&roles=ANALYST&enabled=true&reason=married");
        assertThat(partner.page("/partnership").statusCode()).isEqualTo(200);
    }

    // --- helpers

    private Browser signedInPartner(String name, List<Role> roles) {
        accounts.savePartner(name, PASSWORD, "Session test", "reading", roles);
        return Browser.signIn(port, name, PASSWORD);
    }

    private void change(String name, String organisation, List<String> roles, boolean enabled) {
        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        admin.get("/admin/accounts/" + name);
        StringBuilder form = new StringBuilder("displayName=Session+test&organisation=" + organisation);
        roles.forEach(r -> form.append("&roles=").append(r));
        if (enabled) {
            form.append("&enabled=true");
        }
        form.append("&reason=changed+by+the+test");
        var r = admin.postRaw("/admin/accounts/" + name, form.toString());
        assertThat(r.body()).contains("The account has been changed.");
    }

    private static void assertSentToSignIn(HttpResponse<String> r) {
        assertThat(r.statusCode()).as("a page asked for by an ended session").isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    /** A browser that does not follow redirects, so that each answer is seen as sent. */
    private static final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final int port;
        private String csrf = "";

        private Browser(int port) {
            this.port = port;
        }

        static Browser signIn(int port, String user, String password) {
            Browser b = new Browser(port);
            b.page("/sign-in");
            var r = b.post("/sign-in", Map.of("username", user, "password", password));
            assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain("/sign-in");
            b.page("/account"); // a token for the new session
            return b;
        }

        HttpResponse<String> page(String path) {
            var r = call(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .GET()
                    .build());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            StringBuilder body = new StringBuilder("_csrf=" + SignedInSession.enc(csrf));
            fields.forEach((k, v) ->
                    body.append('&').append(SignedInSession.enc(k)).append('=').append(SignedInSession.enc(v)));
            return call(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build());
        }

        /** A search through the API, on the session's cookie and token. */
        HttpResponse<String> search() {
            return call(HttpRequest.newBuilder(uri("/api/partnership/search"))
                    .header("Content-Type", "application/json")
                    .header("X-CSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"query\":\"Darren Kestley\",\"reason\":\"checking the session still works\"}"))
                    .build());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private HttpResponse<String> call(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
