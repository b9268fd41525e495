package uk.interchange.partnership.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import uk.interchange.partnership.matching.MatchRecord.Field;

/**
 * Links two lists of records, or finds the duplicates within one: blocks, compares each candidate pair, estimates the
 * model from the data (u from random pairs, m by EM), and scores every candidate, with an explanation for each pair
 * it keeps.
 */
public final class Linker {
    /** How a run goes: the lowest probability kept, the biggest block compared, the random pairs u is counted on. */
    public record Options(double threshold, long maxBlockPairs, int randomPairs, long seed) {
        public static Options defaults() {
            return new Options(0.5, 10_000, 300_000, 42);
        }

        public Options withThreshold(double t) {
            return new Options(t, maxBlockPairs, randomPairs, seed);
        }
    }

    /** Told how far a run has got: a phase's name and the share of it done. */
    @FunctionalInterface
    public interface Progress {
        void at(String phase, double done);

        Progress NONE = (p, d) -> {};
    }

    /** A scored pair: each comparison's level and weight, and the total weight and probability. */
    public record Pair(
            MatchRecord left, MatchRecord right, double weight, double probability, int[] levels, double[] weights) {}

    /** What a run found, with the model it estimated and how much it compared. */
    public record Result(
            List<Pair> pairs,
            Model model,
            double prior,
            long compared,
            List<String> keys,
            List<String> blocksLeftOut) {}

    /** How many random pairs' worth the first guess of u counts for. */
    static final double U_PRIOR_PAIRS = 1000;

    private Linker() {}

    /** Links {@code left} with {@code right}, or (right null) finds duplicates within {@code left}, each pair once. */
    public static Result link(
            List<MatchRecord> left, List<MatchRecord> right, Set<Field> fields, Options options, Progress progress) {
        boolean oneFile = right == null;
        List<MatchRecord> other = oneFile ? left : right;
        List<Comparison> comparisons = Comparisons.forFields(fields);
        if (comparisons.size() > 15) {
            throw new IllegalStateException("a pattern holds at most 15 comparisons");
        }
        progress.at("counting agreement by chance", 0);
        double[][] u = chance(left, other, oneFile, comparisons, options);
        progress.at("blocking", 0);
        Blocking blocking = new Blocking(left, oneFile ? null : right, fields, options.maxBlockPairs());
        Candidates found = compare(blocking, left, other, oneFile, comparisons, progress);
        progress.at("estimating the model", 0);
        Model model = new Model(comparisons, u);
        model.estimate(found.patterns());
        if (model.matchShare() * found.size < 1 && found.size > 0) {
            // EM settled on "no pair matches": estimate again with u held at chance
            model = new Model(comparisons, u);
            model.estimate(found.patterns(), true);
        }
        progress.at("scoring", 0);
        Weights weigh = new Weights(model, oneFile ? List.of(left) : List.of(left, right), 0);
        List<Pair> kept = new ArrayList<>();
        // the odds that two records chosen at random are one: the matches EM found among the compared pairs (blocking
        // is built to compare nearly every true pair) over all the pairs there could be
        long possible = oneFile ? (long) left.size() * (left.size() - 1) / 2 : (long) left.size() * right.size();
        double matches = Math.max(1, model.matchShare() * found.size);
        double prior = Model.log2(matches / Math.max(1, possible - matches));
        for (int p = 0; p < found.size; p++) {
            MatchRecord a = left.get(found.left[p]);
            MatchRecord b = other.get(found.right[p]);
            int[] levels = new int[comparisons.size()];
            double[] weights = new double[comparisons.size()];
            double total = prior;
            for (int c = 0; c < comparisons.size(); c++) {
                levels[c] = Model.level(found.pattern[p], c);
                weights[c] = weigh.of(c, levels[c], a);
                total += weights[c];
            }
            double probability = Model.probability(total);
            if (probability >= options.threshold()) {
                kept.add(new Pair(a, b, total, probability, levels, weights));
            }
        }
        kept.sort(Comparator.comparingInt((Pair x) -> x.left().line).thenComparingInt(x -> x.right().line));
        progress.at("done", 1);
        return new Result(kept, model, prior, found.size, blocking.keyNames(), blocking.leftOut());
    }

