package uk.interchange.partnership.matching;

import java.util.List;
import java.util.Map;

/**
 * Fellegi-Sunter: for each comparison level, m (how often true matches among the compared pairs reach it) and u (how
 * often non-matches among them do), and the share of compared pairs that are matches, all estimated by
 * expectation-maximisation over the compared pairs, grouped by their pattern of levels, so no labelled pairs are
 * needed. u starts from pairs chosen at random, and those random figures are kept too: they are what a value's own
 * frequency is measured against. A pattern is a long, four bits a comparison.
 */
public final class Model {
    final List<Comparison> comparisons;
    final double[][] m;
    final double[][] u;
    final double[][] chance;
    double matchShare;
    int iterations;

    /** How many pairs' worth the starting guess of m counts for: enough to steady a small file, little in a big one. */
    static final double M_PRIOR_PAIRS = 20;

    /** m as first guessed for a comparison of n levels: mostly the best level, little the worst. */
    static double[] guessM(int n) {
        double[] g = new double[n + 1];
        if (n == 1) {
            g[1] = 1;
            return g;
        }
        if (n == 2) {
            g[1] = 0.98;
            g[2] = 0.02;
            return g;
        }
        // a slip of a letter or two (the second level) is the commonest way a true match falls short of the first
        g[1] = 0.80;
        g[2] = 0.10;
        g[n] = 0.03;
        for (int l = 3; l < n; l++) {
            g[l] = 0.07 / (n - 3);
        }
        if (n == 3) {
            g[2] += 0.07;
        }
        return g;
    }

    /** u as first guessed: records chosen at random rarely agree. */
    static double[] guessU(int n) {
        double[] g = new double[n + 1];
        g[1] = 0.01;
        g[n] = n > 1 ? (n == 2 ? 0.99 : 0.95) : g[1];
        for (int l = 2; l < n; l++) {
            g[l] = 0.04 / (n - 2);
        }
        return g;
    }

    Model(List<Comparison> comparisons, double[][] chance) {
        this.comparisons = comparisons;
        this.chance = chance;
        this.u = new double[chance.length][];
        for (int c = 0; c < chance.length; c++) {
            u[c] = chance[c].clone();
        }
        this.m = new double[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            int n = comparisons.get(c).levels().size();
            m[c] = new double[n + 1];
            // a start that favours agreement: EM moves it to what the data says
            m[c] = guessM(n);
            state(m[c], comparisons.get(c).fixedM());
        }
        this.matchShare = 0.1;
    }

    static int level(long pattern, int c) {
        return (int) ((pattern >>> (4 * c)) & 0xF);
    }

    /** Runs EM over the patterns of the compared pairs and their counts, until it settles (at most 100 rounds). */
    void estimate(Map<Long, Long> patterns) {
        estimate(patterns, false);
    }

    /**
     * EM as above; with {@code chanceU}, u stays the chance of agreement and only m and the share of matches move.
     * A free u fits a few compared pairs so well that EM can settle on "none of them match" (a small file full of
     * one name); held at chance, pairs that agree on everything stand out as they should.
     */
    void estimate(Map<Long, Long> patterns, boolean chanceU) {
        int cs = comparisons.size();
        long[] keys = new long[patterns.size()];
        double[] counts = new double[patterns.size()];
        int k = 0;
        for (var e : patterns.entrySet()) {
            keys[k] = e.getKey();
            counts[k++] = e.getValue();
        }
        for (iterations = 1; iterations <= 100; iterations++) {
            double[][] mNew = new double[cs][];
            double[][] uNew = new double[cs][];
            for (int c = 0; c < cs; c++) {
                mNew[c] = new double[m[c].length];
                uNew[c] = new double[u[c].length];
            }
            double matched = 0;
            double all = 0;
            for (int p = 0; p < keys.length; p++) {
                double pm = matchShare;
                double pu = 1 - matchShare;
                for (int c = 0; c < cs; c++) {
                    int l = level(keys[p], c);
                    if (l > 0) {
                        pm *= m[c][l];
                        pu *= u[c][l];
                    }
                }
                double w = pm / (pm + pu);
                matched += w * counts[p];
                all += counts[p];
                for (int c = 0; c < cs; c++) {
                    int l = level(keys[p], c);
                    if (l > 0) {
                        mNew[c][l] += w * counts[p];
                        uNew[c][l] += (1 - w) * counts[p];
                    }
                }
            }
            for (int c = 0; c < cs; c++) {
                double[] guess = guessM(m[c].length - 1);
                for (int l = 1; l < m[c].length; l++) {
                    mNew[c][l] += M_PRIOR_PAIRS * guess[l];
                }
            }
            double change = Math.abs(matched / all - matchShare);
            matchShare = Math.min(0.999, Math.max(1e-6, matched / all));
            for (int c = 0; c < cs; c++) {
                double[] was = m[c].clone();
                normalise(mNew[c], m[c]);
                state(m[c], comparisons.get(c).fixedM()); // a stated m is not estimated
                for (int l = 1; l < was.length; l++) {
                    change = Math.max(change, Math.abs(m[c][l] - was[l]));
                }
                if (!chanceU) {
                    change = Math.max(change, normalise(uNew[c], u[c]));
                }
            }
            if (change < 1e-6) {
                break;
            }
        }
    }

    /**
     * Puts the stated values of m in place (those not NaN) and shares what is left among the other levels in the
     * proportions they had; nothing to do when nothing is stated.
     */
    static void state(double[] m, double[] fixed) {
        if (fixed == null) {
            return;
        }
        double stated = 0;
        double rest = 0;
        for (int l = 1; l < m.length; l++) {
            if (Double.isNaN(fixed[l])) {
                rest += m[l];
            } else {
                stated += fixed[l];
            }
        }
        for (int l = 1; l < m.length; l++) {
            m[l] = Double.isNaN(fixed[l]) ? (rest == 0 ? 0 : m[l] * (1 - stated) / rest) : fixed[l];
        }
    }

    /** Sets {@code into} to the shares of {@code sums} (level 1 up); returns the biggest change. */
    private static double normalise(double[] sums, double[] into) {
        double total = 0;
        for (int l = 1; l < sums.length; l++) {
            total += sums[l];
        }
        double change = 0;
        for (int l = 1; l < sums.length; l++) {
            // a level no pair of the class reached keeps a little weight, so that its log is defined
            double v = total == 0 ? into[l] : Math.max(1e-6, sums[l] / total);
            change = Math.max(change, Math.abs(v - into[l]));
            into[l] = v;
        }
        return change;
    }

    /** How often pairs chosen at random reach a level. */
    public double chance(int c, int level) {
        return chance[c][level];
    }

    /**
     * The weight of evidence of one comparison's level: log2(m / the chance two records chosen at random reach it);
     * 0 for a level that says nothing. (u among the compared pairs only serves the estimate: those pairs were chosen
     * for agreeing on something, so agreement among them says less than it does about any two records.)
     */
    public double weight(int c, int level) {
        return level == 0 ? 0 : log2(m[c][level] / chance[c][level]);
    }

    public double m(int c, int level) {
        return m[c][level];
    }

    public double u(int c, int level) {
        return u[c][level];
    }

    public double matchShare() {
        return matchShare;
    }

    public int iterations() {
        return iterations;
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The probability a total weight of evidence stands for. */
    public static double probability(double weight) {
        double odds = Math.pow(2, weight);
        return odds / (1 + odds);
    }
}
