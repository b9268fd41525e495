package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.partnership.screening.OcdsBiddersTest;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * Uploads meant to exhaust the server, from its least trusted users, over HTTP: each is refused while it is read,
 * naming the bound, nothing in it is kept, and the server answers everyone else meanwhile and after.
 */
class HostileUploadsTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A new screening of a tender for Reading's procurement officer; its page's address. */
    private String newScreening(SignedInSession buyer) {
        buyer.get("/partnership/screenings/new");
        var r = buyer.post(
                "/partnership/screenings/new",
                Map.of(
                        "reference",
                        "RBC-" + UUID.randomUUID().toString().substring(0, 8),
                        "title",
                        "Grounds maintenance"));
        assertThat(r.uri().getPath()).matches("/partnership/screenings/[0-9a-f-]{36}");
        return r.uri().getPath();
    }

    private long biddersOf(String page) {
        return jdbc.queryForObject(
                "select count(*) from partnership.bidder where screening_id = ?::uuid",
                Long.class,
                page.substring(page.lastIndexOf('/') + 1));
    }

    /** Sends the hostile request on another thread and, while it is in flight or just done, an ordinary one. */
    private <T> T meanwhile(Supplier<T> hostile) {
        CompletableFuture<T> sent = CompletableFuture.supplyAsync(hostile);
        HttpResponse<String> other = get("/api/roadworks/closures?road=M4");
        assertThat(other.statusCode())
                .as("another person's question, answered meanwhile")
                .isEqualTo(200);
        T answer = sent.join();
        assertThat(get("/").statusCode()).as("and after").isEqualTo(200);
        return answer;
    }

    @Test
    void aReleasePackageOfSixtyThousandTenderersIsRefusedWhileTheServerAnswersOthers() {
        SignedInSession buyer = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        String page = newScreening(buyer);
        byte[] big = OcdsBiddersTest.tenderers(60_000).getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(3_500_000);
        HttpResponse<String> r = meanwhile(() -> buyer.postFile(page + "/upload", "file", "release.json", big));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("govuk-error-summary")
                .contains("party 202 (Tenderer 201 Ltd) is one more than the 200 bidders one tender may have")
                .contains("nothing was added");
        assertThat(biddersOf(page)).isZero();
        // screening has nothing to run on, and says so
        var screened = buyer.post(page + "/screen", Map.of());
        assertThat(screened.body()).contains("add a bidder first");
    }

    @Test
    void biddersAddedInSeveralUploadsAreBoundedTogether() {
        SignedInSession buyer = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        String page = newScreening(buyer);
        buyer.get(page);
        var first = buyer.postFile(page + "/upload", "file", "bidders.csv", bidders(1, 150));
        assertThat(first.body()).doesNotContain("govuk-error-summary");
        assertThat(biddersOf(page)).isEqualTo(150);
        var second = buyer.postFile(page + "/upload", "file", "bidders.csv", bidders(151, 60));
        assertThat(second.body())
                .contains("file was not added: the tender would have 210 bidders; the most one tender may have is 200");
        assertThat(biddersOf(page)).isEqualTo(150);
    }

    private static byte[] bidders(int from, int count) {
        StringBuilder csv = new StringBuilder("bidder_id,kind,company_name\n");
        for (int i = from; i < from + count; i++) {
            csv.append("B").append(i).append(",company,Bidder ").append(i).append(" Ltd\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCrimeFileWhoseQuoteNeverClosesIsRefusedAtTheFieldsLimitWhileTheServerAnswersOthers() {
        long before = jdbc.queryForObject("select count(*) from partnership.street_crime", Long.class);
        String auth = Base64.getEncoder()
                .encodeToString(("tvp-analyst:" + PLANNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        // 32 MB after a quote that is never closed; the reader gives up after 65,536 characters of it
        byte[] start = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                        + "Crime type,Last outcome category,Context\nabc1,2026-03,\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] rest = new byte[32 * 1024 * 1024];
        java.util.Arrays.fill(rest, (byte) 'a');
        HttpResponse<String> r = meanwhile(() -> send(HttpRequest.newBuilder(uri("/api/partnership/crime"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(start, rest)))
                .build()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("errors").get(0).get("reason").asString())
                .startsWith("line 2: field 3 is longer than 65,536 characters, the most a field may hold (is the quote"
                        + " opened on line 2 ever closed?)")
                .endsWith("nothing was imported");
        assertThat(jdbc.queryForObject("select count(*) from partnership.street_crime", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aScreeningFileWithADateOfBirthThatDoesNotExistIsRefusedWithItsLine() {
        SignedInSession buyer = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        String page = newScreening(buyer);
        buyer.get(page);
        var r = buyer.postFile(
                page + "/upload",
                "file",
                "bidders.csv",
                ("bidder_id,kind,company_name,full_name,date_of_birth\n"
                                + "B1,company,Thames Clearways Ltd,,\n"
                                + "B1,person,,Darren Kestley,1984-13-45\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(r.body())
                .contains("file was not read: line 3: date_of_birth &quot;1984-13-45&quot; is not a date that exists");
        assertThat(biddersOf(page)).isZero();
    }

    @Test
    void aScreeningFileSavedAsWindows1252IsReadAsWrittenAndThePageSaysSo() {
        SignedInSession buyer = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        String page = newScreening(buyer);
        buyer.get(page);
        var r = buyer.postFile(
                page + "/upload",
                "file",
                "bidders.csv",
                "bidder_id,kind,company_name\nB1,company,Café Olé Ltd\n".getBytes(WINDOWS_1252));
        assertThat(r.body())
                .contains("Café Olé Ltd")
                .doesNotContain("\uFFFD")
                .contains("Line 2 is not UTF-8, so the file was read as Windows-1252");
        // bytes that are not text in either are refused with the line
        var bad = buyer.postFile(
                page + "/upload", "file", "bidders.csv", new byte[] {'b', 'i', 'd', '\n', (byte) 0x81, '\n'});
        assertThat(bad.body()).contains("file is not text: line 2 is neither UTF-8 nor Windows-1252");
        assertThat(biddersOf(page)).isEqualTo(1);
    }

    @Test
    void aPartnershipImportSavedAsWindows1252IsReadAsWrittenAndThePreviewSaysSo() {
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        analyst.get("/partnership/import");
        var r = analyst.postFile(
                "/partnership/import/preview",
                "file",
                "people.csv",
                "kind,given_names,surname\nperson,José,Muñoz\n".getBytes(WINDOWS_1252));
        assertThat(r.body())
                .contains("José Muñoz")
                .doesNotContain("\uFFFD")
                .contains("Line 2 is not UTF-8, so the file was read as Windows-1252");
    }
}
