package uk.interchange.partnership.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weight of evidence of each comparison's level, from a model and the records it scores: log2(m / chance), except
 * at the best level of a comparison weighed by frequency (names, towns, postcodes), where u is the share of records
 * with that very value, so that agreeing on "smith" counts for less than agreeing on "okonkwo".
 */
final class Weights {
    private final Model model;
    private final Map<Integer, Map<String, Integer>> frequencies = new HashMap<>();
    private final int population;

    /**
     * How many records' worth of weight the chance of agreement has against a value's own count, for an index (a
     * watchlist): its probes come from elsewhere, and a short watchlist's counts say little about how common a name
     * is among them. A linker's two files are the population its pairs come from, so it counts them as they are.
     */
    static final double INDEX_PRIOR = 100;

    private final double prior;

    /** Weights for scoring pairs drawn from these lists of records (their values counted together). */
    Weights(Model model, List<List<MatchRecord>> lists, double prior) {
        this.model = model;
        this.prior = prior;
        int n = 0;
        for (List<MatchRecord> list : lists) {
            n += list.size();
        }
        this.population = Math.max(1, n);
        List<Comparison> cs = model.comparisons();
        for (int c = 0; c < cs.size(); c++) {
            var of = cs.get(c).frequencyOf();
            if (of == null) {
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (List<MatchRecord> list : lists) {
                for (MatchRecord r : list) {
                    String v = of.apply(r);
                    if (!v.isEmpty()) {
                        counts.merge(v, 1, Integer::sum);
                    }
                }
            }
            frequencies.put(c, counts);
        }
    }

    /** The weight of comparison {@code c} at {@code level}, for a pair one of whose records is {@code a}. */
    double of(int c, int level, MatchRecord a) {
        Map<String, Integer> f = frequencies.get(c);
        if (level != 1 || f == null) {
            return model.weight(c, level);
        }
        int n = f.getOrDefault(model.comparisons().get(c).frequencyOf().apply(a), 1);
        // the value's share of the lists, drawn towards the chance of agreement as if `prior` more records agreed by
        // chance: a watchlist of five people where two are called Kestley does not make Kestley common
        double share = (Math.max(n, 1) + prior * model.u(c, 1)) / (population + prior);
        return Model.log2(model.m(c, 1) / share);
    }
}
