package uk.interchange.partnership.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One level of a comparison: a condition on two records and the words that say it, made together from the same
 * parameters, so that a label can never drift from its threshold ({@code On.jaroWinkler(0.92)} is labelled "...
 * Jaro-Winkler >= 0.92" and holds exactly when the similarity is at least 0.92). Levels combine with and, or and not,
 * and their labels combine with them.
 */
public final class Level {
    private enum Op {
        ATOM,
        AND,
        OR,
        NOT
    }

    private final String label;
    private final BiPredicate<MatchRecord, MatchRecord> condition;
    private final Op op;

    private Level(String label, BiPredicate<MatchRecord, MatchRecord> condition, Op op) {
        this.label = label;
        this.condition = condition;
        this.op = op;
    }

    /** A level whose words are given with its condition (for a condition with no parameter, such as "swapped"). */
    public static Level of(String label, BiPredicate<MatchRecord, MatchRecord> condition) {
        return new Level(label, condition, Op.ATOM);
    }

    public boolean test(MatchRecord a, MatchRecord b) {
        return condition.test(a, b);
    }

    public String label() {
        return label;
    }

    public Level and(Level other) {
        return new Level(
                part(this, Op.AND) + " and " + part(other, Op.AND), (a, b) -> test(a, b) && other.test(a, b), Op.AND);
    }

    public Level or(Level other) {
        return new Level(
                part(this, Op.OR) + ", or " + part(other, Op.OR), (a, b) -> test(a, b) || other.test(a, b), Op.OR);
    }

    public Level not() {
        return new Level("not " + part(this, Op.NOT), (a, b) -> !test(a, b), Op.NOT);
    }

    /** A label inside another: bracketed unless it is a single condition or joined by the same word. */
    private static String part(Level l, Op outer) {
        return l.op == Op.ATOM || (l.op == outer && outer != Op.NOT) ? l.label : "(" + l.label + ")";
    }

    @Override
    public String toString() {
        return label;
    }

    /** A threshold as labels write it: 0.92, 0.9, 1. */
    static String number(double t) {
        return BigDecimal.valueOf(t).stripTrailingZeros().toPlainString();
    }

    /**
     * Levels on one text value of each record, labelled with the value's name: {@code new On("given name", "given
     * names", r -> r.given)}. An empty value never agrees.
     */
    public record On(String one, String many, Function<MatchRecord, String> value) {
        public Level same() {
            return of("the same " + one, (a, b) -> {
                String x = value.apply(a);
                return !x.isEmpty() && x.equals(value.apply(b));
            });
        }

        public Level jaroWinkler(double atLeast) {
            return of(
                    many + " with Jaro-Winkler >= " + number(atLeast),
                    (a, b) -> Similarity.jaroWinkler(value.apply(a), value.apply(b)) >= atLeast);
        }

        public Level editsAtMost(int edits) {
            return of(
                    many + " at most " + edits + (edits == 1 ? " character" : " characters") + " apart",
                    (a, b) -> Similarity.editDistance(value.apply(a), value.apply(b)) <= edits);
        }

        /** Agreement on a part of the value that the value is made from (a postcode's sector, a Soundex code). */
        public Level samePart(String what, Function<MatchRecord, String> part) {
            return of("the same " + what, (a, b) -> {
                String x = part.apply(a);
                return !x.isEmpty() && x.equals(part.apply(b));
            });
        }
    }

    /** Levels on the words of a value (an address, a company name). */
    public record Words(String many, Function<MatchRecord, List<String>> words) {
        /** Words in common: twice the common words over all words (Dice). */
        public Level inCommon(double atLeast) {
            return of(
                    many + " with words in common (Dice) >= " + number(atLeast),
                    (a, b) -> Similarity.tokenSet(words.apply(a), words.apply(b)) >= atLeast);
        }

        /** Each word of one near its best partner in the other, averaged (Monge-Elkan over Jaro-Winkler). */
        public Level alike(double atLeast) {
            return of(
                    many + " with words alike (Monge-Elkan) >= " + number(atLeast),
                    (a, b) -> Similarity.wordsAlike(words.apply(a), words.apply(b)) >= atLeast);
        }
    }
}
