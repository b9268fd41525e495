package uk.interchange.bench.partnership;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.bench.BenchAudit;
import uk.interchange.bench.BenchDatabase;
import uk.interchange.partnership.sharing.Organisation;
import uk.interchange.partnership.sharing.OrganisationType;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Search over a million partnership entities with the sharing rule applied, through the app's own
 * {@code EntityStore.search} (each search also appends its audit entry, as in the app).
 *
 * <pre>
 * java -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.partnership.SearchBenchmark [--entities 1000000] [--data DIR]
 * </pre>
 *
 * Names and postcodes are drawn from ../shared/data/splink/historical_50k.csv when it is there (so common surnames
 * are common), otherwise from small made-up lists. Twelve organisations own the records; about a third are shared
 * with one or two others, a third with a sharing group, under handling code P or C at random.
 */
public final class SearchBenchmark {
    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entities = Integer.parseInt(option(args, "--entities", "1000000"));
        Path data = Path.of(option(args, "--data", "bench/target/search-db"));
        try (BenchDatabase db = BenchDatabase.start(data, Map.of("shared_buffers", "2GB"))) {
            HikariDataSource ds = db.dataSource();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            Names names = Names.load();
            Long have = jdbc.queryForObject("select count(*) from partnership.entity", Long.class);
            if (have == null || have < entities) {
                long t0 = System.nanoTime();
                generate(ds, jdbc, names, entities);
                System.out.printf("generated %,d entities in %.0f s%n", entities, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(
                    "%,d entities, %,d search keys, %s%n",
                    jdbc.queryForObject("select count(*) from partnership.entity", Long.class),
                    jdbc.queryForObject("select count(*) from partnership.search_key", Long.class),
                    jdbc.queryForObject(
                            "select pg_size_pretty(sum(pg_total_relation_size(c.oid))) from pg_class c"
                                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'partnership'",
                            String.class));
            AuditLog audit = BenchAudit.log(ds, data);
            EntityStore store = new EntityStore(jdbc, audit, new Organisations(jdbc));
            SplittableRandom r = new SplittableRandom(11);
            for (String kind : new String[] {"surname", "full name", "postcode"}) {
                time(store, names, r, kind, 200, false);
                time(store, names, r, kind, 2000, true);
            }
            audit.close();
        }
    }

    private static void time(EntityStore store, Names names, SplittableRandom r, String kind, int n, boolean print) {
        long[] nanos = new long[n];
        long rows = 0;
        for (int i = 0; i < n; i++) {
            int org = r.nextInt(12);
            Viewer v = new Viewer(
                    "analyst",
                    new Organisation("org" + org, "Org " + org, OrganisationType.POLICE_FORCE),
                    Set.of(Role.ANALYST));
            String q =
                    switch (kind) {
                        case "surname" -> names.surname(r);
                        case "full name" -> names.first(r) + " " + names.surname(r);
                        default -> names.postcode(r);
                    };
            long t0 = System.nanoTime();
            rows += store.search(v, q, "benchmark", Optional.of("OP-BENCH")).size();
            nanos[i] = System.nanoTime() - t0;
        }
        if (print) {
            Arrays.sort(nanos);
            System.out.printf(
                    "search by %-9s %d searches: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms;"
                            + " %.1f results each%n",
                    kind,
                    n,
                    nanos[n / 2] / 1e6,
                    nanos[n * 9 / 10] / 1e6,
                    nanos[n * 99 / 100] / 1e6,
                    nanos[n - 1] / 1e6,
                    (double) rows / n);
        }
    }

    private static void generate(HikariDataSource ds, JdbcTemplate jdbc, Names names, int entities) throws Exception {
        for (int o = 0; o < 12; o++) {
            jdbc.update(
                    "insert into partnership.organisation values (?, ?, ?) on conflict do nothing",
                    "org" + o,
                    "Organisation " + o,
                    o < 6 ? "police-force" : o < 9 ? "local-authority" : "partner-agency");
        }
        for (int g = 0; g < 2; g++) {
            jdbc.update(
                    "insert into partnership.sharing_group values (?, ?) on conflict do nothing",
                    "g" + g,
                    "Group " + g);
            for (int o = g * 5; o < g * 5 + 7; o++) {
                jdbc.update(
                        "insert into partnership.group_member values (?, ?) on conflict do nothing",
                        "g" + g,
                        "org" + o);
            }
        }
        SplittableRandom r = new SplittableRandom(5);
        int chunk = 50_000;
        try (var c = ds.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int start = 0; start < entities; start += chunk) {
                StringBuilder e = new StringBuilder();
                StringBuilder k = new StringBuilder();
                for (int i = start; i < Math.min(entities, start + chunk); i++) {
                    String owner = "org" + r.nextInt(12);
                    UUID id = new UUID(r.nextLong(), r.nextLong());
                    int how = r.nextInt(3);
                    String orgs = how == 0 ? "{org" + r.nextInt(12) + "}" : "{}";
                    String groups = how == 1 ? "{g" + r.nextInt(2) + "}" : "{}";
                    String handling = r.nextInt(4) == 0 ? "C" : "P";
                    boolean address = i % 4 == 3;
                    String label;
                    List<String> keys = new ArrayList<>();
                    if (address) {
                        label = names.postcode(r);
                        keys.add("pc:" + label);
                    } else {
                        String first = names.first(r);
                        String surname = names.surname(r);
                        label = first + " " + surname;
                        keys.add("nm:" + first);
                        keys.add("nm:" + surname);
                    }
                    e.append(owner)
                            .append('\t')
                            .append(id)
                            .append('\t')
                            .append(address ? "address" : "person")
                            .append('\t')
                            .append(label)
                            .append('\t')
                            .append(body(address ? "address" : "person", label, r))
                            .append('\t')
                            .append(handling)
                            .append('\t')
                            .append(orgs)
                            .append('\t')
                            .append(groups)
                            .append('\n');
                    for (String key : keys) {
                        k.append(String.join(
                                        "\t",
                                        owner,
                                        id.toString(),
                                        key,
                                        address ? "address" : "person",
                                        label,
                                        handling,
                                        orgs,
                                        groups))
                                .append('\n');
                    }
                }
                copy.copyIn(
                        "copy partnership.entity (owner_id, id, kind, label, body, handling, shared_orgs,"
                                + " shared_groups) from stdin",
                        new StringReader(e.toString()));
                copy.copyIn(
                        "copy partnership.search_key (owner_id, entity_id, key, kind, label, handling, shared_orgs,"
                                + " shared_groups) from stdin",
                        new StringReader(k.toString()));
            }
        }
        jdbc.execute("analyze partnership.entity");
        jdbc.execute("analyze partnership.search_key");
    }

