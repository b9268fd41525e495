package uk.interchange.partnership.response.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An order's next check follows the newest check, or its start before any; a subject unread is not named. */
class ManagedOrderTest {
    private static final LocalDate STARTS = LocalDate.of(2025, 3, 1);

    private static ManagedOrder order(Optional<String> label) {
        return new ManagedOrder(
                UUID.randomUUID(),
                "tvp",
                UUID.randomUUID(),
                label,
                new Scpo.Order("Reading Crown Court", STARTS, STARTS, STARTS.plusYears(2), false, Optional.empty()),
                "dc.smith",
                "",
                Optional.empty(),
                28);
    }

    @Test
    void theFirstCheckIsDueTheIntervalAfterTheStart() {
        ManagedOrder o = order(Optional.of("Dan Jones"));

        assertThat(o.nextCheck(List.of())).isEqualTo(LocalDate.of(2025, 3, 29));
        assertThat(o.checkOverdue(List.of(), LocalDate.of(2025, 3, 29))).isFalse();
        assertThat(o.checkOverdue(List.of(), LocalDate.of(2025, 3, 30))).isTrue();
    }

    @Test
    void laterChecksAreDueTheIntervalAfterTheNewest() {
        ManagedOrder o = order(Optional.of("Dan Jones"));
        List<Check> newestFirst = List.of(
                new Check(LocalDate.of(2025, 5, 10), "dc.smith", "kept"),
                new Check(LocalDate.of(2025, 4, 1), "dc.smith", "kept"));

        assertThat(o.nextCheck(newestFirst)).isEqualTo(LocalDate.of(2025, 6, 7));
        assertThat(o.checkOverdue(newestFirst, LocalDate.of(2025, 6, 1))).isFalse();
    }

    @Test
    void aSubjectNoLongerReadIsNotNamed() {
        assertThat(order(Optional.of("Dan Jones")).subject()).isEqualTo("Dan Jones");
        assertThat(order(Optional.empty()).subject()).isEqualTo(ManagedOrder.UNREAD_SUBJECT);
    }
}
