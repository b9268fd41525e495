package uk.interchange.partnership.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.response.ScoringModel.Confidence;

/** The scoring model: its definition, its scores, and what it refuses. */
class ScoringModelTest {
    static final Map<String, Confidence> SURE = Map.of(
            "harm",
            Confidence.HIGH,
            "likelihood",
            Confidence.HIGH,
            "capacity",
            Confidence.HIGH,
            "capability",
            Confidence.HIGH);

    @Test
    void theShippedModelScoresByHand() {
        ScoringModel m = ScoringModel.standard();
        assertThat(m.dimensions())
                .extracting(ScoringModel.Dimension::key)
                .containsExactly("harm", "likelihood", "capacity", "capability");
        // harm 5 (1 of 1, weight 3), likelihood 3 (0.5, weight 2), capacity 1 (0), capability 2 (0.25):
        // (3 + 1 + 0 + 0.25) / 7 = 0.6071
        var s = m.score(
                Map.of("harm", 5, "likelihood", 3, "capacity", 1, "capability", 2),
                Map.of(
                        "harm",
                        Confidence.HIGH,
                        "likelihood",
                        Confidence.LOW,
                        "capacity",
                        Confidence.MEDIUM,
                        "capability",
                        Confidence.HIGH));
        assertThat(s.score()).isCloseTo(60.714, within(0.001));
        assertThat(s.confidence()).as("the least sure dimension").isEqualTo(Confidence.LOW);
    }

    @Test
    void aDefinitionWrittenOutReadsBackTheSame() {
        ScoringModel m = ScoringModel.standard();
        assertThat(ScoringModel.read(m.id(), m.version(), m.title(), m.definition()))
                .isEqualTo(m);
    }

    @Test
    void badScoresAndDefinitionsAreRefusedWithTheReason() {
        ScoringModel m = ScoringModel.standard();
        assertThatThrownBy(() -> m.score(Map.of("harm", 6, "likelihood", 3, "capacity", 1, "capability", 2), SURE))
                .hasMessage("harm: 6 is off the scale of 1 to 5");
        assertThatThrownBy(() -> m.score(Map.of("harm", 2), SURE)).hasMessageStartingWith("likelihood: no score");
        assertThatThrownBy(() -> ScoringModel.read("m", 1, "t", "dimension,name,min,max,weight\nharm,Harm,5,1,1\n"))
                .hasMessageContaining("a model's id");
        assertThatThrownBy(() -> ScoringModel.read("mine", 1, "t", "dimension,name,min,max,weight\nharm,Harm,5,1,1\n"))
                .hasMessageContaining("must rise from min to max");
        assertThatThrownBy(() -> ScoringModel.read("mine", 1, "t", "dimension,name,min,max,weight\nharm,Harm,1,x,1\n"))
                .hasMessageContaining("line 2: min and max must be whole numbers");
    }

    /** Raising one dimension's score never lowers the total, and every score lies between 0 and 100. */
    @Property(tries = 300)
    void moreHarmNeverScoresLess(
            @ForAll @IntRange(min = 1, max = 4) int harm,
            @ForAll @IntRange(min = 1, max = 5) int likelihood,
            @ForAll @IntRange(min = 1, max = 5) int capacity,
            @ForAll @IntRange(min = 1, max = 5) int capability) {
        ScoringModel m = ScoringModel.standard();
        double lower = m.score(
                        Map.of("harm", harm, "likelihood", likelihood, "capacity", capacity, "capability", capability),
                        SURE)
                .score();
        double higher = m.score(
                        Map.of(
                                "harm",
                                harm + 1,
                                "likelihood",
                                likelihood,
                                "capacity",
                                capacity,
                                "capability",
                                capability),
                        SURE)
                .score();
        assertThat(higher).isGreaterThan(lower);
        assertThat(lower).isBetween(0.0, 100.0);
    }
}
