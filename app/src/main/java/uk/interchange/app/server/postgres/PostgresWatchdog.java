package uk.interchange.app.server.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops the embedded PostgreSQL when the JVM that started it ends without stopping it (kill -9, the OOM killer, a
 * crash). PostgreSQL runs detached from the JVM, so nothing else would: it would be left running as an orphan.
 *
 * <p>The watchdog is a small shell child whose standard input is a pipe from this JVM. Nothing is ever written to
 * it; when the JVM ends, however it ends, the kernel closes the pipe and the watchdog reads end-of-file. It then
 * sends SIGINT (PostgreSQL's fast shutdown) to the postmaster it was given, but only if the folder's lock file still
 * names that process, so that it never stops a PostgreSQL started since on the same folder. After a clean stop the
 * lock file is gone and the watchdog simply exits.
 */
final class PostgresWatchdog implements AutoCloseable {
    private static final String SCRIPT = "trap '' HUP INT QUIT TERM\n" // the terminal's Ctrl-C is for the JVM
            + "while read -r _; do :; done\n" // until the JVM's end of the pipe closes
            + "read -r named < \"$1/postmaster.pid\" 2>/dev/null || exit 0\n"
            + "[ \"$named\" = \"$2\" ] && kill -INT \"$2\"\n"
            + "exit 0\n";

    /** Kept referenced: were it collected, its pipe would close and the watchdog would stop the database. */
    private final Process process;

    private final OutputStream pipe;

    private PostgresWatchdog(Process process) {
        this.process = process;
        this.pipe = process.getOutputStream();
    }

    static PostgresWatchdog watch(Path folder, long postmasterPid) throws IOException {
        Process p = new ProcessBuilder(
                        "sh",
                        "-c",
                        SCRIPT,
                        "interchange-postgres-watchdog",
                        folder.toAbsolutePath().toString(),
                        Long.toString(postmasterPid))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new PostgresWatchdog(p);
    }

    long pid() {
        return process.pid();
    }

    /** After PostgreSQL has been stopped: the watchdog finds no lock file, or another process's, and exits. */
    @Override
    public void close() {
        try {
            pipe.close();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
