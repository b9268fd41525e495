package uk.interchange.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server killed with SIGKILL, as the kernel or an impatient operator does, and started again on the same data
 * folder: it starts the first time, with every row committed before the kill, and leaves no PostgreSQL running
 * once stopped. Each server runs in a JVM of its own ({@link ServerProcess}).
 */
@Tag("database")
@Tag("embedded")
class KillRestartTest {
    /** Long enough for a fast shutdown on a loaded machine; only a PostgreSQL nobody stops would take longer. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private Path data;
    private final List<ServerProcess> started = new ArrayList<>();

    @BeforeEach
    void embeddedOnly() {
        String url = System.getenv("INTERCHANGE_TEST_DB_URL");
        assumeTrue(url == null || url.isBlank(), "only the embedded database runs beside the server");
        data = dir.resolve("data");
    }

    /** Whatever a failed run left behind is stopped, so that one failure does not leave processes running. */
    @AfterEach
    void stopWhatIsLeft() {
        started.forEach(s -> s.handle().destroyForcibly());
        if (data != null) {
            ServerProcess.workingIn(data.resolve("postgres")).forEach(ProcessHandle::destroy);
        }
    }

    @Test
    void aServerKilledWithSigkillStopsItsDatabaseAndStartsAgainFirstTimeWithItsData() throws Exception {
        ServerProcess first = start("first");
        commitARow(first, 1);
        long firstPostmaster = first.postmasterPid();
        first.kill();

        assertThat(ServerProcess.ends(firstPostmaster, STOP_WAIT))
                .as("the PostgreSQL of a server killed with SIGKILL is stopped, not left running as an orphan")
                .isTrue();

        ServerProcess second = start("second");
        assertThat(rows(second)).as("the row committed before the kill").containsExactly(1);
        long secondPostmaster = second.postmasterPid();
        second.stop();

        assertThat(ServerProcess.ends(secondPostmaster, STOP_WAIT)).isTrue();
        assertThat(ServerProcess.workingIn(data.resolve("postgres")))
                .as("no process left running on the database folder")
                .isEmpty();
    }

    @Test
    void aDatabaseLeftRunningByAKilledServerIsStoppedWhenTheNextOneStarts() throws Exception {
        ServerProcess first = start("first");
        commitARow(first, 7);
        long orphan = first.postmasterPid();
        // the worst case: whatever the server started to look after its database is killed with it
        first.handle().children().forEach(ProcessHandle::destroyForcibly);
        first.kill();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the database is left running without its server")
                .contains(true);

        ServerProcess second = start("second");
        assertThat(second.log()).contains("Stopping the embedded PostgreSQL (process " + orphan + ") left running on");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
        assertThat(rows(second)).containsExactly(7);
        second.stop();
        assertThat(ServerProcess.workingIn(data.resolve("postgres"))).isEmpty();
    }

    private ServerProcess start(String name) throws Exception {
        ServerProcess s = ServerProcess.start(data, name);
        started.add(s);
        return s;
    }

    private static void commitARow(ServerProcess server, int id) throws Exception {
        try (Connection c = server.connect();
                Statement s = c.createStatement()) {
            s.execute("create table public.kill_restart (id int primary key)");
            s.execute("insert into public.kill_restart values (" + id + ")"); // auto-commit: committed on return
        }
    }

    private static List<Integer> rows(ServerProcess server) throws Exception {
        List<Integer> ids = new ArrayList<>();
        try (Connection c = server.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id from public.kill_restart order by id")) {
            while (r.next()) {
                ids.add(r.getInt(1));
            }
        }
        return ids;
    }
}
