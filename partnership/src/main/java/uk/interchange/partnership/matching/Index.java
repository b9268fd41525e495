package uk.interchange.partnership.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
    private final List<Map<String, int[]>> byKey = new ArrayList<>();
    private final double[][] m;
    private final double[][] chance;
    private final Map<Integer, Map<String, Integer>> frequencies = new HashMap<>();
    private final double prior;

    public Index(List<MatchRecord> records, Set<Field> fields) {
        this.records = records;
        this.comparisons = Comparisons.forFields(fields);
        this.keys = Blocking.KEYS.stream()
                .filter(k -> k.needs().stream().anyMatch(fields::contains))
                .toList();
        for (Blocking.Key k : keys) {
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                String v = k.value().apply(records.get(i));
                if (v != null) {
                    lists.computeIfAbsent(v, x -> new ArrayList<>(1)).add(i);
                }
            }
            Map<String, int[]> index = new HashMap<>(lists.size() * 2);
            lists.forEach((v, l) ->
                    index.put(v, l.stream().mapToInt(Integer::intValue).toArray()));
            byKey.add(index);
        }
        m = new double[comparisons.size()][];
        chance = new double[comparisons.size()][];
        Random random = new Random(42);
        for (int c = 0; c < comparisons.size(); c++) {
            int n = comparisons.get(c).levels().size();
            m[c] = Model.guessM(n);
            chance[c] = Model.guessU(n);
            for (int l = 1; l <= n; l++) {
                chance[c][l] *= Linker.U_PRIOR_PAIRS;
            }
        }
        int samples = records.size() < 2 ? 0 : 200_000;
        for (int s = 0; s < samples; s++) {
            MatchRecord a = records.get(random.nextInt(records.size()));
            MatchRecord b = records.get(random.nextInt(records.size()));
            if (a != b) {
                for (int c = 0; c < comparisons.size(); c++) {
                    int l = comparisons.get(c).level(a, b);
                    if (l > 0) {
                        chance[c][l]++;
                    }
                }
            }
        }
        for (double[] row : chance) {
            double total = Arrays.stream(row, 1, row.length).sum();
            for (int l = 1; l < row.length; l++) {
                row[l] /= total;
            }
        }
        for (int c = 0; c < comparisons.size(); c++) {
            var of = comparisons.get(c).frequencyOf();
            if (records.isEmpty() || of.apply(records.get(0)) == null) {
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (MatchRecord r : records) {
                String v = of.apply(r);
                if (v != null && !v.isEmpty()) {
                    counts.merge(v, 1, Integer::sum);
                }
            }
            frequencies.put(c, counts);
        }
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
            int[] hits = v == null ? null : byKey.get(k).get(v);
            if (hits != null && hits.length <= MAX_CANDIDATES) {
                for (int i : hits) {
                    candidates.add(i);
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
                weights[c] = weight(c, levels[c], probe);
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

    private double weight(int c, int level, MatchRecord probe) {
        if (level == 0) {
            return 0;
        }
        Map<String, Integer> f = frequencies.get(c);
        if (level == 1 && f != null) {
            String v = comparisons.get(c).frequencyOf().apply(probe);
            double share = Math.max((double) f.getOrDefault(v, 1) / records.size(), 1.0 / records.size());
            return Model.log2(m[c][1] / share);
        }
        return Model.log2(m[c][level] / chance[c][level]);
    }
}
