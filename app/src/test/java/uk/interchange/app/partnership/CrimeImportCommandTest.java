package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.cli.Main;
import uk.interchange.app.server.ServerTest;

/**
 * `./interchange crimes import` streams a file of any size to the server's crime API: a good file is stored with its
 * bad rows named; a file refused whole (wrong columns, not UTF-8) stores nothing at all.
 */
class CrimeImportCommandTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    private int run(StringWriter out, StringWriter err, Path file, String user) {
        return run(out, err, file, user, port);
    }

    private int run(StringWriter out, StringWriter err, Path file, String user, int serverPort, String... more) {
        System.setProperty("interchange.password", PLANNER_PASSWORD);
        List<String> args = new ArrayList<>(List.of(
                "crimes", "import", file.toString(), "--server", "http://localhost:" + serverPort, "--user", user));
        args.addAll(List.of(more));
        return Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from partnership.street_crime", Long.class);
    }

    @Test
    void aFileIsStoredWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("thames-valley-2025.csv");
        Files.writeString(good, HotspotPagesTest.crimes(0.6));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long before = stored();
        assertThat(run(out, err, good, "tvp-analyst")).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("374 rows read, 373 crimes stored (1 without a place), 1 left out")
                .contains("line 374: Month \"2025-13\" is not written year-month");
        assertThat(stored()).isEqualTo(before + 373);

        Path people = dir.resolve("people.csv");
        Files.writeString(people, "name,dob\nJo,1980\n");
        StringWriter refused = new StringWriter();
        assertThat(run(new StringWriter(), refused, people, "tvp-analyst")).isEqualTo(2);
        assertThat(refused.toString()).contains("the header has no month, longitude, latitude, crime type columns");

        Path latin = dir.resolve("latin1.csv");
        Files.write(
                latin,
                (HotspotPagesTest.crimes(0.6) + "c0,2025-01,Caf\u00e9 Police,x,-0.37,51.45,y,z,w,Burglary,,\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        StringWriter notUtf8 = new StringWriter();
        assertThat(run(new StringWriter(), notUtf8, latin, "tvp-analyst")).isEqualTo(2);
        assertThat(notUtf8.toString()).contains("is not UTF-8 text");
        assertThat(stored()).as("nothing of the refused files half-stored").isEqualTo(before + 373);

        StringWriter buyer = new StringWriter();
        assertThat(run(new StringWriter(), buyer, good, "reading-buyer")).isEqualTo(2);
        assertThat(buyer.toString()).contains("only analysts, intelligence officers and coordinators import crime");
    }

    @Test
    void anAnswerLostAfterTheImportIsRetriedWithTheSameKeyAndStoresOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("thames-valley-lost.csv");
        Files.writeString(file, HotspotPagesTest.crimes(0.9));
        long before = stored();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AnswerLosingProxy proxy = new AnswerLosingProxy(port, 1)) {
            int status = run(out, err, file, "tvp-analyst", proxy.port(), "--retry-wait", "0");
            assertThat(proxy.lost())
                    .as("the first answer was lost after the server had it")
                    .isEqualTo(1);
            assertThat(status).as(err.toString()).isZero();
        }
        assertThat(err.toString())
                .contains("sending it again in 0 s with the same import key")
                .contains("retry 1 of 4");
        assertThat(out.toString())
                .contains("Imported already, as thames-valley-lost.csv by tvp-analyst")
                .contains("nothing was added now")
                .contains("374 rows read, 373 crimes stored");
        assertThat(stored()).as("stored once").isEqualTo(before + 373);

        // running the command again is as safe
        StringWriter again = new StringWriter();
        assertThat(run(again, new StringWriter(), file, "tvp-analyst")).isZero();
        assertThat(again.toString()).contains("Imported already");
        assertThat(stored()).isEqualTo(before + 373);
        assertThat(jdbc.queryForObject(
                        "select count(*) from partnership.crime_import where file_name = 'thames-valley-lost.csv'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void aProxyAnswering503IsTriedAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("behind-a-proxy.csv");
        Files.writeString(file, HotspotPagesTest.crimes(0.93));
        long before = stored();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AnswerLosingProxy proxy = AnswerLosingProxy.busy(port, 2)) {
            assertThat(run(out, err, file, "tvp-analyst", proxy.port(), "--retry-wait", "0"))
                    .as(err.toString())
                    .isZero();
            assertThat(proxy.lost()).isEqualTo(2);
        }
        assertThat(err.toString()).contains("the server answered 503").contains("retry 2 of 4");
        assertThat(out.toString()).contains("373 crimes stored").doesNotContain("Imported already");
        assertThat(stored()).isEqualTo(before + 373);
    }

    @Test
    void withNoServerTheCommandSaysHowToRetrySafely(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nowhere.csv");
        Files.writeString(file, HotspotPagesTest.crimes(0.95));
        int closed;
        try (var s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, file, "tvp-analyst", closed, "--retries", "1", "--retry-wait", "0"))
                .isEqualTo(3);
        assertThat(err.toString())
                .contains("no server answers at")
                .contains("tried 2 times")
                .contains("It is safe to run the same command again: it sends the same import key (sha256-");
    }
}
