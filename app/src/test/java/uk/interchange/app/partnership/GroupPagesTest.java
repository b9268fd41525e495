package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** Crime groups: ranked by the mapping score as given; members shown only where the person may be read. */
class GroupPagesTest extends ServerTest {
    @Test
    void aCouncilSeesTheSharedGroupAndOnlyTheMembersItMayRead() {
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        var asked = council.get("/partnership/groups");
        assertThat(asked.body()).contains("Why are you looking at the crime groups?");
        var list = council.post(
                "/partnership/groups", Map.of("reason", "Waste contract risk review", "caseReference", ""));
        assertThat(list.body()).contains("TV-OCG-0142 Kestley network").contains("62, band B (2026-09-30)");
        // the Kestley network's own link: other tests add groups the council may read to the same list
        var link = Pattern.compile("href=\"(/partnership/groups/tvp/[0-9a-f-]+)\"[^>]*>TV-OCG-0142 Kestley network<")
                .matcher(list.body());
        assertThat(link.find()).isTrue();
        String page = link.group(1);
        var group = council.get(page);
        assertThat(group.body())
                .contains("Darren Kestley")
                .contains("principal")
                .doesNotContain("Brannigan");

        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        assertThat(force.get(page).body()).contains("Kyle Brannigan").contains("enforcer");
    }

    @Test
    void aGroupIsRecordedOnlyWhenEveryFieldIsRight() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/groups/new");
        var bad = force.post(
                "/partnership/groups/new",
                Map.of(
                        "reference",
                        "TV-OCG-0200",
                        "name",
                        "Tilehurst crew",
                        "area",
                        "",
                        "score",
                        "high",
                        "band",
                        "",
                        "assessedOn",
                        ""));
        assertThat(bad.body())
                .contains("href=\"#area\"")
                .contains("href=\"#score\"")
                .contains("href=\"#band\"")
                .contains("href=\"#assessedOn\"");
        var good = force.post(
                "/partnership/groups/new",
                Map.of(
                        "reference",
                        "TV-OCG-0200",
                        "name",
                        "Tilehurst crew",
                        "area",
                        "Tilehurst",
                        "activities",
                        "drug supply, exploitation",
                        "score",
                        "41",
                        "band",
                        "C",
                        "assessedOn",
                        "2026-10-15"));
        assertThat(good.uri().getPath()).startsWith("/partnership/groups/tvp/");
        assertThat(good.body()).contains("Tilehurst crew").contains("41, band C, assessed 2026-10-15");
        var twice = force.post(
                "/partnership/groups/new", Map.of("reference", "TV-OCG-0200", "name", "Again", "area", "Tilehurst"));
        assertThat(twice.body()).contains("is already a group of yours");
    }

    @Test
    void theFrontPageOffersWhatTheRoleMayDo() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        assertThat(force.get("/partnership").body())
                .contains("href=\"/partnership/groups\"")
                .contains("href=\"/partnership/import\"")
                .doesNotContain("href=\"/partnership/audit\"");
        SignedInSession auditor = SignedInSession.as(port, "tvp-auditor", PLANNER_PASSWORD);
        assertThat(auditor.get("/partnership").body())
                .contains("href=\"/partnership/audit\"")
                .doesNotContain("href=\"/partnership/search\"");
    }
}
