package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;
import uk.interchange.partnership.sharing.Role;

/** A person changes their own password: only with the current one, and only to one that will do. */
class AccountPageTest extends ServerTest {
    @Autowired
    Accounts accounts;

    @Test
    void aPersonChangesTheirPasswordAndOnlyTheNewOneWorksAfterwards() {
        accounts.savePartner("pw-changer", "first-password-123", "Pat Changer", "reading", List.of(Role.ANALYST));
        SignedInSession me = SignedInSession.as(port, "pw-changer", "first-password-123");
        assertThat(me.get("/account").body()).contains("Pat Changer").contains("Reading Borough Council");

        var wrong = me.post(
                "/account/password", Map.of("current", "not-my-password", "password", "short", "confirm", "different"));
        assertThat(wrong.body())
                .contains("current is not your current password")
                .contains("password must be at least 12 characters")
                .contains("confirm is not the same as the new password");
        var same = me.post(
                "/account/password",
                Map.of(
                        "current",
                        "first-password-123",
                        "password",
                        "first-password-123",
                        "confirm",
                        "first-password-123"));
        assertThat(same.body()).contains("is the same as the current one");

        var done = me.post(
                "/account/password",
                Map.of(
                        "current",
                        "first-password-123",
                        "password",
                        "second-password-456",
                        "confirm",
                        "second-password-456"));
        assertThat(done.body()).contains("Your password has been changed");
        assertThat(SignedInSession.as(port, "pw-changer", "second-password-456")
                        .get("/account")
                        .body())
                .contains("pw-changer");
        assertThatThrownBy(() -> SignedInSession.as(port, "pw-changer", "first-password-123"))
                .hasMessageContaining("could not sign in");
    }

    @Test
    void theHeaderOffersSignInToAVisitorAndTheAccountToAPersonSignedIn() {
        accounts.savePartner("header-reader", "header-password-123", "Hal Reader", "reading", List.of(Role.ANALYST));
        SignedInSession me = SignedInSession.as(port, "header-reader", "header-password-123");
        String visitor = get("/roadworks/open-data").body();
        String signedIn = me.get("/roadworks/open-data").body();
        assertThat(visitor).contains("href=\"/sign-in\"").doesNotContain("href=\"/account\"");
        assertThat(signedIn).contains("href=\"/account\"").doesNotContain("href=\"/sign-in\"");
        assertThat(me.get("/partnership").body())
                .as("a page behind sign-in")
                .contains("href=\"/account\"")
                .doesNotContain("href=\"/sign-in\"");
    }

    @Test
    void aStrangerIsSentToSignIn() {
        var page = send(HttpRequest.newBuilder(uri("/account"))
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
        assertThat(get("/account").statusCode())
                .as("a program is told to sign in")
                .isEqualTo(401);
    }
}
