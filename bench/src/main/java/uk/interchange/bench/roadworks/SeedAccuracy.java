package uk.interchange.bench.roadworks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.interchange.roadworks.bulletin.BulletinReader;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.check.Agreement;
import uk.interchange.roadworks.check.Expected;

/**
 * Accuracy of the bulletin reader on the project's seed bulletins (../shared/seeds/press-releases-2017-03.txt),
 * against an answer made by hand (resources/seed/press-releases-2017-03.expected). Agreement is counted the way the
 * project's bar is set: occurrence by occurrence on (road, direction, type, start, end). Also runs over the four
 * regional fixtures. Skips, saying so, when ../shared is not there.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar uk.interchange.bench.roadworks.SeedAccuracy [SHARED_DIR]}
 */
public final class SeedAccuracy {
    private SeedAccuracy() {}

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path seed = shared.resolve("seeds/press-releases-2017-03.txt");
        List<String[]> rows = new ArrayList<>();
        if (Files.isRegularFile(seed)) {
            ReadResult r = read(Files.readString(seed, StandardCharsets.UTF_8));
            rows.add(report("seed: press-releases-2017-03", r, Expected.load("/seed/press-releases-2017-03.expected")));
        } else {
            System.out.println("skipped the seed: " + seed + " is not there (run from the project root, or give the"
                    + " shared folder as the first argument)");
        }
        for (String f : BulletinCorpus.FIXTURES) {
            ReadResult r = read(BulletinCorpus.fixture(f));
            rows.add(report("fixture: " + f, r, Expected.parse(BulletinCorpus.answer(f))));
        }
        System.out.println();
        System.out.printf(
                "%-34s %9s %7s %8s %9s %9s %7s%n",
                "bulletin", "expected", "found", "matched", "precision", "recall", "score");
        for (String[] row : rows) {
            System.out.printf("%-34s %9s %7s %8s %9s %9s %7s%n", (Object[]) row);
        }
    }

    private static ReadResult read(String text) {
        return BulletinReader.read(text, new BulletinReader.Options(Optional.empty(), LocalDate.now()));
    }

    private static String[] report(String name, ReadResult r, Expected.Answer want) {
        Agreement a = Agreement.of(want.occurrences(), Agreement.occurrences(r));
        List<Expected.Open> openFound = Agreement.openEnded(r);
        System.out.printf(
                "%n== %s: %d works, %d warnings%n",
                name, r.works().size(), r.warnings().size());
        a.missing().forEach(o -> System.out.println("  missing: " + o));
        a.extra().forEach(o -> System.out.println("  extra:   " + o));
        List<Expected.Open> openMissing = new ArrayList<>(want.open());
        openFound.forEach(openMissing::remove);
        List<Expected.Open> openExtra = new ArrayList<>(openFound);
        want.open().forEach(openExtra::remove);
        openMissing.forEach(o -> System.out.println("  missing open-ended: " + o));
        openExtra.forEach(o -> System.out.println("  extra open-ended:   " + o));
        double precision = a.found() == 0 ? 1 : (double) a.matched() / a.found();
        double recall = a.expected() == 0 ? 1 : (double) a.matched() / a.expected();
        return new String[] {
            name,
            String.valueOf(a.expected()),
            String.valueOf(a.found()),
            String.valueOf(a.matched()),
            String.format("%.3f", precision),
            String.format("%.3f", recall),
            String.format("%.3f", a.score())
        };
    }
}
