package uk.interchange.bench.roadworks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.roadworks.ask.ClosureQuery;
import uk.interchange.app.roadworks.ask.Closures;
import uk.interchange.app.roadworks.clash.ClashCheck;
import uk.interchange.bench.BenchDatabase;

/**
 * The store benchmark: a national-scale set of synthetic works in the app's own schema, then the app's own queries
 * timed one by one ("closed at t on road R", "closed at t in a county") and the full clash check over one month.
 *
 * <pre>
 * java -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.roadworks.StoreBenchmark [--works 1000000] [--data bench/target/store-db]
 *     [--a-roads 240] [--shared-buffers 6GB] [--prewarm] [--only queries|clash] [--hold]
 * </pre>
 *
 * The data folder is kept: a second run reuses the generated works. {@code --hold} leaves the database running and
 * prints its URL, for a server to be started on it (the load test in docs/benchmarks.md).
 */
public final class StoreBenchmark {
    static final Instant BASE = LocalDate.of(2027, 1, 4).atStartOfDay().toInstant(ZoneOffset.UTC);
    static final int QUERIES = 2_000;
    private static int aRoads = 240;

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        int works = Integer.parseInt(option(args, "--works", "1000000"));
        // the A-roads the works are spread over (with 60 motorways); more roads, fewer works on each at a time
        aRoads = Integer.parseInt(option(args, "--a-roads", "240"));
        Path data = Path.of(option(args, "--data", "bench/target/store-db"));
        boolean hold = Arrays.asList(args).contains("--hold");
        // a quarter of this machine's memory, as PostgreSQL's own guidance suggests for a dedicated server
        String buffers = option(args, "--shared-buffers", "6GB");
        try (BenchDatabase db = BenchDatabase.start(
                data,
                Map.of(
                        "shared_buffers",
                        buffers,
                        "work_mem",
                        "64MB",
                        "max_wal_size",
                        "4GB",
                        // as the server's embedded database does: pages in memory are read back after a restart
                        "shared_preload_libraries",
                        "pg_prewarm"))) {
            JdbcTemplate jdbc = db.jdbc();
            generate(jdbc, works);
            System.out.printf("%s%n", describe(jdbc));
            String only = option(args, "--only", "all");
            if (Arrays.asList(args).contains("--prewarm")) {
                prewarm(jdbc);
            }
            if (!only.equals("clash")) {
                timeQueries(jdbc);
            }
            if (!only.equals("queries")) {
                timeClashCheck(jdbc);
            }
            if (hold) {
                System.out.println("Holding the database at " + db.url() + " ; press Ctrl-C to stop.");
                Thread.currentThread().join();
            }
        }
    }

    private static void generate(JdbcTemplate jdbc, int works) throws IOException {
        jdbc.update("insert into roadworks.authority (id, name) values ('bench', 'Benchmark authority')"
                + " on conflict do nothing");
        Long have = jdbc.queryForObject("select count(*) from roadworks.work where authority_id = 'bench'", Long.class);
        long done = have == null ? 0 : have;
        if (done >= works) {
            return;
        }
        String sql;
        try (InputStream in = StoreBenchmark.class.getResourceAsStream("/generate-works.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long t0 = System.nanoTime();
        int batch = 100_000;
        for (long first = done + 1; first <= works; first += batch) {
            int n = (int) Math.min(batch, works - first + 1);
            jdbc.execute(sql.replace(":first", Long.toString(first))
                    .replace(":n", Integer.toString(n))
                    .replace(":aroads", Integer.toString(aRoads))
                    .replace(":base", "'" + BASE + "'"));
            System.out.printf("generated %,d works%n", first + n - 1);
        }
        jdbc.execute("vacuum analyze");
        System.out.printf(
                "generation took %d s%n",
                Duration.ofNanos(System.nanoTime() - t0).toSeconds());
    }

    /**
     * Loads the occurrence table and its indexes into shared buffers, as a server that has been answering for a while
     * has them: the steady state, rather than the first minutes after a restart.
     */
    private static void prewarm(JdbcTemplate jdbc) {
        jdbc.execute("create extension if not exists pg_prewarm");
        long t0 = System.nanoTime();
        for (String rel : List.of(
                "roadworks.occurrence", "roadworks.occurrence_road_during", "roadworks.occurrence_county_during")) {
            jdbc.queryForObject("select pg_prewarm(?::regclass)", Long.class, rel);
        }
        System.out.printf(
                "prewarmed the occurrence table and its road and county indexes in %.1f s%n",
                (System.nanoTime() - t0) / 1e9);
    }

    private static String describe(JdbcTemplate jdbc) {
        return String.format(
                "works %,d; restrictions %,d; occurrences %,d; database %s",
                jdbc.queryForObject("select count(*) from roadworks.work", Long.class),
                jdbc.queryForObject("select count(*) from roadworks.restriction", Long.class),
                jdbc.queryForObject("select count(*) from roadworks.occurrence", Long.class),
                jdbc.queryForObject("select pg_size_pretty(pg_database_size('postgres'))", String.class));
    }

    private static void timeQueries(JdbcTemplate jdbc) {
        Closures closures = new Closures(jdbc);
        SplittableRandom random = new SplittableRandom(42);
        for (String kind : List.of("road", "county")) {
            long[] nanos = new long[QUERIES];
            long rows = 0;
            for (int i = -200; i < QUERIES; i++) { // the first 200 warm the caches and are not counted
                Instant t = BASE.plus(Duration.ofMinutes(random.nextLong(300L * 24 * 60)));
                String road =
                        random.nextInt(5) == 0 ? "M" + (1 + random.nextInt(60)) : "A" + (1 + random.nextInt(aRoads));
                String county = "County " + (1 + random.nextInt(48));
                ClosureQuery q = new ClosureQuery(
                        t,
                        t,
                        kind.equals("road") ? Optional.of(road) : Optional.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Optional.empty(),
                        kind.equals("county") ? Optional.of(county) : Optional.empty(),
                        Optional.empty());
                long s = System.nanoTime();
                int found = closures.find(q).size();
                long e = System.nanoTime() - s;
                if (i >= 0) {
                    nanos[i] = e;
                    rows += found;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "closed at t %-7s %d queries: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.1f rows each%n",
                    "(" + kind + ")",
                    QUERIES,
                    ms(nanos[QUERIES / 2]),
                    ms(nanos[QUERIES * 9 / 10]),
                    ms(nanos[QUERIES * 99 / 100]),
                    ms(nanos[QUERIES - 1]),
                    rows / (double) QUERIES);
        }
    }

    private static void timeClashCheck(JdbcTemplate jdbc) {
        ClashCheck check = new ClashCheck(jdbc, 3);
        Instant from = BASE.plus(Duration.ofDays(120));
        Instant to = from.plus(Duration.ofDays(30));
        Long active = jdbc.queryForObject(
                "select count(distinct work_id) from roadworks.occurrence where during && tstzrange(?, ?)",
                Long.class,
                java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(to));
        for (int run = 1; run <= 3; run++) {
            long s = System.nanoTime();
            var items = check.itemsBetween(from, to);
            long read = System.nanoTime();
            int clashes = check.finder().find(items).size();
            long done = System.nanoTime();
            System.out.printf(
                    "clash check over one month (%,d works active, %,d restrictions read): run %d took %.2f s"
                            + " (reading %.2f s, finding %.2f s), %,d clashes%n",
                    active, items.size(), run, (done - s) / 1e9, (read - s) / 1e9, (done - read) / 1e9, clashes);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
