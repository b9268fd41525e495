package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.interchange.app.server.ServerTest;

/** The clash check over the demonstration works, which clash on purpose (see demo/README.md). */
class ClashesApiTest extends ServerTest {
    @Test
    void theCheckNeedsAPlanner() {
        assertThat(get("/api/roadworks/clashes").statusCode()).isEqualTo(401);
    }

    @Test
    void theDemonstrationClashesAreFound() {
        var r = getAsPlanner("/api/roadworks/clashes");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (JsonNode c : json(r).get("clashes")) {
            kinds.add(c.get("kind").asString());
            reasons.add(c.get("reason").asString());
            assertThat(c.get("parties").size()).isGreaterThanOrEqualTo(2);
            assertThat(c.get("overlaps").size()).isPositive();
        }
        assertThat(kinds)
                .contains("DIVERSION_OVER_CLOSURE", "BOTH_CARRIAGEWAYS", "SAME_OR_ADJACENT_CLOSURES", "CORRIDOR_LIMIT");
        assertThat(reasons).anySatisfy(s -> assertThat(s).contains("diversion goes via M5 J1"));
    }
}
