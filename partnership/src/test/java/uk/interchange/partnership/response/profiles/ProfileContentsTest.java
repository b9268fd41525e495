package uk.interchange.partnership.response.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.response.hotspots.Months;
import uk.interchange.partnership.response.hotspots.Phase;
import uk.interchange.partnership.response.profiles.Profile.StrandLine;

/** What each line of a local profile says, from the records its readers may all read. */
class ProfileContentsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    private static Action action(String title, String strand, String status, LocalDate due) {
        return new Action("tvp", UUID.randomUUID(), title, strand, "", "tvp", due, status, "");
    }

    @Test
    void everyStrandIsListedWithItsActionsByStatusAndThoseOverdue() {
        List<Action> plans = List.of(
                action("Warrant", "pursue", "open", TODAY.minusDays(1)),
                action("Arrests", "pursue", "done", TODAY.minusDays(9)),
                action("Youth club", "prevent", "in-progress", TODAY.plusDays(9)),
                action("Dropped", "protect", "dropped", TODAY.minusDays(9)));

        assertThat(ProfileContents.strands(plans, TODAY))
                .containsExactly(
                        new StrandLine("pursue", 1, 0, 1, 0, 1),
                        new StrandLine("prevent", 0, 1, 0, 0, 0),
                        new StrandLine("protect", 0, 0, 0, 1, 0),
                        new StrandLine("prepare", 0, 0, 0, 0, 0));
        assertThat(ProfileContents.overdue(plans, TODAY)).containsExactly("Warrant (pursue, tvp, due 2025-06-30)");
    }

    @Test
    void groupsAreDescribedInWordsOrSaidNotToBe() {
        LocalDate on = LocalDate.of(2025, 3, 1);
        assertThat(ProfileContents.mapping(Optional.of(42), "B", on)).isEqualTo("42, band B (2025-03-01)");
        assertThat(ProfileContents.mapping(Optional.empty(), null, null)).isEqualTo("not mapped");
        assertThat(ProfileContents.assessment(Optional.of(61.54), "high", on))
                .isEqualTo("61.5, high confidence (2025-03-01)");
        assertThat(ProfileContents.assessment(Optional.empty(), null, null)).isEqualTo("not assessed");
    }

    @Test
    void aHotspotWithoutPhasesSaysSo() {
        Months none = new Months(List.of(), List.of(), List.of());
        assertThat(ProfileContents.hotspot("Chalvey", none, List.of()).changes())
                .containsExactly("no phases recorded");
        assertThat(ProfileContents.hotspot(
                                "Chalvey",
                                new Months(List.of(YearMonth.of(2025, 1)), List.of(3), List.of(4)),
                                List.of(new Phase("clear", LocalDate.of(2025, 1, 1), Optional.empty())))
                        .changes())
                .singleElement()
                .asString()
                .startsWith("Clear: Not yet");
    }

    @Test
    void vulnerabilitiesAreCountedInTheirKindsWords() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("person-at-risk", 2);
        counts.put("cuckooed-address", 3);
        assertThat(ProfileContents.vulnerabilities(counts))
                .containsExactly("person at risk of exploitation: 2", "cuckooed address: 3");
    }
}
