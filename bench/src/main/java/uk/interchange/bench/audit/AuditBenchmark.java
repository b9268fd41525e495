package uk.interchange.bench.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.audit.AuditAction;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditRecord;
import uk.interchange.app.audit.AuditStore;
import uk.interchange.app.audit.HeadFile;
import uk.interchange.app.audit.TreeHead;
import uk.interchange.app.audit.Verifier;
import uk.interchange.bench.BenchAudit;
import uk.interchange.bench.BenchDatabase;

/**
 * The audit log's speed: many callers appending at once through the app's own log (each waits for its entry's
 * commit, as a request would), how soon the writer has numbered and chained them all, then the whole log verified.
 *
 * <pre>
 * java -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.audit.AuditBenchmark [--entries 1000000] [--callers 64] [--data DIR]
 * </pre>
 *
 * The database is a fresh embedded PostgreSQL with fsync and synchronous commit on (as the app's own: an entry is on
 * disk when its caller hears so), in a new folder under the system's temporary folder unless --data names one.
 */
public final class AuditBenchmark {
    private AuditBenchmark() {}

    public static void main(String[] args) throws Exception {
        long entries = Long.parseLong(option(args, "--entries", "1000000"));
        int callers = Integer.parseInt(option(args, "--callers", "64"));
        Path data = Path.of(
                option(args, "--data", Files.createTempDirectory("audit-bench-").toString()));
        // durable, as the app's embedded database is: each commit waits for the disk
        try (BenchDatabase db = BenchDatabase.start(
                data, Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"))) {
            HikariDataSource ds = db.dataSource();
            AuditStore store = new AuditStore(new JdbcTemplate(ds));
            AuditLog log = BenchAudit.log(ds, data);
            long before = log.size();
            long started = System.nanoTime();
            append(log, entries, callers);
            // appends commit to audit.pending; the writer numbers and chains them behind: how far behind it is
            long t1 = System.nanoTime();
            if (!log.awaitChained(java.time.Duration.ofMinutes(30))) {
                System.out.println("the writer had not chained every entry after 30 minutes");
            }
            System.out.printf(
                    "all chained %.1f s after the first append (%.1f s after the last)%n",
                    (System.nanoTime() - started) / 1e9, (System.nanoTime() - t1) / 1e9);
            log.close();
            long heads = new JdbcTemplate(ds).queryForObject("select count(*) from audit.tree_head", Long.class);
            System.out.printf(
                    "%,d entries written (%,d before), %,d signed tree heads%n", log.size() - before, before, heads);
            for (int run = 1; run <= 2; run++) {
                long t0 = System.nanoTime();
                Verifier.Result r = store.verify(store.keys());
                System.out.printf(
                        "verify run %d: %,d entries, %,d heads, intact %s, %.2f s%n",
                        run, r.entries(), r.heads(), r.intact(), (System.nanoTime() - t0) / 1e9);
            }
            // as `audit verify --head` does with an old kept head: the proof then spans nearly the whole log
            Optional<TreeHead> oldest =
                    HeadFile.at(data.resolve("audit-heads")).read().stream().findFirst();
            long t0 = System.nanoTime();
            Verifier.Result r = store.verify(store.keys(), oldest);
            System.out.printf(
                    "verify against the oldest kept head (%,d entries): intact %s, consistency proof %s, %.2f s%n",
                    oldest.map(TreeHead::size).orElse(0L),
                    r.intact(),
                    r.consistency()
                            .map(c -> c.hashes() + " hashes, verified " + c.verified())
                            .orElse("none"),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void append(AuditLog log, long entries, int callers) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < callers; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                long i;
                while ((i = next.getAndIncrement()) < entries) {
                    log.append(new AuditRecord(
                            "analyst-" + (i % 50),
                            i % 3 == 0 ? "Thames Valley Police" : "Reading Borough Council",
                            i % 10 == 0 ? AuditAction.VIEW : AuditAction.LOOKUP,
                            "person",
                            "P-" + (i * 7919 % 1_000_003),
                            "Operation Kestrel: screening the bidders for the waste collection contract",
                            Optional.of("OP-KESTREL"),
                            Optional.empty()));
                    done.incrementAndGet();
                }
            }));
        }
        // the rate over each ten-second window, so "sustained" means the slowest window, not the average
        long last = 0;
        long windowStart = System.nanoTime();
        double slowest = Double.MAX_VALUE;
        while (threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(200);
            long now = System.nanoTime();
            if (now - windowStart >= 10_000_000_000L) {
                long d = done.get();
                double rate = (d - last) / ((now - windowStart) / 1e9);
                System.out.printf(
                        "  %,d written, %,.0f a second over the last %.0f s%n", d, rate, (now - windowStart) / 1e9);
                slowest = Math.min(slowest, rate);
                last = d;
                windowStart = now;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String window =
                slowest == Double.MAX_VALUE ? "" : String.format(", %,.0f in the slowest ten-second window", slowest);
        System.out.printf(
                "appended %,d entries with %d callers in %.1f s: %,.0f a second on average%s%n",
                done.get(), callers, seconds, done.get() / seconds, window);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
