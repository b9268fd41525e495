package uk.interchange.partnership.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Property
    void everySimilarityIsSymmetric(
            @ForAll @AlphaChars @StringLength(max = 12) String a,
            @ForAll @AlphaChars @StringLength(max = 12) String b) {
        assertThat(Similarity.jaroWinkler(a, b)).isEqualTo(Similarity.jaroWinkler(b, a));
        assertThat(Similarity.editDistance(a, b)).isEqualTo(Similarity.editDistance(b, a));
        List<String> wa = Text.words(Text.fold(a.replace('e', ' ')));
        List<String> wb = Text.words(Text.fold(b.replace('e', ' ')));
        assertThat(Similarity.tokenSet(wa, wb)).isEqualTo(Similarity.tokenSet(wb, wa));
        assertThat(Similarity.wordsAlike(wa, wb)).isCloseTo(Similarity.wordsAlike(wb, wa), within(1e-12));
    }

    @Property
    void aStringIsWhollyLikeItselfAndNoEditsFromIt(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String a) {
        assertThat(Similarity.jaroWinkler(a, a)).isEqualTo(1.0);
        assertThat(Similarity.editDistance(a, a)).isZero();
        double jw = Similarity.jaroWinkler(a, a + "x");
        assertThat(jw).isBetween(0.0, 1.0);
    }

    @Property
    void swappingTwoNeighboursIsOneEdit(@ForAll @AlphaChars @StringLength(min = 2, max = 12) String a, @ForAll int at) {
        int i = Math.floorMod(at, a.length() - 1);
        char[] c = a.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        String b = new String(c);
        assertThat(Similarity.editDistance(a, b)).isEqualTo(a.equals(b) ? 0 : 1);
    }

    @Test
    void knownValues() {
        assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
        assertThat(Similarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, within(0.001));
        assertThat(Similarity.editDistance("smith", "smtih")).isEqualTo(1);
        assertThat(Similarity.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Similarity.tokenSet(List.of("unit", "4", "cold", "lane"), List.of("cold", "lane", "unit", "4")))
                .isEqualTo(1.0);
        assertThat(Similarity.wordsAlike(List.of("264", "ainsworthstreet"), List.of("264", "ainsworth", "street")))
                .isGreaterThan(0.9);
    }

    @Test
    void soundexGroupsNamesThatSoundAlike() {
        assertThat(Phonetic.soundex("robert")).isEqualTo("R163").isEqualTo(Phonetic.soundex("rupert"));
        assertThat(Phonetic.soundex("smith"))
                .isEqualTo(Phonetic.soundex("smyth"))
                .isEqualTo("S530");
        assertThat(Phonetic.soundex("ashcraft")).isEqualTo("A261"); // h does not separate s and c
        assertThat(Phonetic.soundex("tymczak")).isEqualTo("T522");
        assertThat(Phonetic.soundex("pfister")).isEqualTo("P236");
        assertThat(Phonetic.soundex("")).isEmpty();
    }
}
