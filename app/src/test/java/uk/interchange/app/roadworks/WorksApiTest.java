package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.interchange.app.cli.Main;
import uk.interchange.app.server.ServerTest;

/** The works API and the command line that uses it, against the running server. */
class WorksApiTest extends ServerTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private java.net.http.HttpResponse<String> sendJson(String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static String quoted(String s) {
        return JSON.writeValueAsString(s);
    }

    @Test
    void aWorkIsRecordedChangedAndAStaleChangeIsRefusedWithTheLatest() {
        String text = "A45 J1 to J2, Warwickshire: drainage\\n\\nThe eastbound carriageway will be closed between J1"
                + " and J2 overnight, between 8pm and 6am, on "
                + DAY.format(LocalDate.now().plusDays(30)) + ".";
        var created =
                sendJson("POST", "/api/roadworks/works", "{\"text\": \"" + text + "\", \"status\": \"provisional\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode w = json(created);
        String ref = w.get("reference").asString();
        assertThat(w.get("version").asInt()).isEqualTo(1);
        assertThat(w.get("work").get("restrictions").get(0).get("direction").asString())
                .isEqualTo("EASTBOUND");

        var changed = sendJson(
                "PUT",
                "/api/roadworks/works/" + ref,
                "{\"text\": \"" + text + "\", \"status\": \"confirmed\", \"version\": 1, \"reason\": \"approved\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("version").asInt()).isEqualTo(2);

        var stale = sendJson(
                "PUT",
                "/api/roadworks/works/" + ref,
                "{\"text\": \"" + text + "\", \"status\": \"cancelled\", \"version\": 1}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("content-type")).hasValue("application/problem+json");
        JsonNode latest = json(stale).get("latest");
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("status").asString()).isEqualTo("confirmed");
        assertThat(latest.get("work").get("heading").asString()).startsWith("A45 J1 to J2");
        assertThat(json(get("/api/roadworks/works/" + ref)).get("status").asString())
                .isEqualTo("confirmed");
    }

    @Test
    void aRecordedLineIsPublishedAsTheWorksGeometryAndABadOneIsRefused() {
        String text = "A46 J3 to J4, Warwickshire: resurfacing\\n\\nThe northbound carriageway will be closed between"
                + " J3 and J4 overnight, between 8pm and 6am, on "
                + DAY.format(LocalDate.now().plusDays(3)) + ".";
        var bad = sendJson("POST", "/api/roadworks/works", "{\"text\": \"" + text + "\", \"line\": \"52.3,-1.5\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").get(0).get("field").asString()).isEqualTo("line");
        var made = sendJson(
                "POST",
                "/api/roadworks/works",
                "{\"text\": \"" + text + "\", \"line\": \"-1.5312,52.3101; -1.5200,52.3301\"}");
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(json(made).get("line").get(1).get(1).asDouble()).isEqualTo(52.3301);
        String ref = json(made).get("reference").asString();
        JsonNode feed = json(get("/feeds/wzdx.geojson"));
        boolean found = false;
        for (JsonNode f : feed.get("features")) {
            if (f.get("properties").get("core_details").get("name").asString().startsWith(ref + "-")) {
                found = true;
                assertThat(f.get("geometry").get("coordinates").get(0).get(0).asDouble())
                        .isEqualTo(-1.5312);
                assertThat(f.get("properties").get("is_start_position_verified").asBoolean())
                        .isTrue();
            }
        }
        assertThat(found).as("the work with a recorded line is in the feed").isTrue();
    }

    @Test
    void badRequestsAreRefusedWithTheFieldAndNothingIsSaved() {
        var notJson = sendJson("POST", "/api/roadworks/works", "{text: oops");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("errors").get(0).get("field").asString()).isEqualTo("body");
        var badStatus = sendJson("POST", "/api/roadworks/works", "{\"text\": \"x\", \"status\": \"maybe\"}");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(json(badStatus).get("errors").get(0).get("field").asString()).isEqualTo("status");
        var endBeforeStart = sendJson(
                "POST",
                "/api/roadworks/works",
                "{\"text\": \"M6 J4 to J5, West Midlands: signs"
                        + "\\n\\nThe northbound carriageway will be closed between J4 and J5 from 9pm on Friday 20 November"
                        + " 2026 until 5am on Monday 16 November 2026.\"}");
        assertThat(endBeforeStart.statusCode()).isEqualTo(400);
        assertThat(json(endBeforeStart).get("errors").get(0).get("field").asString())
                .isEqualTo("text");
        var anonymous = send(HttpRequest.newBuilder(uri("/api/roadworks/works"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}"))
                .build());
        assertThat(anonymous.statusCode()).isIn(401, 403);
        assertThat(get("/api/roadworks/works/NOPE-0000").statusCode()).isEqualTo(404);
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedAndTheServerKeepsServing() {
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        var r = send(HttpRequest.newBuilder(uri("/api/roadworks/imports"))
                .header("Authorization", basic())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("errors").get(0).get("reason").asString()).contains("larger than 2 MB");
        assertThat(get("/api/roadworks/closures").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotTheCharsetItSaysIsRefusedAndOneThatNamesItsCharsetIsRead() {
        String bulletin =
                "M1 J24 \u2013 J25, Derbyshire: survey\n\nThe northbound carriageway will be closed between J24"
                        + " and J25 overnight, between 10pm and 5am, on 12 March 2031.\n";
        byte[] latin = bulletin.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        var unsaid = send(HttpRequest.newBuilder(uri("/api/roadworks/imports"))
                .header("Authorization", basic())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin))
                .build());
        assertThat(unsaid.statusCode()).isEqualTo(400);
        assertThat(json(unsaid).get("errors").get(0).get("reason").asString())
                .contains("is not UTF-8 text")
                .contains("charset=windows-1252");
        var said = send(HttpRequest.newBuilder(uri("/api/roadworks/imports"))
                .header("Authorization", basic())
                .header("Content-Type", "text/plain; charset=windows-1252")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin))
                .build());
        assertThat(said.statusCode()).isEqualTo(200);
        assertThat(said.body()).contains("J24 \u2013 J25").doesNotContain("\uFFFD");
    }

    @Test
    void theCommandLineImportsThroughTheApiOnceOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bulletin.txt");
        Files.writeString(
                file,
                "M5 J4 to J5, Worcestershire: bridge inspection\n\nThe southbound carriageway will be"
                        + " closed between J4 and J5 overnight, between 10pm and 5am, on "
                        + DAY.format(LocalDate.now().plusDays(40)) + ".\n");
        System.setProperty("interchange.password", PLANNER_PASSWORD);
        String server = "http://localhost:" + port;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int preview = Main.run(
                new PrintWriter(out), new PrintWriter(err), "roadworks", "import", file.toString(), "--server", server);
        assertThat(preview).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 works read").contains("Nothing saved");
        out.getBuffer().setLength(0);
        assertThat(Main.run(
                        new PrintWriter(out),
                        new PrintWriter(err),
                        "roadworks",
                        "import",
                        file.toString(),
                        "--server",
                        server,
                        "--confirm"))
                .isZero();
        assertThat(out.toString()).contains("Saved 1 works.");
        out.getBuffer().setLength(0);
        Main.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "roadworks",
                "import",
                file.toString(),
                "--server",
                server,
                "--confirm");
        assertThat(out.toString()).contains("Saved 0 works; 1 were already saved");
        StringWriter err2 = new StringWriter();
        int down = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err2),
                "roadworks",
                "import",
                file.toString(),
                "--server",
                "http://localhost:1");
        assertThat(down).isEqualTo(3);
        assertThat(err2.toString()).contains("no server answers at http://localhost:1");
    }

    @Test
    void theWeeklySummaryReadsBackAsTheSameWorks() {
        var r = get("/roadworks/summary.txt?authority=demo-midlands");
        assertThat(r.statusCode()).isEqualTo(200);
        var read = uk.interchange.roadworks.bulletin.BulletinReader.read(
                r.body(), uk.interchange.roadworks.bulletin.BulletinReader.Options.publishedOn(LocalDate.now()));
        // every work with something on this week, as the closures API counts them
        LocalDate monday =
                LocalDate.now().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        java.util.Set<String> refs = new java.util.HashSet<>();
        json(get("/api/roadworks/closures?from=" + monday + "&to=" + monday.plusDays(6)))
                .get("closures")
                .forEach(c -> refs.add(c.get("reference").asString()));
        assertThat(read.works()).hasSize(refs.size()).isNotEmpty();
        assertThat(read.warnings()).noneMatch(w -> w.kind().code().equals("not-read"));
        assertThat(r.body()).contains("M5 J3 to J4");
        assertThat(get("/roadworks/summary.txt?authority=nobody").statusCode()).isEqualTo(400);
    }
}
