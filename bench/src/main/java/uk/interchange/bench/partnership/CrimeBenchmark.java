package uk.interchange.bench.partnership;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.partnership.response.CrimeImports;
import uk.interchange.app.partnership.response.HotspotStore;
import uk.interchange.bench.BenchAudit;
import uk.interchange.bench.BenchDatabase;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.response.hotspots.HotspotChart;
import uk.interchange.partnership.response.hotspots.Intervention;
import uk.interchange.partnership.response.hotspots.Months;
import uk.interchange.partnership.response.hotspots.Phase;
import uk.interchange.partnership.sharing.Organisation;
import uk.interchange.partnership.sharing.OrganisationType;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * A year of street-level crime for England and Wales (about six million rows, made up, written in the published
 * CSV layout as it is read) imported through the app's own {@code CrimeImports}, with twenty hotspots already
 * recorded so that the import ends by counting them all; then a hotspot's dashboard data (three years of months,
 * phases, interventions) read and drawn, as its page does, many times.
 *
 * <pre>
 * java -Xmx4g -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.partnership.CrimeBenchmark [--rows 6000000] [--data DIR] [--write FILE]
 * </pre>
 *
 * With {@code --write FILE} it only writes the CSV, for an import through a running server.
 */
public final class CrimeBenchmark {
    private CrimeBenchmark() {}

