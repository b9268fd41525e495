package uk.interchange.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportDraftTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aWellFormedDraftMakesAGradedReport() {
        var c = new ReportDraft(
                        "Kestley uses the yard at Cold Lane at night.",
                        "3x5x2",
                        "2",
                        "b",
                        "C",
                        "not to be shared beyond the named council",
                        "",
                        "official-sensitive",
                        "2027-05-22")
                .check("r1", "tvp", TODAY);
        assertThat(c.problems()).isEmpty();
        IntelligenceReport r = c.report().get();
        assertThat(r.grading().label()).isEqualTo("2B C (not to be shared beyond the named council)");
        assertThat(r.marking()).isEqualTo(SecurityMarking.OFFICIAL_SENSITIVE);
    }

    @Test
    void everyProblemIsReportedByItsFieldAtOnce() {
        var c = new ReportDraft(" ", "3x5x2", "4", "F", "C", "", "", "SECRET", "22/05/2027").check("r", "tvp", TODAY);
        assertThat(c.report()).isEmpty();
        assertThat(c.problems())
                .extracting(ReportDraft.Problem::field)
                .containsExactly("text", "source", "assessment", "conditions", "marking", "review_on");
    }

    @Test
    void anOlderGradingIsKeptAsGivenAndAPastReviewDateRefused() {
        var c = new ReportDraft("Old report", "5x5x5", "", "", "", "", "B2 4", "OFFICIAL", "2026-11-01")
                .check("r", "tvp", TODAY);
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.field())
                .isEqualTo("review_on"));
        var ok = new ReportDraft("Old report", "5x5x5", "", "", "", "", "B2 4", "OFFICIAL", "2027-01-01")
                .check("r", "tvp", TODAY);
        assertThat(ok.report().get().grading()).isEqualTo(new Grading.Legacy5x5x5("B2 4"));
    }
}
