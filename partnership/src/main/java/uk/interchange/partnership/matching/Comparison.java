package uk.interchange.partnership.matching;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.interchange.partnership.matching.MatchRecord.Field;

/**
 * One comparison of two records, on one thing they say: its levels from best agreement to disagreement (level 0 is
 * "not known on one side", which counts neither way), the fields it needs, and for the best level the value whose
 * frequency adjusts its weight ("smith" agreeing is worth less than "okonkwo"); null for a comparison whose weight
 * does not depend on the value (a date of birth, an address). {@code fixedM}, when not null, is m for each level
 * (from index 1), stated rather than estimated (NaN for a level still estimated): for identifiers, where EM among
 * pairs that share a name would learn that "different numbers" is common among matches.
 */
public record Comparison(
        String name,
        List<String> levels,
        Set<Field> needs,
        Leveller leveller,
        Function<MatchRecord, String> frequencyOf,
        double[] fixedM) {

    public Comparison(
            String name,
            List<String> levels,
            Set<Field> needs,
            Leveller leveller,
            Function<MatchRecord, String> frequencyOf) {
        this(name, levels, needs, leveller, frequencyOf, null);
    }

    /** The level (1 to the number of levels) two records reach, or 0 when either does not say. */
    @FunctionalInterface
    public interface Leveller {
        int level(MatchRecord a, MatchRecord b);
    }

    /**
     * A comparison made of level objects: 0 when {@code known} fails for either record, else the first level whose
     * condition holds (1 up), else the last, {@code otherwise}. The labels are the levels' own.
     */
    public static Comparison of(
            String name,
            Set<Field> needs,
            java.util.function.Predicate<MatchRecord> known,
            List<Level> levels,
            String otherwise,
            Function<MatchRecord, String> frequencyOf) {
        return of(name, needs, known, levels, otherwise, frequencyOf, null);
    }

    /** As above, with m stated for each level (index 1 up) rather than estimated. */
    public static Comparison of(
            String name,
            Set<Field> needs,
            java.util.function.Predicate<MatchRecord> known,
            List<Level> levels,
            String otherwise,
            Function<MatchRecord, String> frequencyOf,
            double[] fixedM) {
        if (fixedM != null && fixedM.length != levels.size() + 2) {
            throw new IllegalArgumentException("fixed m needs one value a level, after an unused index 0");
        }
        Level[] ls = levels.toArray(Level[]::new);
        List<String> labels = new java.util.ArrayList<>();
        levels.forEach(l -> labels.add(l.label()));
        labels.add(otherwise);
        return new Comparison(
                name,
                List.copyOf(labels),
                needs,
                (a, b) -> {
                    if (!known.test(a) || !known.test(b)) {
                        return 0;
                    }
                    for (int i = 0; i < ls.length; i++) {
                        if (ls[i].test(a, b)) {
                            return i + 1;
                        }
                    }
                    return ls.length + 1;
                },
                frequencyOf,
                fixedM);
    }

    public int level(MatchRecord a, MatchRecord b) {
        return leveller.level(a, b);
    }

    /** The words of a level (1 and up), as explanations show them. */
    public String words(int level) {
        return level == 0 ? "not known on one side or both" : levels.get(level - 1);
    }

    /** Whether a file with these fields gives this comparison something to compare. */
    public boolean applies(Set<Field> fields) {
        for (Field f : needs) {
            if (fields.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
