package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * Group assessments over HTTP: the force assesses its group twice on the shipped model and once on a model version of
 * its own; the ranked list shows the latest score and how it moved; a council in the sharing group reads it but does
 * not assess; bad forms and unknown model versions are refused with the reason.
 */
class AssessmentPagesTest extends ServerTest {
    private static Map<String, String> scores(int harm, int likelihood, int capacity, int capability, String on) {
        Map<String, String> f = new HashMap<>();
        f.put("model", "interchange-default:1");
        f.put("score-harm", "" + harm);
        f.put("score-likelihood", "" + likelihood);
        f.put("score-capacity", "" + capacity);
        f.put("score-capability", "" + capability);
        for (String d : new String[] {"harm", "likelihood", "capacity", "capability"}) {
            f.put("confidence-" + d, "medium");
        }
        f.put("assessedOn", on);
        f.put("rationale", "quarterly review of TV-OCG-0142");
        return f;
    }

    @Test
    void theForceAssessesItsGroupAndTheRankedListShowsTheMove() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/groups");
        String list = force.post(
                        "/partnership/groups",
                        Map.of("reason", "quarterly assessment of our groups", "caseReference", ""))
                .body();
        String group = list.replaceAll("(?s).*href=\"(/partnership/groups/tvp/[0-9a-f-]+)\"\\s*>TV-OCG-0142.*", "$1");
        assertThat(force.get(group + "/assess").body()).contains("Harm the group causes");

        Map<String, String> bad = scores(3, 3, 2, 2, "22/11/2026");
        bad.put("score-harm", "9");
        bad.remove("confidence-capacity");
        bad.put("rationale", "");
        assertThat(force.post(group + "/assess", bad).body())
                .contains("href=\"#score-harm\"")
                .contains("must be 1 to 5")
                .contains("href=\"#confidence-capacity\"")
                .contains("href=\"#assessedOn\"")
                .contains("href=\"#rationale\"");
        Map<String, String> unknown = scores(3, 3, 2, 2, "2026-10-01");
        unknown.put("model", "interchange-default:7");
        assertThat(force.post(group + "/assess", unknown).body())
                .contains("&quot;interchange-default:7&quot; is not a scoring model version held here");

        // (0.5 x 3 + 0.5 x 2 + 0.25 + 0.25) / 7 = 42.9; then (3 + 1.5 + 0.25 + 0.5) / 7 = 75.0
        assertThat(force.post(group + "/assess", scores(3, 3, 2, 2, "2026-10-01"))
                        .body())
                .contains("42.9");
        var second = force.post(group + "/assess", scores(5, 4, 2, 3, "2026-11-15"));
        assertThat(second.body()).contains("75.0").contains("interchange-default v1");

        // the ranking is a look-up of its own: the groups list's reason is offered, not taken
        assertThat(force.get("/partnership/assessments").body())
                .contains("Why are you looking at the ranked assessments?")
                .contains("value=\"quarterly assessment of our groups\"");
        var ranked = force.post(
                "/partnership/assessments",
                Map.of("reason", "quarterly assessment of our groups", "caseReference", ""));
        assertThat(ranked.body())
                .contains("TV-OCG-0142 Kestley network")
                .contains("75.0")
                .contains("up 32.1");

        // a model version of the force's own, and a score made with it
        force.get("/partnership/assessments/models");
        var refused = force.post(
                "/partnership/assessments/models",
                Map.of(
                        "id",
                        "tvp-priorities",
                        "version",
                        "1",
                        "title",
                        "TVP",
                        "definition",
                        "dimension,name\nharm,Harm\n"));
        assertThat(refused.body()).contains("the header must be dimension,name,min,max,weight");
        force.post(
                "/partnership/assessments/models",
                Map.of(
                        "id", "tvp-priorities",
                        "version", "1",
                        "title", "Thames Valley priorities",
                        "definition", "dimension,name,min,max,weight\nharm,Harm,0,10,1\nreach,Reach,0,10,1\n"));
        var again = force.post(
                "/partnership/assessments/models",
                Map.of(
                        "id", "tvp-priorities",
                        "version", "1",
                        "title", "changed",
                        "definition", "dimension,name,min,max,weight\nharm,Harm,0,10,1\n"));
        assertThat(again.body()).contains("tvp-priorities version 1 exists: a version is never changed");
        assertThat(force.get(group + "/assess?model=tvp-priorities:1").body()).contains("Reach (0 to 10)");
        Map<String, String> own = new HashMap<>(Map.of(
                "model", "tvp-priorities:1",
                "score-harm", "8",
                "score-reach", "6",
                "confidence-harm", "high",
                "confidence-reach", "low",
                "assessedOn", "2026-11-20",
                "rationale", "our own priorities"));
        assertThat(force.post(group + "/assess", own).body())
                .contains("70.0")
                .contains("tvp-priorities v1")
                .contains("75.0");

        // a council in the sharing group reads the ranking but assesses nothing of the force's
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get("/partnership/assessments");
        council.post(
                "/partnership/assessments",
                Map.of("reason", "community safety partnership meeting", "caseReference", ""));
        assertThat(council.get("/partnership/assessments").body())
                .contains("TV-OCG-0142")
                .contains("70.0");
        assertThat(council.get(group + "/assess").statusCode()).isEqualTo(403);
    }
}
