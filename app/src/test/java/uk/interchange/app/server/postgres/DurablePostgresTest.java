package uk.interchange.app.server.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database started on a folder: behind a password, and not stopped by what an earlier run left. */
@Tag("database")
@Tag("embedded")
class DurablePostgresTest {
    @TempDir
    Path data;

    @Test
    void aNewFolderGetsAPasswordFileOnlyItsOwnerMayReadAndRefusesConnectionsWithoutIt() throws Exception {
        try (DurablePostgres pg = DurablePostgres.start(data, 0)) {
            Path file = data.resolve("postgres-password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(file).strip()).isEqualTo(pg.password()).hasSizeGreaterThanOrEqualTo(40);
            assertRefusedWithout(pg);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", pg.password())) {
                assertThat(authMethods(c)).containsOnly("scram-sha-256");
            }
        }
    }

    @Test
    void aFolderMadeByAnEarlierVersionIsConvertedToAPasswordAndKeepsItsData() throws Exception {
        Path folder = data.resolve("postgres");
        // as the server made it before: the library's defaults, every local connection trusted
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(folder)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table kept (id int)");
            s.execute("insert into kept values (600)");
        }
        assertThat(Files.exists(data.resolve("postgres-password"))).isFalse();

        try (DurablePostgres pg = DurablePostgres.start(data, 0)) {
            assertRefusedWithout(pg);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", pg.password())) {
                assertThat(kept(c)).containsExactly(600);
                assertThat(authMethods(c)).containsOnly("scram-sha-256");
            }
        }
        assertThat(ClientAuthentication.trusts(folder)).isFalse();
        // and the converted folder starts again with its password
        try (DurablePostgres again = DurablePostgres.start(data, 0);
                Connection c = DriverManager.getConnection(again.jdbcUrl(), "postgres", again.password())) {
            assertThat(kept(c)).containsExactly(600);
        }
    }

    @Test
    void aFolderWhosePasswordFileIsLostIsExplainedAtOnce() throws Exception {
        DurablePostgres.start(data, 0).close();
        Files.delete(data.resolve("postgres-password"));
        assertThatThrownBy(() -> DurablePostgres.start(data, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("postgres-password")
                .hasMessageContaining("is missing");
    }

    @Test
    void aLockFileNamingAnotherLiveProgramDoesNotStopAStartNorThatProgram() throws Exception {
        String lockFile = lockFileOfARun();
        Process unrelated = new ProcessBuilder("sleep", "300").start();
        try {
            writeLockFile(lockFile, unrelated.pid());
            try (DurablePostgres pg = DurablePostgres.start(data, 0);
                    Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", pg.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
            assertThat(unrelated.isAlive())
                    .as("the program the stale lock file named")
                    .isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void aLockFileNamingAProcessThatHasEndedDoesNotStopAStart() throws Exception {
        String lockFile = lockFileOfARun();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor(1, TimeUnit.MINUTES);
        writeLockFile(lockFile, ended.pid());
        try (DurablePostgres pg = DurablePostgres.start(data, 0);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", pg.password())) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    void aFolderInUseIsRefusedAndItsDatabaseKeepsRunning() throws Exception {
        try (DurablePostgres running = DurablePostgres.start(data, 0)) {
            long postmaster = PostmasterPid.read(running.folder()).orElseThrow().pid();
            assertThatThrownBy(() -> DurablePostgres.start(data, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is using the database");
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
            try (Connection c = DriverManager.getConnection(running.jdbcUrl(), "postgres", running.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void aStopLeavesNeitherTheDatabaseNorItsWatchdogRunning() throws Exception {
        DurablePostgres pg = DurablePostgres.start(data, 0);
        long postmaster = PostmasterPid.read(pg.folder()).orElseThrow().pid();
        long watchdog = ProcessHandle.current()
                .children()
                .filter(p -> p.info()
                        .arguments()
                        .map(List::of)
                        .orElse(List.of())
                        .contains(pg.folder().toString()))
                .findFirst()
                .orElseThrow()
                .pid();
        pg.close();
        // PostgreSQL removes its lock file as its last act, a moment before its process is gone
        assertThat(ends(postmaster)).as("the postmaster has ended").isTrue();
        assertThat(ends(watchdog)).as("the watchdog has ended").isTrue();
        assertThat(Files.exists(PostmasterPid.in(data.resolve("postgres")))).isFalse();
        // still referenced here, so that it is close() that ends the watchdog, not the collector
        Reference.reachabilityFence(pg);
    }

    private static boolean ends(long pid) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        try {
            p.ifPresent(h -> h.onExit().orTimeout(1, TimeUnit.MINUTES).join());
            return true;
        } catch (CompletionException e) {
            return false;
        }
    }

    /** The lock file a real run wrote (so every line is as PostgreSQL writes it), copied while it ran. */
    private String lockFileOfARun() throws Exception {
        try (DurablePostgres pg = DurablePostgres.start(data, 0)) {
            return Files.readString(PostmasterPid.in(pg.folder()));
        }
    }

    private void writeLockFile(String asWritten, long pid) throws Exception {
        String rest = asWritten.substring(asWritten.indexOf('\n'));
        Files.writeString(PostmasterPid.in(data.resolve("postgres")), pid + rest);
    }

    private static void assertRefusedWithout(DurablePostgres pg) {
        assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), "postgres", ""))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), "postgres", "not-the-password"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    private static List<String> authMethods(Connection c) throws SQLException {
        List<String> methods = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select auth_method from pg_hba_file_rules")) {
            while (r.next()) {
                methods.add(r.getString(1));
            }
        }
        return methods;
    }

    private static List<Integer> kept(Connection c) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id from kept")) {
            while (r.next()) {
                ids.add(r.getInt(1));
            }
        }
        return ids;
    }
}
