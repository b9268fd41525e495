package uk.interchange.partnership.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.matching.MatchRecord.Field;

/** Comparison levels as objects: a label made from the same threshold as its condition, and and / or / not. */
class LevelTest {
    private static final Nicknames NICKNAMES = Nicknames.builtIn();
    private static final Level.On GIVEN = new Level.On("given name", "given names", r -> r.given);
    private static final Pattern NUMBER = Pattern.compile("(\\d+(\\.\\d+)?)");

    private static MatchRecord person(String given) {
        return MatchRecord.of("x", 1, Map.of(Field.GIVEN, given, Field.SURNAME, "smith"), NICKNAMES);
    }

    @Test
    void aLevelIsLabelledWithItsThreshold() {
        assertThat(GIVEN.jaroWinkler(0.92).label()).isEqualTo("given names with Jaro-Winkler >= 0.92");
        assertThat(GIVEN.jaroWinkler(0.9).label()).isEqualTo("given names with Jaro-Winkler >= 0.9");
        assertThat(GIVEN.editsAtMost(2).label()).isEqualTo("given names at most 2 characters apart");
        assertThat(GIVEN.same().label()).isEqualTo("the same given name");
    }

    @Test
    void combinedLabelsSayHowTheyCombine() {
        Level a = Level.of("a", (x, y) -> true);
        Level b = Level.of("b", (x, y) -> true);
        Level c = Level.of("c", (x, y) -> true);
        assertThat(a.or(b).label()).isEqualTo("a, or b");
        assertThat(a.or(b).or(c).label()).isEqualTo("a, or b, or c");
        assertThat(a.and(b.or(c)).label()).isEqualTo("a and (b, or c)");
        assertThat(a.and(b).not().label()).isEqualTo("not (a and b)");
        assertThat(a.not().label()).isEqualTo("not a");
    }

    @Test
    void theComparisonsLabelsComeFromTheirLevels() {
        assertThat(Comparisons.GIVEN.levels())
                .contains("given names with Jaro-Winkler >= 0.92, or given name and surname swapped");
        assertThat(Comparisons.TOWN.levels())
                .containsExactly("the same town", "towns with Jaro-Winkler >= 0.9", "different towns");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("jon", "john", "joan", "jonathan", "sophie", "sofia", "sophia", "mary", "marie", "j");
    }

    /** The number in a label is the threshold that decides: the condition holds exactly when the score reaches it. */
    @Property(tries = 300)
    void aLevelsLabelNamesTheThresholdItTests(
            @ForAll("names") String x, @ForAll("names") String y, @ForAll @DoubleRange(min = 0, max = 1) double raw) {
        double t = Math.round(raw * 100) / 100.0;
        Level l = GIVEN.jaroWinkler(t);
        Matcher m = NUMBER.matcher(l.label());
        assertThat(m.find()).as(l.label()).isTrue();
        double named = Double.parseDouble(m.group(1));
        assertThat(named).isEqualTo(t);
        assertThat(l.test(person(x), person(y))).isEqualTo(Similarity.jaroWinkler(x, y) >= named);
    }

    @Property(tries = 200)
    void anEditLevelsLabelNamesItsEdits(
            @ForAll("names") String x, @ForAll("names") String y, @ForAll @IntRange(min = 0, max = 9) int edits) {
        Level l = GIVEN.editsAtMost(edits);
        Matcher m = NUMBER.matcher(l.label());
        assertThat(m.find()).isTrue();
        int named = Integer.parseInt(m.group(1));
        assertThat(named).isEqualTo(edits);
        assertThat(l.test(person(x), person(y))).isEqualTo(Similarity.editDistance(x, y) <= named);
    }

    /** and, or and not obey the boolean laws, whatever the conditions and the records. */
    @Property(tries = 300)
    void andOrNotObeyTheBooleanLaws(
            @ForAll("names") String x,
            @ForAll("names") String y,
            @ForAll @DoubleRange(min = 0, max = 1) double s,
            @ForAll @DoubleRange(min = 0, max = 1) double t,
            @ForAll @IntRange(min = 0, max = 5) int e) {
        MatchRecord a = person(x);
        MatchRecord b = person(y);
        Level p = GIVEN.jaroWinkler(s);
        Level q = GIVEN.jaroWinkler(t).not();
        Level r = GIVEN.editsAtMost(e);
        boolean P = p.test(a, b);
        boolean Q = q.test(a, b);
        assertThat(p.and(q).test(a, b)).isEqualTo(P && Q);
        assertThat(p.or(q).test(a, b)).isEqualTo(P || Q);
        assertThat(p.not().test(a, b)).isEqualTo(!P);
        assertThat(p.not().not().test(a, b)).isEqualTo(P);
        assertThat(p.and(q).not().test(a, b)).isEqualTo(p.not().or(q.not()).test(a, b)); // De Morgan
        assertThat(p.or(q).not().test(a, b)).isEqualTo(p.not().and(q.not()).test(a, b));
        assertThat(p.and(q.or(r)).test(a, b)).isEqualTo(p.and(q).or(p.and(r)).test(a, b)); // distribution
        assertThat(p.or(q.and(r)).test(a, b)).isEqualTo(p.or(q).and(p.or(r)).test(a, b));
        assertThat(p.and(q).test(a, b)).isEqualTo(q.and(p).test(a, b)); // commutation
        assertThat(p.or(q).test(a, b)).isEqualTo(q.or(p).test(a, b));
        assertThat(p.or(p.not()).test(a, b)).isTrue(); // excluded middle
        assertThat(p.and(p.not()).test(a, b)).isFalse();
    }
}
