package uk.interchange.partnership.response.collaborations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A milestone is late once its day has passed without it being met, whatever else it says. */
class MilestoneTest {
    private static final LocalDate DUE = LocalDate.of(2025, 9, 30);

    @Test
    void lateOnlyAfterItsDayAndOnlyIfNotMet() {
        LocalDate after = DUE.plusDays(1);
        assertThat(new Milestone("Joint unit formed", DUE, "on-track").late(after))
                .isTrue();
        assertThat(new Milestone("Joint unit formed", DUE, "missed").late(after))
                .isTrue();
        assertThat(new Milestone("Joint unit formed", DUE, "met").late(after)).isFalse();
        assertThat(new Milestone("Joint unit formed", DUE, "at-risk").late(DUE)).isFalse();
    }
}
