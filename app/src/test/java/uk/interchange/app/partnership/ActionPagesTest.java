package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * Action plans over HTTP: the force records an action against its group for a council; it is overdue, so it shows on
 * the council's front page until the council marks it done; an organisation neither recording nor responsible cannot
 * change it.
 */
class ActionPagesTest extends ServerTest {
    @Test
    void anOverdueActionShowsOnTheResponsibleOrganisationsFrontPageUntilItIsDone() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        String form = force.get("/partnership/actions").body();
        String group =
                form.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\"[^>]*>TV-OCG-0142 Kestley network<.*", "$1");
        assertThat(group).hasSize(36);

        var bad = force.post(
                "/partnership/actions",
                Map.of(
                        "title",
                        "",
                        "strand",
                        "pursue",
                        "group",
                        "",
                        "area",
                        "",
                        "responsible",
                        "nowhere",
                        "due",
                        "soon"));
        assertThat(bad.body())
                .contains("href=\"#title\"")
                .contains("href=\"#area\"")
                .contains("href=\"#responsible\"")
                .contains("href=\"#due\"");

        String title = "Licensing review of the waste yard " + System.nanoTime();
        var made = force.post(
                "/partnership/actions",
                Map.of(
                        "title",
                        title,
                        "strand",
                        "pursue",
                        "group",
                        group,
                        "area",
                        "",
                        "responsible",
                        "reading",
                        "due",
                        "2026-01-15"));
        assertThat(made.body())
                .contains(title)
                .contains("TV-OCG-0142 Kestley network")
                .contains("Overdue");
        force.post(
                "/partnership/actions",
                Map.of(
                        "title",
                        "Schools talk on county lines",
                        "strand",
                        "prevent",
                        "group",
                        "",
                        "area",
                        "Whitley",
                        "responsible",
                        "tvp",
                        "due",
                        "2099-01-01"));

        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        assertThat(council.get("/partnership").body()).contains("overdue").contains(title);
        String page = council.get("/partnership/actions").body();
        String update = page.replaceAll(
                "(?s).*data-action=\"" + title + "\".*?action=\"(/partnership/actions/tvp/[0-9a-f-]{36})\".*", "$1");
        assertThat(update).startsWith("/partnership/actions/tvp/");

        SignedInSession hmrc = SignedInSession.as(port, "hmrc-analyst", PLANNER_PASSWORD);
        hmrc.get("/partnership/actions");
        assertThat(hmrc.post(update, Map.of("status", "done", "outcome", "not ours"))
                        .statusCode())
                .isEqualTo(403);

        var done = council.post(update, Map.of("status", "done", "outcome", "premises licence suspended"));
        assertThat(done.body()).contains("premises licence suspended");
        assertThat(council.get("/partnership").body()).doesNotContain(title);
    }
}
