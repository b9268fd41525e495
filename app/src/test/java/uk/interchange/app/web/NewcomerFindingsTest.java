package uk.interchange.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** What a newcomer met on a fresh clone (issue 19), each over real HTTP as a browser or program sees it. */
class NewcomerFindingsTest extends ServerTest {
    private static final String SITE_POLICY = "default-src 'self'";
    private static final String DATA_POLICY = "default-src 'none'";

    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> getHtml(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    private static String policy(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Security-Policy").orElse("");
    }

    @Test
    void htmlPagesAmongTheFeedsGetTheSitesPolicyAndDataKeepsNone() {
        var validation = getHtml("/feeds/wzdx/validation");
        assertThat(validation.statusCode()).isEqualTo(200);
        assertThat(validation.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(policy(validation)).startsWith(SITE_POLICY);

        // the error page of the text summary is a page too, with its stylesheet
        var error = getHtml("/roadworks/summary.txt?authority=nowhere");
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(policy(error)).startsWith(SITE_POLICY);

        assertThat(policy(get("/feeds/wzdx"))).startsWith(DATA_POLICY);
        assertThat(policy(get("/feeds/datex2.xml"))).startsWith(DATA_POLICY);
        assertThat(policy(get("/api/openapi.yaml"))).startsWith(DATA_POLICY);
    }

    @Test
    void everyFontTheStylesheetNamesIsServed() {
        String css = get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")
                .body();
        Matcher m = Pattern.compile("url\\((/assets/[^)]+)\\)").matcher(css);
        int fonts = 0;
        while (m.find()) {
            String asset = m.group(1);
            var r = get(asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            if (asset.startsWith("/assets/fonts/")) {
                fonts++;
            }
        }
        assertThat(fonts).as("fonts named by the stylesheet").isEqualTo(4);
    }

    @Test
    void theOpenApiDocumentIsSentAsYaml() {
        var r = get("/api/openapi.yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
    }

    @Test
    void staticAssetsAreCachedAndKeepTheirValidators() {
        for (String asset : new String[] {
            "/assets/fonts/light-94a07e06a1-v2.woff2",
            "/css/interchange.css",
            "/js/map.js",
            "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css",
            "/assets/fonts/bold-b542beb274-v2.woff2"
        }) {
            var r = get(asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            String cache = r.headers().firstValue("Cache-Control").orElse("");
            assertThat(cache).as(asset).contains("max-age=").doesNotContain("no-store");
            assertThat(r.headers().firstValue("Pragma")).as(asset).isEmpty();
            assertThat(r.headers().firstValue("Last-Modified")).as(asset).isPresent();
            String etag = r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(asset + ": no ETag"));
            var again = send(HttpRequest.newBuilder(uri(asset))
                    .header("If-None-Match", etag)
                    .GET()
                    .build());
            assertThat(again.statusCode()).as(asset + " revalidated").isEqualTo(304);
        }
        // pages keep no-store: they may hold what the person may read
        assertThat(getHtml("/").headers().firstValue("Cache-Control").orElse(""))
                .contains("no-store");
    }

    @Test
    void workReferencesAreFoundWhateverTheirCase() {
        String reference = jdbc.queryForObject("select reference from roadworks.work limit 1", String.class);
        String lower = reference.toLowerCase(java.util.Locale.ROOT);
        assertThat(lower).isNotEqualTo(reference);
        var r = getHtml("/roadworks/works/" + lower);
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/roadworks/works/" + reference));
        assertThat(getHtml("/roadworks/works/" + reference).statusCode()).isEqualTo(200);
        assertThat(getHtml("/roadworks/works/no-such-work").statusCode()).isEqualTo(404);
    }

    @Test
    void aDateOfBirthReadsAsADate() {
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        UUID id = jdbc.queryForObject(
                "select id from partnership.entity where owner_id = 'tvp' and label = 'Darren Kestley'", UUID.class);
        var page = analyst.get("/partnership/records/tvp/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String text = page.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(text).contains("Born 7 March 1984").doesNotContain("7 1984 3");
    }
}
