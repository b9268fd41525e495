package uk.interchange.partnership.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.interchange.partnership.matching.MatchRecord.Field;

/**
 * A list of records kept ready to be searched one probe at a time (a watchlist screened bidder by bidder): each
 * blocking key's values indexed, the chance of agreement counted once on random pairs of the list, and each value's
 * frequency, so a probe is compared only with the records that share a key with it. There are no compared pairs to
 * run EM on, so m is the first guess of {@link Model}; the prior is that a probe is any one given record of the list.
 */
public final class Index {
    /** How many records one key value may bring to a probe before it is too common to tell anything. */
    static final int MAX_CANDIDATES = 2_000;

    /** A record of the list that the probe may be, with the evidence. */
    public record Found(MatchRecord record, double weight, double probability, int[] levels, double[] weights) {}

    private final List<MatchRecord> records;
    private final List<Comparison> comparisons;
    private final List<Blocking.Key> keys;
    /**
     * For each key, its records sorted by a 40-bit hash of their value, packed with the record's place in the low 24
     * bits (so at most 16.7 million records): a compact index that a binary search reads, where a map of strings would
     * take ten times the memory at ten million records. Two values that share a hash only bring one more candidate.
     */
    private final List<long[]> byKey = new ArrayList<>();

    private final Weights weights;
    private final double prior;

    public Index(List<MatchRecord> records, Set<Field> fields) {
        this.records = records;
        this.comparisons = Comparisons.forFields(fields);
        this.keys = Blocking.KEYS.stream()
                .filter(k -> k.needs().stream().anyMatch(fields::contains))
                .toList();
        if (records.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("an index holds at most " + MAX_RECORDS + " records");
        }
        for (Blocking.Key k : keys) {
            long[] packed = new long[records.size()];
            int n = 0;
            for (int r = 0; r < records.size(); r++) {
                String v = k.value().apply(records.get(r));
                if (v != null) {
                    packed[n++] = (hash(v) << 24) | r;
                }
            }
            long[] sorted = Arrays.copyOf(packed, n);
            Arrays.parallelSort(sorted);
            byKey.add(sorted);
        }
        // chance counted as the linker counts it (every pair of a short list, else random pairs); with no compared
        // pairs to run EM on, m stays the model's first guess
        double[][] chance =
                Linker.chance(records, records, true, comparisons, new Linker.Options(0.5, 0, RANDOM_PAIRS, 42));
        this.weights = new Weights(new Model(comparisons, chance), List.of(records), Weights.INDEX_PRIOR);
        this.prior = Model.log2(1.0 / Math.max(2, records.size()));
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    public double prior() {
        return prior;
    }

    /** The records the probe may be, at or above the probability, most likely first. */
    public List<Found> find(MatchRecord probe, double threshold) {
        Set<Integer> candidates = new HashSet<>();
        for (int k = 0; k < keys.size(); k++) {
            String v = keys.get(k).value().apply(probe);
            if (v == null) {
                continue;
            }
            long[] sorted = byKey.get(k);
            long h = hash(v);
            int from = firstAtLeast(sorted, h << 24);
            int to = firstAtLeast(sorted, (h + 1) << 24);
            if (to - from <= MAX_CANDIDATES) {
                for (int x = from; x < to; x++) {
                    candidates.add((int) (sorted[x] & 0xFFFFFF));
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (int i : candidates) {
            MatchRecord r = records.get(i);
            int[] levels = new int[comparisons.size()];
            double[] weights = new double[comparisons.size()];
            double total = prior;
            for (int c = 0; c < comparisons.size(); c++) {
                levels[c] = comparisons.get(c).level(probe, r);
                weights[c] = this.weights.of(c, levels[c], probe);
                total += weights[c];
            }
            double p = Model.probability(total);
            if (p >= threshold) {
                out.add(new Found(r, total, p, levels, weights));
            }
        }
        out.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return out;
    }

    static final int MAX_RECORDS = 1 << 24;

    /** How many random pairs of the list the chance of agreement is counted on. */
    static final int RANDOM_PAIRS = 200_000;

    /** A 40-bit hash of a key's value (FNV-1a over its characters, folded). */
    static long hash(String v) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < v.length(); i++) {
            h ^= v.charAt(i);
            h *= 0x100000001b3L;
        }
        return (h ^ (h >>> 40)) & 0xFFFFFFFFFFL;
    }

    /** The first place in the sorted array holding a value at least {@code x}. */
    private static int firstAtLeast(long[] sorted, long x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
