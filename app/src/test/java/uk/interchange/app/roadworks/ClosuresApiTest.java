package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.interchange.app.server.ServerTest;

/** Asking what is closed, over HTTP, of the demonstration works (seven days from today). */
class ClosuresApiTest extends ServerTest {
    private static String tonightAt(int hour) {
        return LocalDateTime.of(LocalDate.now().plusDays(1), LocalTime.of(hour, 0))
                .toString();
    }

    private static List<String> refs(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("closures")
                .forEach(c -> out.add(c.get("road").asString() + " "
                        + c.get("direction").asString() + " " + c.get("type").asString()));
        return out;
    }

    @Test
    void closedOnARoadAtATime() {
        var r = get("/api/roadworks/closures?road=m6&at=" + tonightAt(23));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).contains("json"));
        List<String> found = refs(json(r));
        // the M6 southbound J10-J8 closure runs every night of the week from 9pm to 6am
        assertThat(found).contains("M6 southbound carriageway-closure").allMatch(s -> s.startsWith("M6 "));
        // at noon the motorway is open again
        assertThat(refs(json(get("/api/roadworks/closures?road=M6&type=carriageway-closure&at=" + tonightAt(12)))))
                .isEmpty();
    }

    @Test
    void filtersByJunctionsDirectionAndCounty() {
        String at = tonightAt(23);
        assertThat(refs(json(get("/api/roadworks/closures?road=M6&junctions=4-5&at=" + at))))
                .isNotEmpty();
        JsonNode j45 = json(get("/api/roadworks/closures?road=M6&junctions=4-5&at=" + at));
        j45.get("closures").forEach(c -> assertThat(c.get("where").asString()).contains("junction 4"));
        assertThat(refs(json(get("/api/roadworks/closures?road=M6&direction=northbound&at=" + at))))
                .allMatch(s -> s.contains("northbound") || s.contains("both"));
        JsonNode warwick = json(get("/api/roadworks/closures?county="
                + URLEncoder.encode("Warwickshire", StandardCharsets.UTF_8) + "&from=" + LocalDate.now() + "&to="
                + LocalDate.now().plusDays(7)));
        assertThat(warwick.get("closures").size()).isPositive();
        warwick.get("closures")
                .forEach(c -> assertThat(c.get("county").asString()).isEqualTo("Warwickshire"));
        assertThat(refs(warwick)).anyMatch(r -> r.startsWith("M42 "));
    }

    @Test
    void aRangeFindsEveryNightInIt() {
        JsonNode week = json(get("/api/roadworks/closures?road=M6&junctions=8-10&direction=southbound&from="
                + LocalDate.now() + "&to=" + LocalDate.now().plusDays(7)));
        // other tests add works beside the demonstration ones: count the demonstration work's own nights
        int nights = 0;
        for (JsonNode c : week.get("closures")) {
            nights += c.get("reference").asString().equals("M6-0001") ? 1 : 0;
        }
        assertThat(nights).isEqualTo(7);
        assertThat(week.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void badParametersGetAProblemNamingTheField() {
        var r = get("/api/roadworks/closures?at=yesterday-ish");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("at");
        assertThat(p.get("errors").get(0).get("reason").asString()).contains("yesterday-ish");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at uk.");

        JsonNode several =
                json(get("/api/roadworks/closures?from=2026-03-20&to=2026-03-19&direction=upwards" + "&junctions=4"));
        List<String> fields = new ArrayList<>();
        several.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("to", "direction", "road");
    }
}
