package uk.interchange.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `interchange screen` as other tools run it: the outcomes file, and its refusals. */
class ScreenCommandTest {
    static final String WATCHLIST = """
            id,kind,given_name,surname,date_of_birth,company_name,phone,group,from,to,link
            W1,person,Darren,Kestley,1984-03-07,,,TV-OCG-0142,,,
            W3,phone,,,,,07700 900461,,,,
            L2,link,,,,,,,W1,W3,uses phone
            """;
    static final String BIDDERS = """
            bidder_id,kind,id,role,given_name,surname,date_of_birth,company_name,phone,incorporated
            B1,company,c,,,,,Thames Clearways Ltd,,2026-09-01
            B1,person,d,director,Darren,Kestley,07/03/1984,,,
            B2,company,c,,,,,Greenfield Grounds Ltd,,2012-01-01
            B2,phone,p,,,,,,07700900461,
            B3,company,c,,,,,Honest Gardens Ltd,,2010-01-01
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void eachBidderGetsAnOutcomeAndItsReasons() throws IOException {
        Path out = dir.resolve("outcomes.csv");
        var r = RoadworksParseCommandTest.run(
                "screen",
                "--bidders",
                file("b.csv", BIDDERS).toString(),
                "--watchlist",
                file("w.csv", WATCHLIST).toString(),
                "--out",
                out.toString(),
                "--tender-date",
                "2026-11-30");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("bidder_id,outcome,reasons");
        assertThat(lines.get(1))
                .startsWith("B1,refer to police,")
                .contains("TV-OCG-0142")
                .contains("less than a year");
        assertThat(lines.get(2)).startsWith("B2,refer to police,").contains("← uses phone ← person Darren Kestley");
        assertThat(lines.get(3)).isEqualTo("B3,no hit,");
        assertThat(r.out()).contains("3 bidders screened, 2 to refer to the police");
    }

    static final String OCDS = """
            {"uri": "https://example.org/ocds/rbc-2026-114.json", "publishedDate": "2026-11-01T09:00:00Z",
             "releases": [{
               "ocid": "ocds-xxxxxx-rbc-2026-114", "id": "rbc-2026-114-award", "date": "2026-11-20T12:00:00Z",
               "tag": ["award"], "initiationType": "tender",
               "tender": {"id": "RBC-2026-114", "title": "Household waste collection, east Reading",
                          "tenderPeriod": {"startDate": "2026-10-01T00:00:00Z", "endDate": "2026-11-30T17:00:00Z"}},
               "parties": [
                 {"id": "GB-COH-12345678", "name": "Thames Clearways Ltd", "roles": ["tenderer"],
                  "identifier": {"scheme": "GB-COH", "id": "12345678"},
                  "address": {"streetAddress": "1 Mill Lane", "locality": "Reading", "postalCode": "RG1 1AA"},
                  "contactPoint": {"telephone": "07700 900461", "email": "bids@thames-clearways.example"}},
                 {"id": "GB-COH-45678901", "name": "Honest Gardens Ltd", "roles": ["tenderer", "supplier"],
                  "identifier": {"scheme": "GB-COH", "id": "45678901"},
                  "address": {"streetAddress": "1 Mill Lane", "locality": "Reading", "postalCode": "RG1 1AA"}},
                 {"id": "GB-LAS-E0601", "name": "Reading Borough Council", "roles": ["buyer", "procuringEntity"]}
               ]}]}
            """;

    @Test
    void anOpenContractingReleaseGivesTheTenderersAndTheTendersDate() throws IOException {
        Path out = dir.resolve("outcomes.csv");
        var r = RoadworksParseCommandTest.run(
                "screen",
                "--bidders",
                file("release.json", OCDS).toString(),
                "--watchlist",
                file("w.csv", WATCHLIST).toString(),
                "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3); // the two tenderers; the buyer is not a bidder
        assertThat(lines.get(1))
                .startsWith("GB-COH-12345678,refer to police,")
                .contains("Thames Clearways Ltd → uses phone → phone 07700 900461 (watchlist W3)")
                .contains("red flag: shares its address");
        assertThat(lines.get(2)).startsWith("GB-COH-45678901,no hit,").contains("with bidder GB-COH-12345678");
        var broken = RoadworksParseCommandTest.run(
                "screen",
                "--bidders",
                file("bad.json", "{\"releases\": []}").toString(),
                "--watchlist",
                file("w2.csv", WATCHLIST).toString(),
                "--out",
                out.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("needs a \"releases\" list");
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("outcomes.csv");
        var swapped = RoadworksParseCommandTest.run(
                "screen",
                "--bidders",
                file("w.csv", WATCHLIST).toString(),
                "--watchlist",
                file("w2.csv", WATCHLIST).toString(),
                "--out",
                out.toString());
        assertThat(swapped.code()).isEqualTo(2);
        assertThat(swapped.err()).contains("line 1: the header needs bidder_id and kind columns");
        var ragged = RoadworksParseCommandTest.run(
                "screen",
                "--bidders",
                file("b.csv", BIDDERS + "B4,company,c\n").toString(),
                "--watchlist",
                file("w3.csv", WATCHLIST).toString(),
                "--out",
                out.toString());
        assertThat(ragged.err()).contains("line 7: the row has 3 fields where the header has 10");
        var date = RoadworksParseCommandTest.run(
                "screen",
                "--bidders",
                file("b2.csv", BIDDERS).toString(),
                "--watchlist",
                file("w4.csv", WATCHLIST).toString(),
                "--out",
                out.toString(),
                "--tender-date",
                "next week");
        assertThat(date.err()).contains("--tender-date \"next week\" is not a date");
        assertThat(out).doesNotExist();
    }
}
