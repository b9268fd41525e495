package uk.interchange.bench.partnership;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.interchange.partnership.matching.Linker;
import uk.interchange.partnership.matching.MatchInput;
import uk.interchange.partnership.matching.Nicknames;

/**
 * Accuracy of the matcher on the labelled public sets in ../shared/data (skipped when they are not there): FEBRL 4
 * (two files, 5,000 true pairs), FEBRL 3 (duplicates within one file) and the 50k-person set with UK postcodes; and
 * the UK-style people and companies of {@link UkStyleSets}, made from seeds ({@code --uk-seeds 101,102}, the default;
 * {@code --only uk} for those alone).
 * Pairwise precision, recall and F1 at the default threshold (or the one given), with the time each took.
 *
 * <pre>java -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.partnership.MatchAccuracy [--data ../shared/data] [--threshold 0.5] [--uk-seeds 101,102]
 *     [--only uk]</pre>
 */
public final class MatchAccuracy {
    private static Map<String, uk.interchange.partnership.matching.MatchRecord.Field> mapping = Map.of();

    public static void main(String[] args) throws IOException {
        Path data = Path.of("../shared/data");
        List<Long> seeds = List.of(101L, 102L);
        boolean ukOnly = false;
        double threshold = Linker.Options.defaults().threshold();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--threshold" -> threshold = Double.parseDouble(args[i + 1]);
                case "--uk-seeds" ->
                    seeds = java.util.Arrays.stream(args[i + 1].split(","))
                            .map(Long::parseLong)
                            .toList();
                case "--only" -> ukOnly = args[i + 1].equals("uk");
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Linker.Options o = Linker.Options.defaults().withThreshold(threshold);
        // the UK-style sets are made here from their seeds; 1 is the seed to look into, the others are for measuring
        for (long seed : seeds) {
            Path dir = Files.createTempDirectory("uk-style-" + seed);
            UkStyleSets.Files4 f = UkStyleSets.write(seed, dir, data.resolve("nicknames/names.csv"), 5000, 3000);
            link("UK people, seed " + seed, f.peopleA(), f.peopleB(), o, UkStyleSets::truth);
            link("UK companies, seed " + seed, f.companiesA(), f.companiesB(), o, UkStyleSets::truth);
        }
        if (ukOnly) {
            return;
        }
        if (!Files.isDirectory(data.resolve("febrl"))) {
            System.out.println("no labelled data at " + data.toAbsolutePath() + "; nothing more measured");
            return;
        }
        link(
                "FEBRL 4 (4a with 4b)",
                data.resolve("febrl/dataset4a.csv"),
                data.resolve("febrl/dataset4b.csv"),
                o,
                MatchAccuracy::febrlPerson);
        link("FEBRL 3 (duplicates)", data.resolve("febrl/dataset3.csv"), null, o, MatchAccuracy::febrlPerson);
        link("FEBRL 2 (duplicates)", data.resolve("febrl/dataset2.csv"), null, o, MatchAccuracy::febrlPerson);
        Path splink = data.resolve("splink/historical_50k.csv");
        if (Files.exists(splink)) {
            Map<String, String> cluster = clusters(splink);
            link("50k people, UK postcodes (duplicates)", splink, null, o, cluster::get);
            // the set's birth_place column compared as a town, as a user would name it with --mapping
            mapping = Map.of("birth_place", uk.interchange.partnership.matching.MatchRecord.Field.TOWN);
            link("the same, birth_place mapped to town", splink, null, o, cluster::get);
            mapping = Map.of();
        }
    }

    /** FEBRL ids: rec-123-org and rec-123-dup-0 are one person. */
    static String febrlPerson(String id) {
        String[] p = id.split("-");
        return p.length >= 2 ? p[1] : id;
    }

