package uk.interchange.bench.server;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.interchange.app.server.postgres.DurablePostgres;

/**
 * What fsync costs: small inserts, each its own committed transaction, through a pool of ten connections as the
 * server's, from several clients at once, on the embedded PostgreSQL as it was started before (the library's test
 * defaults: fsync off, synchronous commit off) and as it is now ({@link DurablePostgres}), each on a new folder.
 *
 * <pre>
 * java -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.server.CommitLoop [--seconds 20] [--clients 1,10,50] [--data DIR]
 * </pre>
 *
 * Each run is three seconds of warm-up, not counted, then {@code --seconds} counted; --data should be on the disk
 * the server's data would be on (the default is under bench/target).
 */
public final class CommitLoop {
    private CommitLoop() {}

    /** A started database and the pool onto it. */
    private record Database(HikariDataSource pool, Closeable server) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            pool.close();
            server.close();
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(option(args, "--seconds", "20"));
        int[] clients = Arrays.stream(option(args, "--clients", "1,10,50").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        Path root = Path.of(option(args, "--data", "bench/target/commit-loop"));
        Files.createDirectories(root);
        Path before = Files.createTempDirectory(root, "library-defaults-");
        Path after = Files.createTempDirectory(root, "durable-");
        System.out.printf("small committed inserts, %d s a run, pool of 10, data under %s%n", seconds, root);
        try (Database db = libraryDefaults(before.resolve("postgres"))) {
            run("before (fsync off, synchronous_commit off)", db.pool(), clients, seconds);
        }
        try (Database db = durable(after)) {
            run("after (fsync, synchronous_commit, full_page_writes on)", db.pool(), clients, seconds);
        }
    }

    /** As EmbeddedDatabase started it before: the library's builder with its defaults. */
    private static Database libraryDefaults(Path folder) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setServerConfig("shared_preload_libraries", "pg_prewarm")
                .start();
        return new Database(pool(pg.getJdbcUrl("postgres", "postgres"), ""), pg);
    }

    private static Database durable(Path data) throws Exception {
        DurablePostgres pg = DurablePostgres.start(data, 0);
        return new Database(pool(pg.jdbcUrl(), pg.password()), pg::close);
    }

    private static HikariDataSource pool(String url, String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(DurablePostgres.USER);
        ds.setPassword(password);
        ds.setMaximumPoolSize(10);
        return ds;
    }

    private static void run(String label, HikariDataSource pool, int[] clients, int seconds) throws Exception {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists commit_loop (id bigserial primary key, at timestamptz, note text)");
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (var r = s.executeQuery("show " + setting)) {
                    r.next();
                    label += (setting.equals("fsync") ? " [" : ", ") + setting + "=" + r.getString(1);
                }
            }
        }
        System.out.println(label + "]");
        for (int n : clients) {
            load(pool, n, 3); // warm-up
            long[] latencies = load(pool, n, seconds);
            Arrays.sort(latencies);
            System.out.printf(
                    "  %3d clients: %,8.0f commits/s, p50 %6.2f ms, p99 %6.2f ms (%,d commits)%n",
                    n,
                    latencies.length / (double) seconds,
                    latencies[latencies.length / 2] / 1e6,
                    latencies[(int) (latencies.length * 0.99)] / 1e6,
                    latencies.length);
        }
    }

    /** Each client inserts and commits one row at a time until the time is up; returns every commit's time. */
    private static long[] load(HikariDataSource pool, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> each = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            each.add(threads.submit(() -> {
                long[] times = new long[1024];
                int count = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try (Connection c = pool.getConnection();
                            PreparedStatement p =
                                    c.prepareStatement("insert into commit_loop (at, note) values (now(), ?)")) {
                        p.setString(1, "a small row");
                        p.executeUpdate(); // auto-commit: one transaction, committed on return
                    }
                    if (count == times.length) {
                        times = Arrays.copyOf(times, count * 2);
                    }
                    times[count++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(times, count);
            }));
        }
        threads.shutdown();
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : each) {
            parts.add(f.get());
        }
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
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
