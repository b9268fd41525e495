package uk.interchange.bench.roadworks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import uk.interchange.roadworks.bulletin.BulletinReader;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.bulletin.compose.ComposedReader;
import uk.interchange.roadworks.check.Agreement;
import uk.interchange.roadworks.check.Expected;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * The bulletin reader scored on real bulletins that nobody on the project wrote, against answers made by hand
 * (../shared/data/roadworks/real-bulletins: NAME.txt beside NAME.ans). Scored as that folder's own scorer does, so
 * the two agree: each occurrence keyed by (road, direction, class, start, end) in London time; closures and lane
 * restrictions only (speed limits, lights and diversions are not scored); opposite directions with the same road,
 * class and times count as one key for both. Prints each bulletin's precision, recall and F1, then the pooled ones.
 * Skips, saying so, when the folder is not there. The bulletins' text never enters the project.
 *
 * <p>Run: {@code java -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*"
 * uk.interchange.bench.roadworks.RealBulletinAccuracy [-v] [--reader composed] [FOLDER ...]}; {@code --reader
 * composed} scores the layout-free reader that is to replace the current one.
 */
public final class RealBulletinAccuracy {
    private static final Map<String, String> CLASS = Map.of(
            "carriageway-closure", "closure",
            "slip-road-closure", "closure",
            "link-road-closure", "closure",
            "tunnel-closure", "closure",
            "lane-closure", "lanes",
            "hard-shoulder-closure", "lanes",
            "narrow-lanes", "lanes",
            "contraflow", "lanes");
    private static final List<String[]> OPPOSITES =
            List.of(new String[] {"northbound", "southbound"}, new String[] {"eastbound", "westbound"}, new String[] {
                "clockwise", "anticlockwise"
            });

    /** One occurrence as scored. */
    record Key(String road, String direction, String klass, LocalDateTime start, LocalDateTime end)
            implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return road + " " + direction + " " + klass + " " + start + " " + end;
        }
    }

    /** A hand-made answer: the publication date and the occurrences. */
    record Answer(LocalDate published, Set<Key> keys) {}

    /** Agreed, read and expected counts, with what was missed and what was extra. */
    record Score(int agreed, int read, int expected, Set<Key> missed, Set<Key> extra) {
        double precision() {
            return read == 0 ? 0 : (double) agreed / read;
        }

        double recall() {
            return expected == 0 ? 0 : (double) agreed / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(agreed + o.agreed, read + o.read, expected + o.expected, Set.of(), Set.of());
        }
    }

    private static boolean composed;

    private RealBulletinAccuracy() {}

    public static void main(String[] args) throws IOException {
        List<String> given = new ArrayList<>(List.of(args));
        boolean verbose = given.remove("-v");
        int r = given.indexOf("--reader");
        if (r >= 0 && r + 1 < given.size()) {
            composed = given.get(r + 1).equals("composed");
            given.remove(r + 1);
            given.remove(r);
        }
        List<Path> folders = given.stream().map(Path::of).toList();
        if (folders.isEmpty()) {
            folders = List.of(Path.of("../shared/data/roadworks/real-bulletins"));
        }
        Score pooled = new Score(0, 0, 0, Set.of(), Set.of());
        int bulletins = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                System.out.println("skipped " + folder + ": not there (run from the project root beside ../shared)");
                continue;
            }
            List<Path> answers;
            try (Stream<Path> files = Files.list(folder)) {
                answers = files.filter(p -> p.toString().endsWith(".ans"))
                        .sorted()
                        .toList();
            }
            for (Path ans : answers) {
                Path txt = Path.of(ans.toString().replaceFirst("\\.ans$", ".txt"));
                if (!Files.isRegularFile(txt)) {
                    System.out.println("skipped " + ans + ": no " + txt.getFileName() + " beside it");
                    continue;
                }
                Answer want = answer(Files.readAllLines(ans, StandardCharsets.UTF_8));
                Score s = score(want, read(Files.readString(txt, StandardCharsets.UTF_8), want.published()));
                bulletins++;
                pooled = pooled.plus(s);
                System.out.printf(
                        Locale.UK,
                        "%-28s expected %4d read %4d agreed %4d  precision %.3f recall %.3f F1 %.3f%n",
                        txt.getFileName().toString().replaceFirst("\\.txt$", ""),
                        s.expected(),
                        s.read(),
                        s.agreed(),
                        s.precision(),
                        s.recall(),
                        s.f1());
                if (verbose) {
                    s.missed().forEach(k -> System.out.println("    missed " + k));
                    s.extra().forEach(k -> System.out.println("    extra  " + k));
                }
            }
        }
        if (bulletins > 0) {
            System.out.printf(
                    Locale.UK,
                    "pooled over %d bulletins: expected %d read %d agreed %d  precision %.3f recall %.3f F1 %.3f%n",
                    bulletins,
                    pooled.expected(),
                    pooled.read(),
                    pooled.agreed(),
                    pooled.precision(),
                    pooled.recall(),
                    pooled.f1());
        }
    }

    /** Reads an answer: a {@code published} line, then one occurrence a line; {@code #} starts a comment. */
    static Answer answer(List<String> lines) {
        LocalDate published = null;
        Set<Key> keys = new HashSet<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f[0].equals("published") && f.length == 2) {
                published = LocalDate.parse(f[1]);
            } else if (f.length == 5) {
                keys.add(new Key(road(f[0]), f[1], f[2], LocalDateTime.parse(f[3]), LocalDateTime.parse(f[4])));
            } else {
                throw new IllegalArgumentException("answer line " + n + " is neither 'published DATE' nor"
                        + " 'ROAD DIRECTION CLASS START END': " + line);
            }
        }
        if (published == null) {
            throw new IllegalArgumentException("the answer has no 'published DATE' line");
        }
        return new Answer(published, collapse(keys));
    }

    /** What the reader read, as scored keys. */
    static Set<Key> read(String text, LocalDate published) {
        ReadResult r = composed
                ? ComposedReader.read(text, published)
                : BulletinReader.read(text, new BulletinReader.Options(Optional.of(published), published));
        Set<Key> keys = new HashSet<>();
        for (Expected.Occ o : Agreement.occurrences(r)) {
            String klass = CLASS.get(o.type());
            if (klass != null) {
                keys.add(new Key(
                        road(o.road()), o.direction(), klass, LondonTime.local(o.start()), LondonTime.local(o.end())));
            }
        }
        return collapse(keys);
    }

    static Score score(Answer want, Set<Key> read) {
        Set<Key> missed = new TreeSet<>(want.keys());
        missed.removeAll(read);
        Set<Key> extra = new TreeSet<>(read);
        extra.removeAll(want.keys());
        int agreed = want.keys().size() - missed.size();
        return new Score(agreed, read.size(), want.keys().size(), missed, extra);
    }

    /** Opposite directions with the same road, class and times become one key for both directions. */
    static Set<Key> collapse(Set<Key> keys) {
        Set<Key> out = new HashSet<>(keys);
        for (String[] pair : OPPOSITES) {
            for (Key k : new ArrayList<>(out)) {
                if (!k.direction().equals(pair[0])) {
                    continue;
                }
                Key twin = new Key(k.road(), pair[1], k.klass(), k.start(), k.end());
                if (out.contains(twin)) {
                    out.remove(k);
                    out.remove(twin);
                    out.add(new Key(k.road(), "both", k.klass(), k.start(), k.end()));
                }
            }
        }
        return out;
    }

    private static String road(String road) {
        return road == null ? "" : road.toUpperCase(Locale.ROOT).replace(" ", "");
    }
}