    /** Given names, surnames and postcodes, in the proportions the 50k set has them. */
    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /**
     * The stored body of a made-up person ("Given Surname", with a date of birth) or address (its postcode), as the
     * app's EntityStore writes it, escaped for COPY's text format.
     */
    static String body(String kind, String label, SplittableRandom r) {
        uk.interchange.partnership.model.Entity e;
        if (kind.equals("address")) {
            e = new uk.interchange.partnership.model.Entity.Address(
                    "",
                    "",
                    List.of(),
                    uk.interchange.partnership.model.Postcode.parse(label).value());
        } else {
            int space = label.indexOf(' ');
            e = new uk.interchange.partnership.model.Entity.Person(
                    "",
                    "",
                    new uk.interchange.partnership.model.PersonName(
                            Optional.empty(), List.of(label.substring(0, space)), label.substring(space + 1)),
                    List.of(),
                    Optional.of(new uk.interchange.partnership.model.PartialDate(
                            1940 + r.nextInt(65),
                            java.util.OptionalInt.of(1 + r.nextInt(12)),
                            java.util.OptionalInt.of(1 + r.nextInt(28)))));
        }
        return JSON.writeValueAsString(e).replace("\\", "\\\\");
    }

    record Names(List<String> firsts, List<String> surnames, List<String> postcodes) {
        static Names load() throws IOException {
            Path csv = Path.of("../shared/data/splink/historical_50k.csv");
            if (!Files.exists(csv)) {
                System.out.println("../shared/data not found: using made-up names");
                return new Names(
                        List.of("JOHN", "MARY", "AMARA", "PIOTR", "SITA"),
                        List.of("SMITH", "SMITH", "JONES", "OKONKWO", "KOWALSKI", "PATEL", "EVANS"),
                        List.of("RG1 1AA", "OX1 2JD", "SL1 4DX"));
            }
            List<String> f = new ArrayList<>();
            List<String> s = new ArrayList<>();
            List<String> p = new ArrayList<>();
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, 50_000)) {
                String[] c = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                if (c.length < 9 || c[4].isBlank() || c[5].isBlank() || c[8].isBlank()) {
                    continue;
                }
                f.add(c[4].toUpperCase().replaceAll("[^A-Z]", ""));
                s.add(c[5].toUpperCase().replaceAll("[^A-Z]", ""));
                p.add(c[8].toUpperCase().strip());
            }
            f.removeIf(String::isEmpty);
            s.removeIf(String::isEmpty);
            return new Names(f, s, p);
        }

        String first(SplittableRandom r) {
            return firsts.get(r.nextInt(firsts.size()));
        }

        String surname(SplittableRandom r) {
            return surnames.get(r.nextInt(surnames.size()));
        }

        String postcode(SplittableRandom r) {
            return postcodes.get(r.nextInt(postcodes.size()));
        }
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
