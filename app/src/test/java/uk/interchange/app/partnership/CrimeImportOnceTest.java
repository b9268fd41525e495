package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.interchange.app.partnership.response.HotspotStore;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * Street-level crime is stored once, with its counts: the same import sent again (same key) adds nothing and answers
 * the first report; the same bytes under another key are refused with the first import named; the counts commit in
 * the crimes' own transaction, so a failure while counting leaves neither; the upload form's own key makes a double
 * submit import once. Each test has a place of its own (HotspotPagesTest's shift) and counts what it adds.
 */
class CrimeImportOnceTest extends ServerTest {
    private static final Pattern FORM_KEY = Pattern.compile("name=\"importKey\" value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HotspotStore hotspots;

    /** Everything an import leaves: crimes, imports, and the crimes counted in hotspots. */
    private record Stored(long crimes, long imports, long counted) {}

    private Stored stored() {
        return new Stored(
                jdbc.queryForObject("select count(*) from partnership.street_crime", Long.class),
                jdbc.queryForObject("select count(*) from partnership.crime_import", Long.class),
                jdbc.queryForObject("select coalesce(sum(crimes), 0) from partnership.hotspot_month", Long.class));
    }

    /** The hotspot's crimes counted: {hotspot side, comparison side}. */
    private long[] counted(UUID hotspot) {
        long[] sides = new long[2];
        jdbc.query(
                "select side, sum(crimes) from partnership.hotspot_month where hotspot_id = ? group by side",
                rs -> {
                    sides[rs.getString(1).equals("hotspot") ? 0 : 1] = rs.getLong(2);
                },
                hotspot);
        return sides;
    }

    private UUID hotspotAt(double shift) {
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get("/partnership/hotspots");
        String page = council.post(
                        "/partnership/hotspots",
                        Map.of(
                                "name",
                                "Once " + shift,
                                "area",
                                HotspotPagesTest.area(shift),
                                "comparison",
                                HotspotPagesTest.comparison(shift)))
                .uri()
                .getPath();
        return UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
    }

    private HttpResponse<String> send(String file, String key, String csv) {
        return send("reading-coordinator", file, key, csv);
    }

    private HttpResponse<String> send(String user, String file, String key, String csv) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/partnership/crime?file=" + file))
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString((user + ":" + PLANNER_PASSWORD)
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    @Test
    void theSameImportSentAgainAddsNothingAndAnswersTheFirstReport() {
        UUID hotspot = hotspotAt(1.2);
        String csv = HotspotPagesTest.crimes(1.2);
        Stored before = stored();
        String key = "\"k-" + UUID.randomUUID() + "\""; // a structured-field string, as the header's draft has it
        HttpResponse<String> first = send("once.csv", key, csv);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode report = json(first);
        assertThat(report.path("replayed").asBoolean()).isFalse();
        assertThat(report.path("stored").asLong()).isEqualTo(373);
        Stored once = stored();
        assertThat(once.crimes()).isEqualTo(before.crimes() + 373);
        assertThat(once.imports()).isEqualTo(before.imports() + 1);
        assertThat(counted(hotspot)).containsExactly(180, 180);

        // the answer was lost and the client sends it again, as the key's header allows
        HttpResponse<String> again = send("once.csv", key, csv);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode replayed = json(again);
        assertThat(replayed.path("replayed").asBoolean()).isTrue();
        assertThat(replayed.path("import").asString())
                .isEqualTo(report.path("import").asString());
        for (String field : List.of("read", "stored", "withoutPlace", "leftOut", "outsideEveryArea")) {
            assertThat(replayed.path(field).asLong())
                    .as(field)
                    .isEqualTo(report.path(field).asLong());
        }
        assertThat(replayed.path("problems").toString())
                .isEqualTo(report.path("problems").toString());
        assertThat(stored()).as("nothing stored twice").isEqualTo(once);
        assertThat(counted(hotspot)).containsExactly(180, 180);

        // the key for other bytes: refused, naming the first use
        HttpResponse<String> otherFile = send("other.csv", key, HotspotPagesTest.crimes(1.23));
        assertThat(otherFile.statusCode()).isEqualTo(422);
        assertThat(json(otherFile).path("detail").asString())
                .contains("the import key was used")
                .contains("once.csv");

        // the same bytes under another key, or none: refused, naming the first import
        for (String otherKey : new String[] {"\"k-" + UUID.randomUUID() + "\"", null}) {
            HttpResponse<String> copy = send("copy.csv", otherKey, csv);
            assertThat(copy.statusCode()).as(copy.body()).isEqualTo(409);
            JsonNode problem = json(copy);
            assertThat(problem.path("conflict").asString()).isEqualTo("same-file");
            assertThat(problem.path("detail").asString())
                    .contains("is the same file")
                    .contains("as once.csv")
                    .contains("by reading-coordinator");
        }
        assertThat(stored()).as("nothing of the refused imports kept").isEqualTo(once);
    }

    @Test
    void theSameFileFromAnotherOrganisationIsRefusedWithoutNamingTheEarlierImport() {
        String csv = HotspotPagesTest.crimes(2.7);
        HttpResponse<String> first = send("reading-coordinator", "council-own-name.csv", null, csv);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        Stored once = stored();

        // the crimes are shared by every hotspot, so the same bytes stay refused, but the force learns only that
        HttpResponse<String> force = send("tvp-analyst", "force.csv", null, csv);
        assertThat(force.statusCode()).as(force.body()).isEqualTo(409);
        assertThat(json(force).path("conflict").asString()).isEqualTo("same-file");
        assertThat(json(force).path("detail").asString())
                .contains("already imported")
                .doesNotContain("council-own-name")
                .doesNotContain("reading")
                .doesNotContain(json(first).path("importedAt").asString().substring(0, 10));
        assertThat(stored()).isEqualTo(once);
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        assertThat(analyst.get("/partnership/crime").body())
                .as("the list of imports is the viewer's organisation's")
                .doesNotContain("council-own-name");
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        assertThat(council.get("/partnership/crime").body()).contains("council-own-name.csv");

        // its own organisation is still told which import it was
        HttpResponse<String> again = send("reading-coordinator", "again.csv", null, csv);
        assertThat(json(again).path("detail").asString())
                .contains("as council-own-name.csv")
                .contains("by reading-coordinator");
    }

    @Test
    void twoRequestsWithOneKeyAtOnceStoreOneCopy() {
        UUID hotspot = hotspotAt(1.5);
        String csv = HotspotPagesTest.crimes(1.5);
        String key = "k-" + UUID.randomUUID();
        Stored before = stored();
        var a = CompletableFuture.supplyAsync(() -> send("twice.csv", key, csv));
        var b = CompletableFuture.supplyAsync(() -> send("twice.csv", key, csv));
        List<JsonNode> answers = List.of(json(a.join()), json(b.join()));
        assertThat(answers)
                .allSatisfy(r -> assertThat(r.path("stored").asLong()).isEqualTo(373));
        assertThat(answers.stream().filter(r -> r.path("replayed").asBoolean())).hasSize(1);
        assertThat(answers.get(0).path("import").asString())
                .isEqualTo(answers.get(1).path("import").asString());
        Stored after = stored();
        assertThat(after.crimes()).isEqualTo(before.crimes() + 373);
        assertThat(after.imports()).isEqualTo(before.imports() + 1);
        assertThat(counted(hotspot)).containsExactly(180, 180);
    }

    @Test
    void countsCommitWithTheCrimesOrNeitherIsKept() {
        UUID hotspot = hotspotAt(1.8);
        String csv = HotspotPagesTest.crimes(1.8);
        String key = "k-" + UUID.randomUUID();
        Stored before = stored();
        // the step after the crimes are stored fails: counting them into this hotspot is refused
        jdbc.execute("create function partnership.test_refuse_count() returns trigger language plpgsql as"
                + " $$ begin raise exception 'counting refused by the test'; end $$");
        jdbc.execute("create trigger test_refuse_count before insert or update on partnership.hotspot_month"
                + " for each row when (new.hotspot_id = '" + hotspot + "') execute function"
                + " partnership.test_refuse_count()");
        HttpResponse<String> failed;
        try {
            failed = send("counted.csv", key, csv);
        } finally {
            jdbc.execute("drop trigger test_refuse_count on partnership.hotspot_month");
            jdbc.execute("drop function partnership.test_refuse_count()");
        }
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("Exception").doesNotContain("at uk.interchange");
        assertThat(stored()).as("no crime kept without its counts").isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from partnership.crime_import where file_name = 'counted.csv'", Long.class))
                .isZero();

        // nothing was kept, so the same key now imports it
        HttpResponse<String> retried = send("counted.csv", key, csv);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(json(retried).path("replayed").asBoolean()).isFalse();
        assertThat(stored().crimes()).isEqualTo(before.crimes() + 373);
        assertThat(counted(hotspot)).containsExactly(180, 180);
    }

    @Test
    void aHotspotDueARecountIsCountedAgainFromTheCrimes() {
        UUID hotspot = hotspotAt(2.1);
        assertThat(send("due.csv", "k-" + UUID.randomUUID(), HotspotPagesTest.crimes(2.1))
                        .statusCode())
                .isEqualTo(200);
        assertThat(counted(hotspot)).containsExactly(180, 180);
        // as an import killed after its commit left it before V28: crimes stored, the counts without them
        jdbc.update("delete from partnership.hotspot_month where hotspot_id = ?", hotspot);
        jdbc.update("insert into partnership.hotspot_recount (owner_id, hotspot_id) values ('reading', ?)", hotspot);
        assertThat(hotspots.recountDue()).isEqualTo(1);
        assertThat(counted(hotspot)).containsExactly(180, 180);
        assertThat(jdbc.queryForObject("select count(*) from partnership.hotspot_recount", Long.class))
                .isZero();
    }

    @Test
    void theUploadFormSentTwiceImportsOnce() {
        UUID hotspot = hotspotAt(2.4);
        byte[] csv = HotspotPagesTest.crimes(2.4).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        String key = formKey(council.get("/partnership/crime").body());
        Stored before = stored();
        var first = council.postFile("/partnership/crime", "file", "form.csv", csv, Map.of("importKey", key));
        assertThat(first.body()).contains("373 crimes imported").doesNotContain("id=\"replayed\"");
        assertThat(formKey(first.body()))
                .as("the next file gets a form of its own")
                .isNotEqualTo(key);
        var second = council.postFile("/partnership/crime", "file", "form.csv", csv, Map.of("importKey", key));
        assertThat(second.body())
                .contains("This form had been sent already")
                .contains("from form.csv by reading-coordinator")
                .contains("373 crimes imported");
        Stored after = stored();
        assertThat(after.crimes()).isEqualTo(before.crimes() + 373);
        assertThat(after.imports()).isEqualTo(before.imports() + 1);
        assertThat(counted(hotspot)).containsExactly(180, 180);

        // the same file on a new form: refused, naming the first import
        var copy = council.postFile(
                "/partnership/crime", "file", "form-again.csv", csv, Map.of("importKey", formKey(second.body())));
        assertThat(copy.body())
                .contains("is the same file")
                .contains("as form.csv")
                .contains("nothing was imported");
        var badKey = council.postFile("/partnership/crime", "file", "form.csv", csv, Map.of("importKey", "not a key"));
        assertThat(badKey.body()).contains("must be 1 to 128 letters");
        assertThat(stored()).isEqualTo(after);
    }

    private static String formKey(String page) {
        Matcher m = FORM_KEY.matcher(page);
        assertThat(m.find()).as("the form carries its import key").isTrue();
        return m.group(1);
    }
}
