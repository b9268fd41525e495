package uk.interchange.bench.partnership;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.interchange.app.cli.Main;

/**
 * The whole `interchange match` run on two synthetic files of {@code --people} each (default one million): reading,
 * blocking, comparing, estimating, scoring and writing, timed end to end, then checked against the truth the ids
 * carry (P17 and Q17 are one person; N17 is nobody on the left).
 *
 * <pre>java -Xmx8g -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.partnership.MatchBenchmark [--people 1000000] [--dir /tmp/match-1m]</pre>
 */
public final class MatchBenchmark {
    public static void main(String[] args) throws IOException {
        int people = 1_000_000;
        Path dir = Path.of("/tmp/match-" + people);
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--people" -> {
                    people = Integer.parseInt(args[i + 1]);
                    dir = Path.of("/tmp/match-" + people);
                }
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long g = System.nanoTime();
        SyntheticPeople.write(dir, people, 7);
        System.out.printf("files ready in %.1f s: %s%n", (System.nanoTime() - g) / 1e9, dir);
        Path out = dir.resolve("pairs.csv");
        long start = System.nanoTime();
        int code = Main.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), new String[] {
            "match",
            "--left",
            dir.resolve("left.csv").toString(),
            "--right",
            dir.resolve("right.csv").toString(),
            "--out",
            out.toString()
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            System.out.println("match failed with exit status " + code);
            return;
        }
        long kept = 0;
        long right = 0;
        try (var lines = Files.lines(out)) {
            for (String l : (Iterable<String>) lines.skip(1)::iterator) {
                kept++;
                String[] f = l.split(",", 3);
                if (f[1].startsWith("Q") && f[0].substring(1).equals(f[1].substring(1))) {
                    right++;
                }
            }
        }
        long truth = people - countNew(dir.resolve("right.csv"));
        System.out.printf(
                "%,d x %,d people matched in %.1f s on %d processors; kept %,d pairs, %,d true of %,d:"
                        + " precision %.4f, recall %.4f%n",
                people,
                people,
                seconds,
                Runtime.getRuntime().availableProcessors(),
                kept,
                right,
                truth,
                (double) right / Math.max(1, kept),
                (double) right / Math.max(1, truth));
    }

    private static long countNew(Path right) throws IOException {
        try (var lines = Files.lines(right)) {
            return lines.filter(l -> l.startsWith("N")).count();
        }
    }
}
