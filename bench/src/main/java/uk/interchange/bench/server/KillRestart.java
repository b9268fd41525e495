package uk.interchange.bench.server;

import java.io.IOException;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The server killed with SIGKILL and started again on the same data folder, again and again: how many restarts
 * answer at the first attempt, how long each takes to answer, whether every row committed before a kill is there
 * after it, and whether anything is left running at the end. Loopback only; each server in a JVM of its own.
 *
 * <pre>
 * java -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.server.KillRestart [--runs 10] [--kill server|all] [--data DIR] [--server-classpath CP]
 * </pre>
 *
 * {@code --kill server} kills the server's JVM only (kill -9 of its pid); {@code --kill all} kills its JVM, its
 * children and its PostgreSQL at once, as a container runtime or systemd does when its stop times out.
 * {@code --server-classpath} runs another build of the server (an older one, to compare); the harness reads the
 * data folder as any program could, with the password kept there if there is one.
 */
public final class KillRestart {
    private static final Duration START_WAIT = Duration.ofMinutes(3);
    private static final String TABLE = "public.kill_restart_bench";

    private KillRestart() {}

    record Run(int number, int attempts, double secondsToAnswer, long rowsFound, long rowsExpected, boolean orphan) {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(option(args, "--runs", "10"));
        boolean killAll = option(args, "--kill", "server").equals("all");
        Path data = Path.of(option(
                args, "--data", Files.createTempDirectory("kill-restart-").toString()));
        String classpath = option(args, "--server-classpath", System.getProperty("java.class.path"));
        Path logs = Files.createDirectories(data.resolveSibling(data.getFileName() + "-logs"));
        System.out.printf(
                "%d kills (%s) and restarts on %s; server logs in %s%n",
                runs, killAll ? "JVM, children and PostgreSQL" : "JVM only", data, logs);

        long committed = 0;
        Server server = Server.start(classpath, data, logs.resolve("first.log"));
        System.out.printf("first start (a new folder): %.1f s to answer%n", server.secondsToAnswer);
        committed += commitARow(server);
        List<Run> results = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            long postmaster = server.postmasterPid();
            server.kill(killAll);
            int attempts = 0;
            Server next = null;
            while (next == null && attempts < 3) {
                attempts++;
                try {
                    next = Server.start(classpath, data, logs.resolve("run-" + i + "-" + attempts + ".log"));
                } catch (IllegalStateException e) {
                    System.out.printf("run %d attempt %d failed: %s%n", i, attempts, e.getMessage());
                }
            }
            if (next == null) {
                System.out.printf("run %d: no attempt answered; stopping%n", i);
                break;
            }
            server = next;
            boolean orphan =
                    ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false);
            long found = rows(server);
            Run r = new Run(i, attempts, server.secondsToAnswer, found, committed, orphan);
            results.add(r);
            System.out.printf(
                    "run %2d: %s, %.1f s to answer, %d of %d committed rows found%s%n",
                    i,
                    attempts == 1 ? "answered first time" : "answered at attempt " + attempts,
                    r.secondsToAnswer(),
                    found,
                    committed,
                    orphan ? "; the killed server's PostgreSQL was still running" : "");
            committed += commitARow(server);
        }
        Path folder = data.resolve("postgres");
        server.stop();
        List<ProcessHandle> left = workingIn(folder);
        long firstTime = results.stream().filter(r -> r.attempts() == 1).count();
        double[] secs = results.stream()
                .filter(r -> r.attempts() == 1)
                .mapToDouble(Run::secondsToAnswer)
                .sorted()
                .toArray();
        System.out.printf(
                "%d of %d restarts answered first time; every committed row kept: %s; left running after the last"
                        + " stop: %d process(es)%n",
                firstTime,
                runs,
                results.stream().allMatch(r -> r.rowsFound() == r.rowsExpected()) ? "yes" : "NO",
                left.size());
        if (secs.length > 0) {
            System.out.printf(
                    "time to answer after a kill: median %.1f s, min %.1f s, max %.1f s%n",
                    secs[secs.length / 2], secs[0], secs[secs.length - 1]);
        }
    }

    /** One `interchange serve`, started and waited for until it answers over HTTP. */
    private static final class Server {
        final Process process;
        final Path data;
        final double secondsToAnswer;

        private Server(Process process, Path data, double secondsToAnswer) {
            this.process = process;
            this.data = data;
            this.secondsToAnswer = secondsToAnswer;
        }

        static Server start(String classpath, Path data, Path log) throws IOException, InterruptedException {
            int port = freePort();
            String java = ProcessHandle.current().info().command().orElse("java");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(List.of(
                            java,
                            "-cp",
                            classpath,
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
            HttpClient http = HttpClient.newHttpClient();
            long deadline = t0 + START_WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(
                            "exited with status " + p.exitValue() + " (" + lastCause(log) + "); see " + log);
                }
                try {
                    HttpResponse<Void> r = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return new Server(p, data, (System.nanoTime() - t0) / 1e9);
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            p.destroyForcibly();
            throw new IllegalStateException("did not answer within " + START_WAIT + "; see " + log);
        }

        long postmasterPid() throws IOException {
            return Long.parseLong(lockFileLine(0));
        }

        int dbPort() throws IOException {
            return Integer.parseInt(lockFileLine(3));
        }

        private String lockFileLine(int index) throws IOException {
            return Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"))
                    .get(index)
                    .strip();
        }

        Connection connect() throws IOException, SQLException {
            Path file = data.resolve("postgres-password");
            String password = Files.exists(file) ? Files.readString(file).strip() : "";
            return DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + dbPort() + "/postgres", "postgres", password);
        }

        void kill(boolean all) throws IOException, InterruptedException {
            List<ProcessHandle> victims = new ArrayList<>();
            victims.add(process.toHandle());
            if (all) {
                process.toHandle().children().forEach(victims::add);
                ProcessHandle.of(postmasterPid()).ifPresent(victims::add);
            }
            victims.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(1, TimeUnit.MINUTES);
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(2, TimeUnit.MINUTES);
        }
    }

    private static long commitARow(Server server) throws Exception {
        try (Connection c = server.connect();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists " + TABLE + " (id bigserial primary key, at timestamptz)");
            s.execute("insert into " + TABLE + " (at) values (now())"); // auto-commit: committed on return
        }
        return 1;
    }

    private static long rows(Server server) throws Exception {
        try (Connection c = server.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + TABLE)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A PostgreSQL moves into its data folder: any process working there is one left running. */
    private static List<ProcessHandle> workingIn(Path folder) {
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

    private static String lastCause(Path log) {
        try {
            Optional<String> cause = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("Caused by:"))
                    .reduce((a, b) -> b);
            return cause.orElse("no cause in its log");
        } catch (IOException e) {
            return "no log";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
