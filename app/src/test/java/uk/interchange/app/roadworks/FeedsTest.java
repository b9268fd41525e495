package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import uk.interchange.app.server.ServerTest;

/** The open-data feeds over HTTP, each checked by the standard's own rules or a real parser. */
class FeedsTest extends ServerTest {
    private static final String WZDX = "https://raw.githubusercontent.com/usdot-jpo-ode/wzdx/main/schemas/4.2/";

    static JsonSchema wzdxSchema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V7,
                b -> b.schemaMappers(m -> m.mapPrefix(WZDX, "classpath:wzdx-4.2/")
                        .mapPrefix("https://geojson.org/schema/", "classpath:geojson/")));
        return factory.getSchema(com.networknt.schema.SchemaLocation.of(WZDX + "WorkZoneFeed.json"));
    }

    @Test
    void theWzdxFeedIsValidAgainstTheOfficialSchema() throws Exception {
        var r = get("/feeds/wzdx.geojson");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/geo+json"));
        Set<ValidationMessage> errors = wzdxSchema().validate(new ObjectMapper().readTree(r.body()));
        assertThat(errors).as("schema errors").isEmpty();
        JsonNode feed = json(r);
        assertThat(feed.get("features").size()).isPositive();
        // the M6 southbound J10-J8 closure: one event a night for seven nights, southbound only
        List<JsonNode> m6 = new ArrayList<>();
        for (JsonNode f : feed.get("features")) {
            JsonNode core = f.get("properties").get("core_details");
            if (core.get("description")
                    .asString()
                    .startsWith("Carriageway closure, M6 southbound, junction 10 to junction 8")) {
                m6.add(f);
                assertThat(core.get("direction").asString()).isEqualTo("southbound");
                assertThat(f.get("properties").get("vehicle_impact").asString()).isEqualTo("all-lanes-closed");
            }
        }
        assertThat(m6).hasSize(7);
        assertThat(m6.stream().map(f -> f.get("id").asString()).distinct()).hasSize(7);
    }

    @Test
    void theSchemaCheckCatchesABrokenFeed() throws Exception {
        // a check that never fails proves nothing: the same feed without its required direction must fail
        JsonNode feed = json(get("/feeds/wzdx.geojson"));
        var jackson2 = new ObjectMapper().readTree(feed.toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        jackson2.get("features").get(0).get("properties").get("core_details"))
                .remove("direction");
        assertThat(wzdxSchema().validate(jackson2)).isNotEmpty();
    }

    @Test
    void openDataCarriesTheSecurityHeadersAndNoSession() {
        for (String path :
                new String[] {"/feeds/wzdx.geojson", "/api/roadworks/closures", "/roadworks/roads/M6/calendar.ics"}) {
            var r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("x-content-type-options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(r.headers().firstValue("set-cookie")).as(path).isEmpty();
        }
        // a write to the same API still needs a planner
        var write = send(HttpRequest.newBuilder(uri("/api/roadworks/closures"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertThat(write.statusCode()).isIn(401, 403, 405);
    }

    @Test
    void worksWithoutALineAreListedWithTheReason() {
        var page = get("/feeds/wzdx/validation");
        assertThat(page.statusCode()).isEqualTo(200);
        // the A38 work (the sixth demonstration work) names islands, not junctions, so the gazetteer cannot place it
        assertThat(page.body()).contains("A38-0006").contains("no line");
        assertThat(get("/feeds/wzdx.geojson").body()).doesNotContain("A38");
    }

    @Test
    void feedsAnswerNotModifiedToAClientThatHasThem() {
        var first = get("/feeds/wzdx.geojson");
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertThat(first.headers().firstValue("last-modified")).isPresent();
        var again = send(HttpRequest.newBuilder(uri("/feeds/wzdx.geojson"))
                .header("If-None-Match", etag)
                .GET()
                .build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        var other = send(HttpRequest.newBuilder(uri("/feeds/datex2.xml"))
                .header("If-None-Match", "\"something-else\"")
                .GET()
                .build());
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void theRoadCalendarParsesAsICalendarWithOneEventPerOccurrence() throws Exception {
        var r = get("/roadworks/roads/m6/calendar.ics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        assertThat(r.body()).contains("\r\n").doesNotContain("\n\n");
        for (String line : r.body().split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(75);
        }
        Calendar cal = new CalendarBuilder().build(new StringReader(r.body()));
        List<VEvent> events = cal.getComponents("VEVENT");
        JsonNode m6 = json(get("/api/roadworks/closures?road=M6&from="
                + java.time.LocalDate.now().minusDays(1) + "&to="
                + java.time.LocalDate.now().plusDays(90)));
        assertThat(events).hasSize(m6.get("closures").size());
        Set<String> uids = new HashSet<>();
        for (VEvent e : events) {
            uids.add(e.getUid().orElseThrow().getValue());
            assertThat(e.getSummary().getValue()).contains("M6");
            assertThat(e.getDateTimeStart().getDate().toString()).isNotBlank();
        }
        assertThat(uids).hasSize(events.size());
    }

    @Test
    void aWorkHasItsOwnCalendarAndAnUnknownOneIsNotFound() throws Exception {
        var r = get("/roadworks/works/M5-0002/calendar.ics");
        assertThat(r.statusCode()).isEqualTo(200);
        Calendar cal = new CalendarBuilder().build(new StringReader(r.body()));
        assertThat(cal.getComponents("VEVENT")).isNotEmpty();
        assertThat(get("/roadworks/works/NOPE-9999/calendar.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void theDatexPublicationWritesRecurringWindowsAsValidityPeriods() throws Exception {
        var r = get("/feeds/datex2.xml");
        assertThat(r.statusCode()).isEqualTo(200);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("payload");
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://datex2.eu/schema/3/d2Payload");
        String sit = "http://datex2.eu/schema/3/situation";
        String com = "http://datex2.eu/schema/3/common";
        assertThat(d.getElementsByTagNameNS(sit, "situation").getLength()).isPositive();
        var periods = d.getElementsByTagNameNS(com, "recurringTimePeriodOfDay");
        assertThat(periods.getLength()).isPositive();
        boolean nightly = false;
        for (int i = 0; i < periods.getLength(); i++) {
            String text = periods.item(i).getTextContent();
            nightly |= text.contains("21:00:00") && text.contains("06:00:00");
        }
        assertThat(nightly).as("the 9pm to 6am window as a time period of day").isTrue();
    }
}
