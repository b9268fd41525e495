package uk.interchange.partnership.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The string similarities the comparisons use. All are symmetric, and 1 (or 0 edits) for equal strings. */
public final class Similarity {
    private Similarity() {}

    /** Jaro-Winkler similarity, 0 to 1: agreement of characters near each other, a common prefix counting extra. */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0 : 1;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0;
        }
        // the shorter string first, so that which side a string is on cannot change the answer
        if (la > lb || (la == lb && a.compareTo(b) > 0)) {
            String t = a;
            a = b;
            b = t;
            la = a.length();
            lb = b.length();
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, la) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /**
     * Edits (insert, delete, replace, swap two neighbours) from one string to the other: the optimal string alignment
     * form of Damerau-Levenshtein distance, so "smtih" is one edit from "smith".
     */
    public static int editDistance(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int la = a.length();
        int lb = b.length();
        int[] before = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = d;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }

    /**
     * How well the words of one match the words of the other, each word of the shorter list taking its best
     * Jaro-Winkler partner in the longer (Monge-Elkan), averaged: "ainsworthstreet" still finds "ainsworth".
     */
    public static double wordsAlike(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (a.size() == b.size() && String.join(" ", a).compareTo(String.join(" ", b)) > 0) {
            shorter = b; // equal lengths: always from the same side, so that the answer is symmetric
            longer = a;
        }
        double sum = 0;
        for (String w : shorter) {
            double best = 0;
            for (String x : longer) {
                best = Math.max(best, jaroWinkler(w, x));
            }
            sum += best;
        }
        return sum / shorter.size();
    }

    /** The share of words in common: twice the common words over all words (Dice), 0 to 1, order ignored. */
    public static double tokenSet(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        int common = 0;
        for (String w : sa) {
            if (sb.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (sa.size() + sb.size());
    }
}