    /** Town centres the made-up crimes gather round (longitude, latitude). */
    static final double[][] TOWNS = {
        {-0.1276, 51.5072}, {-1.8904, 52.4862}, {-2.2426, 53.4808}, {-1.5491, 53.8008}, {-2.9916, 53.4084},
        {-1.4701, 53.3811}, {-2.5879, 51.4545}, {-1.1581, 52.9548}, {-3.1791, 51.4816}, {-1.6178, 54.9783},
        {-0.9781, 51.4543}, {-1.2577, 51.7520}, {-1.0873, 50.8198}, {-1.4044, 50.9097}, {0.1218, 52.2053},
        {-3.9436, 51.6214}, {-2.2350, 53.0027}, {-1.1398, 52.6369}, {-1.5197, 52.4068}, {-0.3763, 53.7457}
    };

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(option(args, "--rows", "6000000"));
        String write = option(args, "--write", "");
        if (!write.isEmpty()) {
            // only the CSV, for an import through the server: ./interchange crimes import FILE
            try (InputStream in = new Generated(rows, 2025);
                    var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(Path.of(write)))) {
                in.transferTo(out);
            }
            System.out.printf("wrote %,d rows to %s%n", rows, write);
            return;
        }
        Path data = Path.of(option(args, "--data", "bench/target/crime-db"));
        try (BenchDatabase db = BenchDatabase.start(data, Map.of("shared_buffers", "2GB", "max_wal_size", "4GB"))) {
            JdbcTemplate jdbc = db.jdbc();
            jdbc.update("insert into partnership.organisation (id, name, type) values ('bench', 'Bench force',"
                    + " 'police-force') on conflict do nothing");
            AuditLog audit = BenchAudit.log(db.dataSource(), data);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
            HotspotStore hotspots = new HotspotStore(jdbc, tx, audit);
            CrimeImports imports = new CrimeImports(db.dataSource(), tx, hotspots, audit);
            Viewer v = new Viewer(
                    "bench",
                    new Organisation("bench", "Bench force", OrganisationType.POLICE_FORCE),
                    Set.of(Role.ANALYST));
            UUID first = null;
            for (double[] t : TOWNS) {
                UUID id = hotspots.create(
                        v,
                        "centre " + t[0],
                        square(t[0], t[1], 0.01),
                        square(t[0] + 0.05, t[1] + 0.05, 0.01),
                        Sharing.ownerOnly("bench", Handling.P));
                first = first == null ? id : first;
            }
            long t0 = System.nanoTime();
            CrimeImports.Report r =
                    imports.importFile(v, "england-and-wales.csv", Optional.empty(), new Generated(rows, 2025));
            double took = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "imported %,d of %,d rows (%,d without a place, %,d left out) and counted 20 hotspots in %.1f s"
                            + " (%,.0f rows/s)%n",
                    r.stored(),
                    r.read(),
                    r.notLocated(),
                    r.problemCount(),
                    took,
                    r.read() / took);
            // two more years for the first hotspot's dashboard: its months are counted from what is stored
            imports.importFile(v, "2023.csv", Optional.empty(), new Generated(rows / 20, 2023));
            imports.importFile(v, "2024.csv", Optional.empty(), new Generated(rows / 20, 2024));
            hotspots.setPhase(v, first, new Phase("clear", LocalDate.of(2025, 3, 1), java.util.Optional.empty()));
            for (int i = 0; i < 30; i++) {
                hotspots.addIntervention(
                        v,
                        first,
                        new Intervention(
                                LocalDate.of(2025, 3, 1).plusDays(i * 9), "arrest", "Bench force", "", "bench"));
            }
            int n = 2000;
            long[] nanos = new long[n];
            int months = 0;
            for (int i = -200; i < n; i++) {
                long s = System.nanoTime();
                Months m = hotspots.months("bench", first);
                var phases = hotspots.phases("bench", first);
                var marks = hotspots.interventions("bench", first);
                String svg = HotspotChart.svg(
                        m.months(),
                        m.hotspot(),
                        m.comparison(),
                        phases.stream()
                                .map(p -> new HotspotChart.Span(
                                        p.phase(), p.starts(), p.ends().orElse(null)))
                                .toList(),
                        marks.stream()
                                .map(x -> new HotspotChart.Mark(x.on(), x.kind()))
                                .toList());
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - s;
                    months = svg.isEmpty() ? 0 : m.months().size();
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "a dashboard's data (%d months, 30 interventions) read and drawn: p50 %.2f ms, p99 %.2f ms, max %.2f"
                            + " ms%n",
                    months,
                    nanos[n / 2] / 1e6,
                    nanos[n * 99 / 100] / 1e6,
                    nanos[n - 1] / 1e6);
            audit.close();
        }
    }

    static String square(double lon, double lat, double half) {
        return String.format(
                Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                lon - half,
                lat - half,
                lon + half,
                lat - half,
                lon + half,
                lat + half,
                lon - half,
                lat + half,
                lon - half,
                lat - half);
    }

    /**
     * The CSV, made as it is read: a third of the crimes round the town centres, the rest anywhere in England and
     * Wales's box, one in fifty without a place, as published data has. The same rows for the same count and year.
     */
    static final class Generated extends InputStream {
        private static final String[] TYPES = {
            "Anti-social behaviour", "Violence and sexual offences", "Shoplifting", "Burglary", "Vehicle crime",
            "Criminal damage and arson", "Drugs", "Public order", "Other theft", "Robbery"
        };
        private final int rows;
        private final int year;
        private final Random random = new Random(7);
        private int made = -1;
        private byte[] pending = new byte[0];
        private int at;

        Generated(int rows, int year) {
            this.rows = rows;
            this.year = year;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (at == pending.length) {
                if (made >= rows) {
                    return -1;
                }
                pending = (made < 0
                                ? "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                                        + "LSOA name,Crime type,Last outcome category,Context\n"
                                : line(made))
                        .getBytes(StandardCharsets.UTF_8);
                made++;
                at = 0;
            }
            int n = Math.min(len, pending.length - at);
            System.arraycopy(pending, at, buf, off, n);
            at += n;
            return n;
        }

        private String line(int i) {
            int month = 1 + i % 12;
            String where;
            if (random.nextInt(50) == 0) {
                where = ",,No location";
            } else if (random.nextInt(3) == 0) {
                double[] t = TOWNS[random.nextInt(TOWNS.length)];
                where = String.format(
                        Locale.ROOT,
                        "%.6f,%.6f,On or near High Street",
                        t[0] + random.nextGaussian() * 0.02,
                        t[1] + random.nextGaussian() * 0.02);
            } else {
                where = String.format(
                        Locale.ROOT,
                        "%.6f,%.6f,On or near Church Road",
                        -5.5 + random.nextDouble() * 7.2,
                        50.0 + random.nextDouble() * 5.8);
            }
            return String.format(
                    Locale.ROOT,
                    "%016x,%d-%02d,Bench Police,Bench Police,%s,E01%06d,Somewhere %03dA,%s,Under investigation,\n",
                    random.nextLong(),
                    year,
                    month,
                    where,
                    i % 35000,
                    i % 1000,
                    TYPES[random.nextInt(TYPES.length)]);
        }

        @Override
        public void close() {}
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