    private static Map<String, String> clusters(Path file) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 3);
            out.put(f[0], f[1]);
        }
        return out;
    }

    private static void link(String name, Path a, Path b, Linker.Options o, Function<String, String> truth)
            throws IOException {
        long start = System.nanoTime();
        Nicknames nicknames = Nicknames.builtIn();
        MatchInput.Read left = read(a, nicknames);
        MatchInput.Read right = b == null ? null : read(b, nicknames);
        Set<uk.interchange.partnership.matching.MatchRecord.Field> fields = new HashSet<>(left.fields());
        if (right != null) {
            fields.retainAll(right.fields());
        }
        Linker.Result r =
                Linker.link(left.records(), right == null ? null : right.records(), fields, o, Linker.Progress.NONE);
        if (System.getenv("MISSED") != null) {
            // every candidate, to see which true pairs blocking never compared or scoring left out
            Linker.Result all = Linker.link(
                    left.records(),
                    right == null ? null : right.records(),
                    fields,
                    o.withThreshold(0),
                    Linker.Progress.NONE);
            long comparedTrue = all.pairs().stream()
                    .filter(p -> truth.apply(p.left().id())
                            .equals(truth.apply(p.right().id())))
                    .count();
            System.out.printf("  true pairs compared at all: %,d%n", comparedTrue);
            if (right != null) {
                java.util.Set<String> compared = new java.util.HashSet<>();
                all.pairs()
                        .forEach(p ->
                                compared.add(p.left().id() + "|" + p.right().id()));
                Map<String, uk.interchange.partnership.matching.MatchRecord> byPerson = new java.util.HashMap<>();
                right.records().forEach(x -> byPerson.put(truth.apply(x.id()), x));
                left.records().stream()
                        .filter(x -> byPerson.containsKey(truth.apply(x.id())))
                        .filter(x -> !compared.contains(
                                x.id() + "|" + byPerson.get(truth.apply(x.id())).id()))
                        .limit(Integer.parseInt(System.getenv("MISSED")))
                        .forEach(x -> System.out.printf(
                                "  never compared:%n    %s%n    %s%n", x, byPerson.get(truth.apply(x.id()))));
            }
            all.pairs().stream()
                    .filter(p -> truth.apply(p.left().id())
                            .equals(truth.apply(p.right().id())))
                    .filter(p -> p.probability() < o.threshold())
                    .limit(Integer.parseInt(System.getenv("MISSED")))
                    .forEach(p -> System.out.printf(
                            "  missed %s %s p=%.3f levels %s%n",
                            p.left().id(), p.right().id(), p.probability(), java.util.Arrays.toString(p.levels())));
        }
        if (System.getenv("FALSE") != null) {
            // the false pairs kept, each comparison's level and weight, to see what outweighed what
            var cs = r.model().comparisons();
            r.pairs().stream()
                    .filter(p -> !truth.apply(p.left().id())
                            .equals(truth.apply(p.right().id())))
                    .limit(Integer.parseInt(System.getenv("FALSE")))
                    .forEach(p -> {
                        System.out.printf(
                                "  false %s %s p=%.4f prior %.2f%n", p.left(), p.right(), p.probability(), r.prior());
                        for (int c = 0; c < cs.size(); c++) {
                            System.out.printf(
                                    "    %-14s %6.2f  %s%n",
                                    cs.get(c).name(), p.weights()[c], cs.get(c).words(p.levels()[c]));
                        }
                    });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long truePairs = truePairs(
                left.records().stream().map(x -> truth.apply(x.id())).toList(),
                right == null
                        ? null
                        : right.records().stream().map(x -> truth.apply(x.id())).toList());
        long hits = r.pairs().stream()
                .filter(p ->
                        truth.apply(p.left().id()).equals(truth.apply(p.right().id())))
                .count();
        double precision = r.pairs().isEmpty() ? 0 : (double) hits / r.pairs().size();
        double recall = truePairs == 0 ? 0 : (double) hits / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(
                "%-40s records %,d%s; compared %,d pairs; kept %,d; true %,d; precision %.4f recall %.4f F1 %.4f;"
                        + " %.1f s; EM %d rounds, match share %.4f; blocks left out %d%n",
                name,
                left.records().size(),
                right == null
                        ? ""
                        : " x " + String.format("%,d", right.records().size()),
                r.compared(),
                r.pairs().size(),
                truePairs,
                precision,
                recall,
                f1,
                seconds,
                r.model().iterations(),
                r.model().matchShare(),
                r.blocksLeftOut().size());
        if (name.startsWith("UK")) {
            // the false pairs by the kind of record on the right: the hard negatives the sets plant
            Map<String, Long> kinds = new java.util.TreeMap<>();
            r.pairs().stream()
                    .filter(p -> !truth.apply(p.left().id())
                            .equals(truth.apply(p.right().id())))
                    .forEach(p -> kinds.merge(p.right().id().replaceAll("[0-9].*", ""), 1L, Long::sum));
            System.out.println("  false pairs by kind (rel relative, ns namesake, tw twin, sn same name elsewhere,"
                    + " gr group company; p, q, c, d others): " + kinds);
        }
    }

    /** True pairs: across the two lists, or (one list) within it, each pair once. */
    static long truePairs(List<String> left, List<String> right) {
        Map<String, Long> l = count(left);
        if (right == null) {
            return l.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        }
        Map<String, Long> r = count(right);
        return l.entrySet().stream()
                .mapToLong(e -> e.getValue() * r.getOrDefault(e.getKey(), 0L))
                .sum();
    }

    private static Map<String, Long> count(List<String> keys) {
        Map<String, Long> out = new java.util.HashMap<>();
        keys.forEach(k -> out.merge(k, 1L, Long::sum));
        return out;
    }

    private static MatchInput.Read read(Path file, Nicknames nicknames) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return MatchInput.read(in, mapping, false, nicknames, line -> {});
        }
    }
}
