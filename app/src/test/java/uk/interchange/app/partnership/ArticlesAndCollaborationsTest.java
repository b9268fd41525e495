package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** The register of articles under the handling rules, and the programme view of collaborations between forces. */
class ArticlesAndCollaborationsTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anArticleIsReadUnderItsHandlingCodeWithOnlyTheRecordsTheReaderMayRead() {
        UUID darren = jdbc.queryForObject(
                "select id from partnership.entity where owner_id = 'tvp' and label = 'Darren Kestley'", UUID.class);
        UUID kyle = jdbc.queryForObject(
                "select id from partnership.entity where owner_id = 'tvp' and label = 'Kyle Brannigan'", UUID.class);
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/articles");
        force.post(
                "/partnership/articles",
                Map.of("reason", "updating the register after a warrant", "caseReference", ""));
        var bad = force.post(
                "/partnership/articles/new",
                Map.of(
                        "kind",
                        "pill-press",
                        "description",
                        "",
                        "foundOn",
                        "yesterday",
                        "foundAt",
                        "Unit 4",
                        "provenance",
                        "warrant",
                        "records",
                        "tvp/" + UUID.randomUUID()));
        assertThat(bad.body())
                .contains("href=\"#description\"")
                .contains("href=\"#foundOn\"")
                .contains("is not a record you may read");
        force.post(
                "/partnership/articles/new",
                Map.of(
                        "kind",
                        "encrypted-device",
                        "description",
                        "handset with a custom operating system",
                        "foundOn",
                        "2026-11-18",
                        "foundAt",
                        "Unit 4, Cold Lane",
                        "provenance",
                        "seized under warrant TVP-W-2211, exhibit DK/3",
                        "records",
                        "tvp/" + darren + " tvp/" + kyle,
                        "handling",
                        "P",
                        "shareGroups",
                        "yes"));
        var kept = force.post(
                "/partnership/articles/new",
                Map.of(
                        "kind",
                        "vehicle-concealment",
                        "description",
                        "hide behind the rear seat",
                        "foundOn",
                        "2026-11-19",
                        "foundAt",
                        "M4 services",
                        "provenance",
                        "stop and search, exhibit KB/1",
                        "records",
                        "tvp/" + kyle,
                        "handling",
                        "C"));
        assertThat(kept.body())
                .contains("custom operating system")
                .contains("hide behind the rear seat")
                .contains(">person Kyle Brannigan<");

        // an article found by an intervention on one of the force's hotspots
        force.get("/partnership/hotspots");
        String hotspot = force.post(
                        "/partnership/hotspots",
                        Map.of(
                                "name",
                                "Cold Lane estate",
                                "area",
                                HotspotPagesTest.area(2.0),
                                "comparison",
                                HotspotPagesTest.comparison(2.0)))
                .uri()
                .getPath();
        force.post(hotspot + "/interventions", Map.of("on", "2026-11-18", "kind", "warrant", "partner", "TVP"));
        String form = force.get("/partnership/articles").body();
        String intervention = form.replaceAll(
                "(?s).*<option value=\"(tvp/[0-9a-f-]{36}/[0-9a-f-]{36})\"[^>]*>Cold Lane estate: 2026-11-18, warrant.*",
                "$1");
        assertThat(intervention).startsWith("tvp/");
        var withIntervention = force.post(
                "/partnership/articles/new",
                Map.of(
                        "kind",
                        "pill-press",
                        "description",
                        "press with a die for branded tablets",
                        "foundOn",
                        "2026-11-18",
                        "foundAt",
                        "Unit 6, Cold Lane",
                        "provenance",
                        "warrant TVP-W-2212, exhibit DK/9",
                        "intervention",
                        intervention,
                        "handling",
                        "P"));
        assertThat(withIntervention.body())
                .contains("the intervention that found it")
                .contains(hotspot + "#interventions");
        assertThat(force.post(
                                "/partnership/articles/new",
                                Map.of(
                                        "kind",
                                        "other",
                                        "description",
                                        "x",
                                        "foundOn",
                                        "2026-11-18",
                                        "foundAt",
                                        "y",
                                        "provenance",
                                        "z",
                                        "intervention",
                                        "tvp/not/one"))
                        .body())
                .contains("is not an intervention on one of your hotspots");

        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get("/partnership/articles");
        String seen = council.post(
                        "/partnership/articles", Map.of("reason", "community safety partnership", "caseReference", ""))
                .body();
        assertThat(seen).contains("custom operating system").contains(">person Darren Kestley<");
        assertThat(seen).as("handling C, not named: not the council's").doesNotContain("rear seat");
        assertThat(seen).as("a record the force keeps to itself").doesNotContain("Kyle Brannigan");
    }

    @Test
    void theProgrammeViewComparesCollaborations() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/collaborations");
        var alone = force.post(
                "/partnership/collaborations",
                Map.of(
                        "name",
                        "Joint firearms unit",
                        "service",
                        "firearms",
                        "funding",
                        "lots",
                        "starts",
                        "2026-04-01"));
        assertThat(alone.body())
                .contains("a collaboration needs at least one other force")
                .contains("href=\"#funding\"");
        String name = "Joint firearms unit " + System.nanoTime();
        var made = force.postRaw(
                "/partnership/collaborations",
                "name=" + SignedInSession.enc(name)
                        + "&service=firearms&forces=hiow&funding=1%2C200%2C000&starts=2025-04-01");
        String page = made.uri().getPath();
        assertThat(page).startsWith("/partnership/collaborations/tvp/");
        force.post(page + "/milestones", Map.of("title", "Shared armoury", "due", "2025-09-30", "status", "at-risk"));
        force.post(page + "/milestones", Map.of("title", "Joint rota", "due", "2025-06-30", "status", "met"));
        force.post(
                page + "/benefits",
                Map.of(
                        "description",
                        "One armoury instead of two",
                        "cashable",
                        "yes",
                        "expected",
                        "100000",
                        "realised",
                        "40000"));
        var refused = force.post(page + "/benefits", Map.of("description", "Faster response", "expected", "5"));
        assertThat(refused.body()).contains("a non-cashable benefit has no amount in pounds");
        force.post(page + "/benefits", Map.of("description", "Faster response in rural areas"));

        String programme = force.get("/partnership/collaborations").body();
        String row = programme.substring(programme.indexOf(name));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row)
                .contains("tvp, hiow")
                .contains("£1,200,000")
                .contains("1 of 2 met")
                .contains("1 late")
                .contains("£100,000 / £40,000");

        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        assertThat(council.get("/partnership/collaborations").body()).contains(name);
        council.get(page);
        assertThat(council.post(page + "/milestones", Map.of("title", "x", "due", "2026-01-01", "status", "met"))
                        .statusCode())
                .isEqualTo(403);
    }
}
