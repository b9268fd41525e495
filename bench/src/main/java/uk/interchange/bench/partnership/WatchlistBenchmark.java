package uk.interchange.bench.partnership;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.partnership.store.Watchlists;
import uk.interchange.bench.BenchDatabase;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.Screener;
import uk.interchange.partnership.screening.ScreeningCsv;

/**
 * What the web app's screening costs over the database: the covering force's watchlist read with the sharing rule
 * and indexed ({@code Watchlists.of}, once per screening), then one tender's bidder (a company and five officers)
 * screened. Runs on the database {@code SearchBenchmark} fills; run that first with the same {@code --data}.
 *
 * <pre>
 * java -Xmx8g -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.partnership.WatchlistBenchmark --data /tmp/search-1m
 * </pre>
 */
public final class WatchlistBenchmark {
    private WatchlistBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(option(args, "--data", "bench/target/search-db"));
        try (BenchDatabase db = BenchDatabase.start(data, Map.of("shared_buffers", "2GB"))) {
            JdbcTemplate jdbc = db.jdbc();
            repair(db, jdbc);
            Watchlists watchlists = new Watchlists(jdbc);
            SearchBenchmark.Names names = SearchBenchmark.Names.load();
            Nicknames nicknames = Nicknames.builtIn();
            SplittableRandom r = new SplittableRandom(5);
            for (String force : List.of("org0", "org1", "org2", "org0")) {
                Long readable = jdbc.queryForObject(
                        "select count(*) from partnership.entity e where e.erased_at is null and (e.owner_id = ?"
                                + " or ? = any(e.shared_orgs) or (e.handling = 'P' and e.shared_groups && array("
                                + "select group_id from partnership.group_member where organisation_id = ?)))",
                        Long.class,
                        force,
                        force,
                        force);
                System.gc();
                long t0 = System.nanoTime();
                Screener screener = watchlists.of(force);
                double built = (System.nanoTime() - t0) / 1e9;
                Runtime rt = Runtime.getRuntime();
                long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
                int n = 200;
                long[] nanos = new long[n];
                for (int i = 0; i < n; i++) {
                    Map<String, List<Party>> bidder = Map.of("B", bidder(names, nicknames, r));
                    long s0 = System.nanoTime();
                    screener.screen(bidder, Screener.Options.defaults());
                    nanos[i] = System.nanoTime() - s0;
                }
                Arrays.sort(nanos);
                System.out.printf(
                        "%s: %,d records readable; watchlist read and indexed in %.1f s (heap %,d MB);"
                                + " a bidder screened in p50 %.2f ms, p99 %.2f ms%n",
                        force, readable, built, heap, nanos[n / 2] / 1e6, nanos[n * 99 / 100] / 1e6);
            }
        }
    }

    /** Fills in the bodies of records made by an older SearchBenchmark, which wrote "{}" for each. */
    private static void repair(BenchDatabase db, JdbcTemplate jdbc) throws Exception {
        Long empty = jdbc.queryForObject("select count(*) from partnership.entity where body = '{}'", Long.class);
        if (empty == null || empty == 0) {
            return;
        }
        long t0 = System.nanoTime();
        SplittableRandom r = new SplittableRandom(3);
        StringBuilder rows = new StringBuilder();
        jdbc.query("select owner_id, id, kind, label from partnership.entity where body = '{}'", rs -> {
            rows.append(rs.getString(1))
                    .append('\t')
                    .append(rs.getString(2))
                    .append('\t')
                    .append(SearchBenchmark.body(rs.getString(3), rs.getString(4), r))
                    .append('\n');
        });
        try (var c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("create temp table fixed (owner_id text, id uuid, body jsonb) on commit drop");
            }
            c.unwrap(org.postgresql.PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy fixed from stdin", new java.io.StringReader(rows.toString()));
            try (var st = c.createStatement()) {
                st.execute("update partnership.entity e set body = f.body from fixed f"
                        + " where e.owner_id = f.owner_id and e.id = f.id");
            }
            c.commit();
        }
        System.out.printf("gave %,d records their bodies in %.0f s%n", empty, (System.nanoTime() - t0) / 1e9);
    }

    private static List<Party> bidder(SearchBenchmark.Names names, Nicknames nicknames, SplittableRandom r) {
        List<Party> out = new ArrayList<>();
        Map<String, String> company = new HashMap<>();
        company.put("company_name", names.surname(r) + " Services Ltd");
        company.put("postcode", names.postcode(r));
        out.add(ScreeningCsv.party("c", 1, "company", company, nicknames));
        for (int k = 0; k < 5; k++) {
            Map<String, String> person = new HashMap<>();
            person.put("given_name", names.first(r));
            person.put("surname", names.surname(r));
            person.put("date_of_birth", String.format("%02d/%d", 1 + r.nextInt(12), 1950 + r.nextInt(50)));
            out.add(ScreeningCsv.party("p" + k, k + 2, "person", person, nicknames));
        }
        return out;
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
