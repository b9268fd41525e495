package uk.interchange.partnership.response.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An action is overdue once past its due date while still open or in progress, never once finished. */
class ActionTest {
    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    private static Action with(String status) {
        return new Action("tvp", UUID.randomUUID(), "Close the trap house", "pursue", "", "tvp", DUE, status, "");
    }

    @Test
    void onlyUnfinishedActionsPastTheirDayAreOverdue() {
        LocalDate after = DUE.plusDays(1);
        assertThat(with("open").overdue(after)).isTrue();
        assertThat(with("in-progress").overdue(after)).isTrue();
        assertThat(with("done").overdue(after)).isFalse();
        assertThat(with("dropped").overdue(after)).isFalse();
        assertThat(with("open").overdue(DUE)).isFalse();
    }

    @Test
    void everyStatusIsKnownAndTheStrandsAreTheFourPs() {
        assertThat(Action.STATUSES).containsExactly("open", "in-progress", "done", "dropped");
        assertThat(Action.STRANDS).containsExactly("pursue", "prevent", "protect", "prepare");
    }
}
