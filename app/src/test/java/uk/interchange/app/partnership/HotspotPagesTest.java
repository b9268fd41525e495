package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * Clear-Hold-Build over HTTP: a council's coordinator records a hotspot and its comparison area, imports a year of
 * street-level crime (bad rows named by line), records the Clear phase and an intervention, and reads the change:
 * crime fell by ten a month in the hotspot while the comparison area stayed level.
 */
public class HotspotPagesTest extends ServerTest {
    /** A square hotspot, moved east by {@code shift} degrees so that each test has a place of its own. */
    public static String area(double shift) {
        return square(-0.98 + shift, -0.96 + shift, false);
    }

    /** Its comparison area, as a GeoJSON Feature. */
    public static String comparison(double shift) {
        return square(-1.01 + shift, -0.99 + shift, true);
    }

    private static String square(double west, double east, boolean feature) {
        String polygon = String.format(
                java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,51.45],[%.4f,51.45],[%.4f,51.46],[%.4f,51.46],"
                        + "[%.4f,51.45]]]}",
                west,
                east,
                east,
                west,
                west);
        return feature ? "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + polygon + "}" : polygon;
    }

    /**
     * A year of crime: in the hotspot 19 or 21 a month (alternately) until June, then 9 or 11; in the comparison area
     * 14 or 16 all year. So the Clear phase from July is worth -10 a month, with a standard error of sqrt(4 x 1.2 / 6).
     */
    public static String crimes(double shift) {
        StringBuilder csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        int n = 0;
        for (int month = 1; month <= 12; month++) {
            int odd = month % 2;
            int hotspot = (month <= 6 ? 19 : 9) + 2 * odd;
            int comparison = 14 + 2 * odd;
            for (int i = 0; i < hotspot; i++) {
                csv.append(row(++n, month, -0.97 + shift + i * 0.0003, 51.455));
            }
            for (int i = 0; i < comparison; i++) {
                csv.append(row(++n, month, -1.0 + shift + i * 0.0003, 51.455));
            }
            csv.append(row(++n, month, -0.5 + shift, 51.7)); // in neither area
        }
        csv.append("x1,2025-13,Thames Valley Police,Thames Valley Police,-0.97,51.455,a,b,c,Burglary,,\n");
        csv.append(",2025-05,Thames Valley Police,Thames Valley Police,,,No location,,,Anti-social behaviour,,\n");
        return csv.toString();
    }

    private static String row(int n, int month, double lon, double lat) {
        return String.format(
                java.util.Locale.ROOT,
                "c%d,2025-%02d,Thames Valley Police,Thames Valley Police,%.5f,%.5f,On or near Oxford Road,E01016400,"
                        + "Reading 008A,Burglary,Investigation complete; no suspect identified,\n",
                n,
                month,
                lon,
                lat);
    }

    @Test
    void aCoordinatorRecordsAHotspotImportsCrimeAndReadsTheChange() {
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        assertThat(council.get("/partnership").body()).contains("href=\"/partnership/hotspots\"");
        council.get("/partnership/hotspots");
        var bad = council.post(
                "/partnership/hotspots",
                Map.of("name", "", "area", "{not json", "comparison", "{\"type\":\"Point\",\"coordinates\":[0,51]}"));
        assertThat(bad.body())
                .contains("href=\"#name\"")
                .contains("area is not JSON")
                .contains("comparison has a &quot;Point&quot; where a Polygon or MultiPolygon is needed");
        var created = council.post(
                "/partnership/hotspots",
                Map.of("name", "Oxford Road corridor", "area", area(0), "comparison", comparison(0)));
        String page = created.uri().getPath();
        assertThat(page).startsWith("/partnership/hotspots/reading/");
        assertThat(created.body()).contains("No crimes counted yet");

        council.get("/partnership/crime");
        var imported = council.postFile(
                "/partnership/crime", "file", "reading-2025.csv", crimes(0).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.body())
                .contains("373 crimes imported")
                .contains("374 rows read")
                .contains("1 published without a place")
                .contains("12 with a place fall in no hotspot and no comparison area")
                .contains("Month &quot;2025-13&quot; is not written year-month");

        council.get(page);
        var phase =
                council.post(page + "/phases", Map.of("phase", "clear", "starts", "2025-07-01", "ends", "2025-12-31"));
        assertThat(phase.body())
                .contains("-10.0 crimes a month (95% interval -11.8 to -8.2): 50% fewer than expected")
                .contains("unlikely to be chance alone")
                .contains("6 months before, 6 during");
        var badPhase =
                council.post(page + "/phases", Map.of("phase", "hold", "starts", "2026-01-01", "ends", "2025-12-01"));
        assertThat(badPhase.body()).contains("href=\"#ends\"").contains("is before the phase begins");
        var logged = council.post(
                page + "/interventions",
                Map.of(
                        "on",
                        "2025-07-10",
                        "kind",
                        "warrant",
                        "partner",
                        "Thames Valley Police",
                        "note",
                        "two addresses"));
        assertThat(logged.body())
                .contains("class=\"hotspot\"")
                .contains("class=\"comparison-area\"")
                .contains("<title>Clear</title>")
                .contains("2025-07-10: warrant (Thames Valley Police)");

        // a partner in the sharing group reads the measures but does not change them
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        assertThat(force.get("/partnership/hotspots").body()).contains("Oxford Road corridor");
        assertThat(force.get(page).body()).contains("-10.0 crimes a month").doesNotContain("Log the intervention");
        assertThat(force.post(page + "/interventions", Map.of("on", "2025-08-01", "kind", "arrest", "partner", "TVP"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aHotspotMadeOfLsoasCountsByTheirCodesAndSurveysAreKeptByWave() {
        StringBuilder csv = new StringBuilder("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
                + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n");
        // three in the hotspot's LSOAs in March, one in the comparison LSOA, two elsewhere (one without a place)
        for (String code : new String[] {"E01999901", "E01999902", "E01999902", "E01999903", "E01999904"}) {
            csv.append("x,2026-03,TVP,TVP,-2.1,52.1,On or near a road,")
                    .append(code)
                    .append(",Somewhere,Drugs,,\n");
        }
        csv.append("y,2026-03,TVP,TVP,,,No location,E01999901,Somewhere,Drugs,,\n");
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get("/partnership/hotspots");
        var bad = council.post(
                "/partnership/hotspots",
                Map.of("name", "Whitley", "area", "E01999901 Whitley", "comparison", "E01999903"));
        assertThat(bad.body()).contains("&quot;Whitley&quot; is not an LSOA code");
        String page = council.post(
                        "/partnership/hotspots",
                        Map.of("name", "Whitley", "area", "e01999901, E01999902", "comparison", "E01999903"))
                .uri()
                .getPath();
        council.get("/partnership/crime");
        var imported = council.postFile(
                "/partnership/crime", "file", "whitley.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.body()).contains("6 crimes imported");
        String dashboard = council.get(page).body();
        String march = dashboard.substring(dashboard.indexOf("data-month=\"2026-03\""));
        march = march.substring(0, march.indexOf("</tr>")).replaceAll("\\s+", " ");
        assertThat(march).contains(">3</td>").contains(">1</td>");

        var wave = council.post(
                page + "/surveys",
                Map.of(
                        "wave",
                        "2026-04-01",
                        "question",
                        "I feel safe here after dark",
                        "respondents",
                        "212",
                        "agreeing",
                        "41"));
        assertThat(wave.body()).contains("I feel safe here after dark").contains("41%");
        var badWave = council.post(
                page + "/surveys", Map.of("wave", "April", "question", "", "respondents", "0", "agreeing", "140"));
        assertThat(badWave.body())
                .contains("href=\"#wave\"")
                .contains("href=\"#question\"")
                .contains("must be at least 1")
                .contains("must be 0 to 100");
    }

    @Test
    void aFileThatIsNotStreetLevelCrimeIsRefusedWhole() {
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get("/partnership/crime");
        var refused = council.postFile(
                "/partnership/crime", "file", "people.csv", "name,dob\nJo,1980\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.body())
                .contains("the header has no month, longitude, latitude, crime type columns")
                .contains("nothing was imported")
                .doesNotContain("people.csv</td>");
    }
}
