package uk.interchange.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `interchange roadworks parse` as a user runs it: good bulletins, and every kind of bad input. */
class RoadworksParseCommandTest {
    static final String BULLETIN = """
            Roadworks bulletin for the Test Region, week commencing 20 March 2017

            Information correct at 17 March 2017.

            M6 junctions 11 (M54) to 12 Cannock, Staffordshire: resurfacing

            Resurfacing goes on this week. The southbound carriageway between junctions 12 and 11 will be shut \
            overnight, 9pm to 5.30am, from Monday 20 March for four nights and 9pm to 6.30am on Friday 24 March. \
            Traffic will follow a signed diversion via A5 to A460 to M54 junction 1.

            General enquiries

            For anything else, phone our contact centre on 0300 000 0000.
            """;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static void noStackTrace(Run r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void readsABulletinIntoTheDocumentedJson() throws IOException {
        Run r = run(
                "roadworks",
                "parse",
                file("b.txt", BULLETIN.getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.at("/source/published").asText()).isEqualTo("2017-03-17");
        assertThat(root.at("/source/period_start").asText()).isEqualTo("2017-03-20");
        JsonNode x = root.at("/works/0/restrictions/0");
        assertThat(root.at("/works/0/road").asText()).isEqualTo("M6");
        assertThat(root.at("/works/0/lifecycle").asText()).isEqualTo("continues");
        assertThat(x.get("type").asText()).isEqualTo("carriageway-closure");
        assertThat(x.get("direction").asText()).isEqualTo("southbound");
        assertThat(x.get("from_junction").asText()).isEqualTo("12");
        assertThat(x.get("to_junction").asText()).isEqualTo("11");
        assertThat(x.get("occurrences")).hasSize(5);
        assertThat(x.at("/occurrences/0/start").asText()).isEqualTo("2017-03-20T21:00:00Z");
        assertThat(x.at("/occurrences/4/end").asText()).isEqualTo("2017-03-25T06:30:00Z");
        assertThat(x.get("open_ended").isNull()).isTrue();
        assertThat(x.at("/diversion/via").toString()).isEqualTo("[\"A5\",\"A460\",\"M54 J1\"]");
        assertThat(x.at("/schedule/rules/0/count").asInt()).isEqualTo(4);
        assertThat(root.get("warnings")).allMatch(w -> w.get("kind").asText().equals("boilerplate"));
    }

    @Test
    void readsAsTextForPeople() throws IOException {
        Run r = run(
                "roadworks",
                "parse",
                "--format",
                "text",
                file("b.txt", BULLETIN.getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("carriageway-closure M6 southbound, J12 to J11")
                .contains("Fri 24 Mar 21:00 to Sat 25 Mar 06:30")
                .contains("diversion via A5 > A460 > M54 J1");
    }

    @Test
    void writesTheWorksBackAsAWeeklySummaryThatReadsTheSame() throws IOException {
        Run summary = run(
                "roadworks",
                "parse",
                "--format",
                "summary",
                file("b.txt", BULLETIN.getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(summary.code()).isZero();
        assertThat(summary.out())
                .startsWith("Planned roadworks in the Test Region: weekly summary for Monday 20 March");
        Run again = run(
                "roadworks",
                "parse",
                file("again.txt", summary.out().getBytes(StandardCharsets.UTF_8))
                        .toString());
        Run first = run(
                "roadworks",
                "parse",
                file("first.txt", BULLETIN.getBytes(StandardCharsets.UTF_8)).toString());
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(again.out()).at("/works/0/restrictions/0/occurrences"))
                .isEqualTo(json.readTree(first.out()).at("/works/0/restrictions/0/occurrences"));
    }

    @Test
    void publishedAnchorsDatesWithoutAYear() throws IOException {
        String noTitle = BULLETIN.substring(BULLETIN.indexOf("M6 junctions"));
        Path p = file("b.txt", noTitle.getBytes(StandardCharsets.UTF_8));
        Run r = run("roadworks", "parse", "--published", "2022-03-18", p.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"start\" : \"2022-03-");
        Run bad = run("roadworks", "parse", "--published", "2017-02-30", p.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--published '2017-02-30' is not a date");
        noStackTrace(bad);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Run r = run("roadworks", "parse", file("empty.txt", new byte[0]).toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("empty.txt is empty");
        noStackTrace(r);
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        Run r = run("roadworks", "parse", file("picture.png", png).toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("is not text");
        noStackTrace(r);
    }

    @Test
    void aMissingFileIsRefused() {
        Run r = run("roadworks", "parse", dir.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputText.MAX_BYTES + 1); // sparse: costs no disk
        }
        Run r = run("roadworks", "parse", big.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("the limit is");
        noStackTrace(r);
    }

    @Test
    void aTwentyMegabyteBulletinIsRead() throws IOException {
        StringBuilder b = new StringBuilder();
        while (b.length() < 20_000_000) {
            b.append(BULLETIN.substring(BULLETIN.indexOf("M6 junctions")));
        }
        Run r = run(
                "roadworks",
                "parse",
                "--published",
                "2017-03-17",
                file("big.txt", b.toString().getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"works\" :");
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252WithANote() throws IOException {
        byte[] bytes = BULLETIN.replace("Resurfacing goes on", "Resurfacing \u2013 goes on")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Run r = run("roadworks", "parse", file("cp1252.txt", bytes).toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("not valid UTF-8").contains("Windows-1252");
        assertThat(r.out()).contains("carriageway-closure");
    }

    @Test
    void aNewsStoryWithNoWorksExitsOneAndSaysWhy() throws IOException {
        String story = "News story: Councils to share more\n\nThe minister spoke today. He said more must be done.\n";
        Run r = run(
                "roadworks",
                "parse",
                file("story.txt", story.getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(r.code()).isEqualTo(ExitCodes.NOTHING_READ);
        assertThat(r.err()).contains("no roadworks were found");
        assertThat(new ObjectMapper().readTree(r.out()).get("warnings")).hasSize(2);
    }

    @Test
    void helpAndUsageErrors() {
        Run help = run("roadworks", "parse", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--published").contains("--format");
        Run missing = run("roadworks", "parse");
        assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("Missing required parameter");
        Run format = run("roadworks", "parse", "--format", "xml", "x.txt");
        assertThat(format.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(format.err()).contains("--format");
        noStackTrace(format);
    }
}
