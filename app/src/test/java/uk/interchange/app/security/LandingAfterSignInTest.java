package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** Where each person lands after signing in: where their work is, never on a page their roles refuse. */
class LandingAfterSignInTest extends ServerTest {
    @Test
    void theAdministratorLandsOnTheAdministrationPage() {
        var landed = SignedInSession.visitor(port).signIn("admin", PLANNER_PASSWORD);
        assertThat(landed.uri().getPath()).isEqualTo("/admin");
        assertThat(landed.statusCode()).isEqualTo(200);
    }

    @Test
    void aPageOfAnotherProductAskedForBeforeSigningInIsNotWhereTheAdministratorLands() {
        SignedInSession browser = SignedInSession.visitor(port);
        // the partnership's front page sends a stranger to sign in, and remembers where they were going
        assertThat(browser.get("/partnership").uri().getPath()).isEqualTo("/sign-in");
        var landed = browser.signIn("admin", PLANNER_PASSWORD);
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/admin");
    }

    @Test
    void aPageThePersonMayOpenIsStillWhereTheyLand() {
        SignedInSession browser = SignedInSession.visitor(port);
        assertThat(browser.get("/partnership/hotspots").uri().getPath()).isEqualTo("/sign-in");
        var landed = browser.signIn("tvp-analyst", PLANNER_PASSWORD);
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/partnership/hotspots");

        SignedInSession planner = SignedInSession.visitor(port);
        planner.get("/admin");
        var plannerLanded = planner.signIn("planner", PLANNER_PASSWORD);
        assertThat(plannerLanded.statusCode()).isEqualTo(200);
        assertThat(plannerLanded.uri().getPath()).isEqualTo("/roadworks/planner");
    }
}
