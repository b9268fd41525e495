package uk.interchange.app.server.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for a start on a folder whose last server did not stop cleanly. PostgreSQL itself refuses to start
 * while its lock file names a live process, and the library we start it with does not say so: it waits on a new
 * port and gives up. So before a start: a PostgreSQL still running on the folder (its owner killed) is stopped; a
 * lock file naming a process that has ended is left for PostgreSQL, which takes it over and recovers; one naming a
 * live process that is not a PostgreSQL on this folder (its id reused since) is removed.
 */
final class StalePostmaster {
    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    /** A fast shutdown ends sessions at once; what takes time is the checkpoint, bounded by max_wal_size. */
    static final Duration STOP_WAIT = Duration.ofMinutes(3);

    private StalePostmaster() {}

    /** Call only while no other process holds the folder ({@link DataFolderLock}). */
    static void clear(Path folder) throws IOException {
        clear(folder, STOP_WAIT);
    }

    /** As {@link #clear(Path)}, waiting at most {@code wait} for a PostgreSQL left running to stop. */
    static void clear(Path folder, Duration wait) throws IOException {
        Optional<PostmasterPid> found = PostmasterPid.read(folder);
        if (found.isEmpty()) {
            return;
        }
        long pid = found.get().pid();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info(
                    "The embedded PostgreSQL in {} was stopped abruptly (its process {} has ended); it will"
                            + " recover from its write-ahead log as it starts",
                    folder,
                    pid);
            return;
        }
        if (runsOn(process.get(), folder)) {
            log.warn(
                    "Stopping the embedded PostgreSQL (process {}) left running on {} by a server that ended"
                            + " without stopping it; a new one is started in its place",
                    pid,
                    folder);
            stop(process.get(), folder, wait);
            log.info("Stopped the PostgreSQL (process {}) that was left running on {}", pid, folder);
            return;
        }
        log.warn(
                "{} names process {}, which is not a PostgreSQL on this folder (the number was reused after an"
                        + " abrupt stop); removing the stale lock file",
                found.get().file(),
                pid);
        Files.deleteIfExists(found.get().file());
    }

    /** A postgres executable whose working folder (PostgreSQL moves into its data folder) is this one. */
    static boolean runsOn(ProcessHandle process, Path folder) {
        boolean postgres = process.info()
                .command()
                .map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres) {
            return false;
        }
        try {
            Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
            return Files.isSameFile(cwd, folder);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc to ask: its command line names the folder it was started on
            String wanted = folder.toAbsolutePath().toString();
            return process.info()
                    .arguments()
                    .map(args -> Arrays.asList(args).contains(wanted))
                    .orElse(false);
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown: sessions ended, a checkpoint written, the lock file removed. */
    static void stop(ProcessHandle process, Path folder, Duration wait) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start();
            kill.getInputStream().transferTo(OutputStream.nullOutputStream());
            kill.waitFor();
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL process " + process.pid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(
                    "the PostgreSQL (process " + process.pid() + ") left running on " + folder
                            + " did not stop within " + words(wait) + "; stop it (kill -INT " + process.pid()
                            + ") and start again",
                    e);
        }
    }

    private static String words(Duration wait) {
        return wait.toSecondsPart() == 0 && wait.toMinutes() > 0
                ? wait.toMinutes() + " minutes"
                : wait.toSeconds() + " seconds";
    }
}