    /** u: how often each level is reached by pairs of records chosen at random (one added to every count). */
    static double[][] chance(
            List<MatchRecord> left, List<MatchRecord> right, boolean oneFile, List<Comparison> cs, Options o) {
        double[][] counts = new double[cs.size()][];
        for (int c = 0; c < cs.size(); c++) {
            // the counts start from a guess worth a thousand pairs: it steadies a small file and fades in a big one
            counts[c] = Model.guessU(cs.get(c).levels().size());
            for (int l = 1; l < counts[c].length; l++) {
                counts[c][l] *= U_PRIOR_PAIRS;
            }
        }
        long possible = oneFile ? (long) left.size() * (left.size() - 1) / 2 : (long) left.size() * right.size();
        if (possible <= o.randomPairs()) {
            // few enough to take every pair: exact, and the same whichever file is given first
            for (int i = 0; i < left.size(); i++) {
                for (int j = oneFile ? i + 1 : 0; j < right.size(); j++) {
                    count(cs, counts, left.get(i), right.get(j));
                }
            }
        } else {
            // the same sample whichever file is given first: drawn from the two in an order of their own
            boolean swap = !oneFile && order(right) < order(left);
            List<MatchRecord> first = swap ? right : left;
            List<MatchRecord> second = swap ? left : right;
            Random random = new Random(o.seed());
            for (int s = 0; s < o.randomPairs(); s++) {
                int i = random.nextInt(first.size());
                int j = random.nextInt(second.size());
                if (!(oneFile && i == j)) {
                    count(cs, counts, first.get(i), second.get(j));
                }
            }
        }
        for (double[] row : counts) {
            double total = 0;
            for (int l = 1; l < row.length; l++) {
                total += row[l];
            }
            for (int l = 1; l < row.length; l++) {
                row[l] /= total;
            }
        }
        return counts;
    }

    private static void count(List<Comparison> cs, double[][] counts, MatchRecord a, MatchRecord b) {
        for (int c = 0; c < cs.size(); c++) {
            int l = cs.get(c).level(a, b);
            if (l > 0) {
                counts[c][l]++;
            }
        }
    }

    /** A number that orders two files the same way whichever is given first: their sizes, then their ids. */
    private static long order(List<MatchRecord> records) {
        long h = records.size();
        for (MatchRecord r : records) {
            h = h * 31 + r.id.hashCode();
        }
        return ((long) records.size() << 32) ^ (h & 0xFFFFFFFFL);
    }

    /** The compared pairs: which records, and the pattern of levels they reached. */
    private static final class Candidates {
        int[] left = new int[1024];
        int[] right = new int[1024];
        long[] pattern = new long[1024];
        int size;
        final Map<Long, Long> patterns = new HashMap<>();

        void add(int a, int b, long p) {
            if (size == left.length) {
                left = Arrays.copyOf(left, size * 2);
                right = Arrays.copyOf(right, size * 2);
                pattern = Arrays.copyOf(pattern, size * 2);
            }
            left[size] = a;
            right[size] = b;
            pattern[size++] = p;
            patterns.merge(p, 1L, Long::sum);
        }

        void addAll(Candidates o) {
            for (int k = 0; k < o.size; k++) {
                add(o.left[k], o.right[k], o.pattern[k]);
            }
        }

        Map<Long, Long> patterns() {
            return patterns;
        }
    }

    /** Compares every pair the blocks bring together once, the blocks shared out among the processors. */
    private static Candidates compare(
            Blocking blocking,
            List<MatchRecord> left,
            List<MatchRecord> right,
            boolean oneFile,
            List<Comparison> cs,
            Progress progress) {
        List<Blocking.Block> blocks = blocking.blocks();
        AtomicLong done = new AtomicLong();
        int chunk = Math.max(1, blocks.size() / 64);
        List<int[]> ranges = new ArrayList<>();
        for (int s = 0; s < blocks.size(); s += chunk) {
            ranges.add(new int[] {s, Math.min(blocks.size(), s + chunk)});
        }
        List<Candidates> parts = ranges.parallelStream()
                .map(range -> {
                    Candidates mine = new Candidates();
                    for (int k = range[0]; k < range[1]; k++) {
                        Blocking.Block b = blocks.get(k);
                        for (int x = 0; x < b.left().length; x++) {
                            int i = b.left()[x];
                            for (int y = oneFile ? x + 1 : 0; y < b.right().length; y++) {
                                int j = b.right()[y];
                                int lo = oneFile ? Math.min(i, j) : i;
                                int hi = oneFile ? Math.max(i, j) : j;
                                if (blocking.foundEarlier(b.key(), lo, hi)) {
                                    continue;
                                }
                                mine.add(lo, hi, pattern(cs, left.get(lo), right.get(hi)));
                            }
                        }
                    }
                    progress.at("comparing", (double) done.addAndGet(range[1] - range[0]) / blocks.size());
                    return mine;
                })
                .toList();
        Candidates all = new Candidates();
        for (Candidates p : parts) {
            all.addAll(p);
        }
        return all;
    }

    static long pattern(List<Comparison> cs, MatchRecord a, MatchRecord b) {
        long p = 0;
        for (int c = 0; c < cs.size(); c++) {
            p |= ((long) cs.get(c).level(a, b)) << (4 * c);
        }
        return p;
    }
}
