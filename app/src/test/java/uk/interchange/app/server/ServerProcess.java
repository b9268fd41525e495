package uk.interchange.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * `interchange serve` in a JVM of its own, run from the test class path, so that a test can kill it as an operator
 * or the kernel would. Its output goes to a file in the data folder's parent, shown when it fails to start. It
 * reads the data folder's files (the lock file, the password if there is one) as any other program could.
 */
final class ServerProcess {
    /** Generous: the suite shares its cores with other builds, and starting is not what is measured here. */
    static final Duration START_WAIT = Duration.ofMinutes(3);

    private final Process process;
    private final Path data;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path data, Path log, int port) {
        this.process = process;
        this.data = data;
        this.log = log;
        this.port = port;
    }

    /** Starts a server on {@code data} and waits until it answers over HTTP. */
    static ServerProcess start(Path data, String name) throws IOException, InterruptedException {
        int port = freePort();
        Path log = data.resolveSibling(name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "uk.interchange.app.cli.Main",
                        "serve",
                        "--port",
                        Integer.toString(port),
                        "--data",
                        data.toString(),
                        "--no-demo"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServerProcess server = new ServerProcess(p, data, log, port);
        server.awaitAnswer();
        return server;
    }

    private void awaitAnswer() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the server exited (status " + process.exitValue() + ") before it answered:\n" + logTail());
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not answer within " + START_WAIT + ":\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    }

    /** SIGTERM, as an operator's stop or Ctrl-C: the server shuts down in order. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not stop within two minutes:\n" + logTail());
        }
    }

    /** The embedded database's postmaster, as its lock file names it while it runs. */
    long postmasterPid() throws IOException {
        return Long.parseLong(lockFileLine(0));
    }

    /** A connection to the server's database, with the password kept in the data folder when there is one. */
    Connection connect() throws IOException, SQLException {
        Path passwordFile = data.resolve("postgres-password");
        String password =
                Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : "";
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + lockFileLine(3) + "/postgres", "postgres", password);
    }

    private String lockFileLine(int index) throws IOException {
        return Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"))
                .get(index)
                .strip();
    }

    /** Waits for a process to end; false if it still runs after {@code wait}. */
    static boolean ends(long pid, Duration wait) throws InterruptedException {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty()) {
            return true;
        }
        try {
            p.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return !p.get().isAlive();
        }
    }

    /** The processes whose working folder is {@code folder}: a PostgreSQL moves into its data folder. */
    static List<ProcessHandle> workingIn(Path folder) {
        return ProcessHandle.allProcesses()
                .filter(p -> {
                    try {
                        return Files.isSameFile(
                                Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd")), folder);
                    } catch (IOException | RuntimeException e) {
                        return false;
                    }
                })
                .toList();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
