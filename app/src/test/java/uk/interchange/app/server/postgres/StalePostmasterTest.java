package uk.interchange.app.server.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lock file left on the data folder names a live process: only a postgres whose working folder is this one is
 * signalled; a recycled number held by another program, or by a PostgreSQL on another folder, is never signalled;
 * one that will not stop in time is refused with a message and left running. Real processes throughout.
 */
class StalePostmasterTest {
    @TempDir
    Path temp;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void endWhatWasStarted() {
        started.forEach(Process::destroyForcibly);
    }

    private Path folder() throws IOException {
        return Files.createDirectories(temp.resolve("postgres"));
    }

    /** A program as it is installed, copied under the name {@code postgres}. */
    private Path asPostgres(String program) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin-" + program));
        Path copy = bin.resolve("postgres");
        Files.copy(Path.of(program), copy, StandardCopyOption.COPY_ATTRIBUTES);
        return copy;
    }

    private Process start(Path cwd, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).start();
        started.add(p);
        // until the program has replaced the JVM's fork, its name is not yet its own
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!p.info().command().orElse("").endsWith("/" + Path.of(command[0]).getFileName())
                && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        return p;
    }

    private static void lockFile(Path folder, long pid) throws IOException {
        Files.writeString(
                PostmasterPid.in(folder), pid + "\n" + folder + "\n1764870000\n5432\n/tmp\nlocalhost\n  1234  5678\n");
    }

    @Test
    void anotherProgramUnderARecycledNumberIsNotSignalled() throws Exception {
        Path folder = folder();
        Process sleep = start(temp, "/usr/bin/sleep", "60");
        lockFile(folder, sleep.pid());
        StalePostmaster.clear(folder);
        assertThat(sleep.waitFor(1, TimeUnit.SECONDS)).isFalse();
        assertThat(sleep.isAlive()).isTrue();
    }

    @Test
    void aPostgresqlOnAnotherFolderIsNotSignalled() throws Exception {
        Path folder = folder();
        Path elsewhere = Files.createDirectories(temp.resolve("other-cluster"));
        Process other = start(elsewhere, asPostgres("/usr/bin/sleep").toString(), "60");
        lockFile(folder, other.pid());
        assertThat(StalePostmaster.runsOn(other.toHandle(), folder)).isFalse();
        StalePostmaster.clear(folder);
        assertThat(other.waitFor(1, TimeUnit.SECONDS)).isFalse();
        assertThat(other.isAlive()).isTrue();
    }

    @Test
    void aPostgresOnThisFolderIsStopped() throws Exception {
        Path folder = folder();
        // a stand-in that stops on SIGINT as PostgreSQL does, by a handler of its own: a plain sleep would not when
        // the test runs where SIGINT is ignored (a job started in the background without job control)
        Process ours =
                start(folder, asPostgres("/usr/bin/perl").toString(), "-e", "$SIG{INT} = sub { exit 0 }; sleep 60");
        lockFile(folder, ours.pid());
        assertThat(StalePostmaster.runsOn(ours.toHandle(), folder)).isTrue();
        StalePostmaster.clear(folder, Duration.ofSeconds(20));
        assertThat(ours.isAlive()).isFalse();
    }

    @Test
    void aPostgresOnThisFolderThatDoesNotStopInTimeIsRefusedAndLeftRunning() throws Exception {
        Path folder = folder();
        // a shell that ignores SIGINT, PostgreSQL's fast shutdown, as a postmaster stuck in a checkpoint would
        Process stuck =
                start(folder, asPostgres("/usr/bin/bash").toString(), "-c", "trap '' INT; while :; do sleep 0.2; done");
        lockFile(folder, stuck.pid());
        assertThatThrownBy(() -> StalePostmaster.clear(folder, Duration.ofSeconds(2)))
                .isInstanceOf(IOException.class)
                .hasMessage("the PostgreSQL (process " + stuck.pid() + ") left running on " + folder
                        + " did not stop within 2 seconds; stop it (kill -INT " + stuck.pid() + ") and start again");
        assertThat(stuck.isAlive()).as("refused, not killed").isTrue();
        assertThat(PostmasterPid.in(folder)).as("its lock file kept").exists();
    }
}
