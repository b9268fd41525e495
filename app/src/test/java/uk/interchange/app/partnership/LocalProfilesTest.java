package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * Local profiles: made from the records, kept as made (a later version shows what changed, the earlier one does not),
 * read by the partners the force shares with, and downloaded as a PDF that says what the page says.
 */
class LocalProfilesTest extends ServerTest {
    @Test
    void aProfileIsKeptAsItWasMadeAndReadsTheSameAsPdf() throws Exception {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/profiles");
        var missing = force.post("/partnership/profiles", Map.of("area", "Reading", "period", ""));
        assertThat(missing.body()).contains("href=\"#period\"");
        var first = force.post("/partnership/profiles", Map.of("area", "Reading", "period", "2026 Q3"));
        String v1 = first.uri().getPath();
        assertThat(v1).matches("/partnership/profiles/tvp/\\d+");
        assertThat(first.body())
                .contains("Local profile: Reading")
                .contains("TV-OCG-0142 Kestley network")
                .contains("62, band B");
        String action = "Disrupt the waste permit of the yard " + System.nanoTime();
        force.get("/partnership/actions");
        force.post(
                "/partnership/actions",
                Map.of(
                        "title",
                        action,
                        "strand",
                        "pursue",
                        "group",
                        "",
                        "area",
                        "Reading",
                        "responsible",
                        "tvp",
                        "due",
                        "2026-02-01"));
        force.get("/partnership/vulnerabilities");
        var badVulnerability = force.post(
                "/partnership/vulnerabilities", Map.of("kind", "cuckooed-address", "area", "", "description", ""));
        assertThat(badVulnerability.body()).contains("href=\"#area\"").contains("href=\"#recordedOn\"");
        force.post(
                "/partnership/vulnerabilities",
                Map.of(
                        "kind",
                        "cuckooed-address",
                        "area",
                        "Reading, Whitley",
                        "description",
                        "flat used for dealing, tenant under pressure",
                        "recordedOn",
                        "2026-11-10",
                        "shareGroups",
                        "yes"));
        var second = force.post("/partnership/profiles", Map.of("area", "Reading", "period", "2026 Q4"));
        assertThat(second.body()).contains(action).contains("cuckooed address: 1");
        assertThat(force.get(v1).body())
                .as("the earlier version, as it was made")
                .doesNotContain(action)
                .contains("None recorded in the area");

        // a partner in the force's sharing group reads it; the PDF says what the page says
        String page = second.uri().getPath();
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        assertThat(council.get("/partnership/profiles").body()).contains("Reading, 2026 Q4");
        HttpResponse<byte[]> pdf = http.send(
                HttpRequest.newBuilder(uri(page + "/pdf"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("reading-coordinator:" + PLANNER_PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Local profile: Reading")
                    .contains("TV-OCG-0142 Kestley network")
                    .contains(action);
        }
    }
}
