package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** Writing a graded report and who may then read it, by its handling code. */
class ReportPagesTest extends ServerTest {
    static String form(String handling, String conditions, String shareWith, boolean groups) {
        String review = LocalDate.now().plusMonths(6).toString();
        return "text=" + SignedInSession.enc("Kestley is storing waste at Cold Lane at night.")
                + "&model=3x5x2&source=2&assessment=B&handling=" + handling
                + "&conditions=" + SignedInSession.enc(conditions)
                + "&legacyGrading=&marking=OFFICIAL-SENSITIVE&reviewOn=" + review
                + (shareWith.isEmpty() ? "" : "&shareWith=" + shareWith)
                + (groups ? "&shareGroups=yes" : "");
    }

    @Test
    void aFormWithProblemsIsShownAgainWithEachFieldNamedAndNothingStored() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/reports/new");
        var r = force.postRaw(
                "/partnership/reports",
                "text=&model=3x5x2&source=7&assessment=B&handling=C&conditions=&marking=OFFICIAL&reviewOn=soon"
                        + "&shareWith=nowhere");
        assertThat(r.uri().getPath()).isEqualTo("/partnership/reports");
        assertThat(r.body())
                .contains("href=\"#text\"")
                .contains("href=\"#source\"")
                .contains("href=\"#conditions\"")
                .contains("href=\"#review_on\"")
                .contains("&quot;nowhere&quot; is not a partnership organisation");
    }

    @Test
    void aCodeCReportReachesOnlyTheOrganisationsNamedOnItNotTheGroup() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/reports/new");
        var saved =
                force.postRaw("/partnership/reports", form("C", "not to go beyond the named council", "reading", true));
        String path = saved.uri().getPath();
        assertThat(path).startsWith("/partnership/reports/tvp/");
        assertThat(saved.body())
                .contains("2B C (not to go beyond the named council)")
                .contains("reading");

        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get(path); // asks why, and gives the form its token
        var read = council.post(path, java.util.Map.of("reason", "Tender checks on Kestley", "caseReference", ""));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("Kestley is storing waste").doesNotContain("id=\"shared\"");

        SignedInSession hmrc = SignedInSession.as(port, "hmrc-analyst", PLANNER_PASSWORD);
        hmrc.get(path);
        var refused = hmrc.post(path, java.util.Map.of("reason", "VAT enquiry into Kestley", "caseReference", ""));
        assertThat(refused.statusCode()).isEqualTo(404); // in the group, not named: as if there were no report
    }

    @Test
    void aReportsOwnerNamesAnotherOrganisationButCannotLoosenItsHandlingCode() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/reports/new");
        String path = force.postRaw("/partnership/reports", form("C", "ROCU only", "serocu", false))
                .uri()
                .getPath();
        String sharing = path.replace("/partnership/reports/", "/partnership/sharing/reports/");
        var page = force.get(sharing);
        assertThat(page.body())
                .contains("keeps the handling code of its grading")
                .doesNotContain("id=\"handling-p\"");
        // handling=P is sent, as a forged form might: the report stays under C, so the group still reads nothing
        var saved = force.postRaw(
                sharing, "shareWith=serocu&shareWith=hmrc&shareGroups=yes&handling=P&reason=HMRC+joins+the+enquiry");
        assertThat(saved.uri().getPath()).isEqualTo(path);
        assertThat(saved.body()).contains("2B C (ROCU only)").contains("hmrc");

        SignedInSession hmrc = SignedInSession.as(port, "hmrc-analyst", PLANNER_PASSWORD);
        hmrc.get(path);
        assertThat(hmrc.post(path, java.util.Map.of("reason", "Joint enquiry with the force", "caseReference", ""))
                        .statusCode())
                .isEqualTo(200);
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get(path);
        assertThat(council.post(path, java.util.Map.of("reason", "Tender checks", "caseReference", ""))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSanitisedCopyGoesWiderAndTheOriginalStaysWhereItWas() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/reports/new");
        var saved =
                force.postRaw("/partnership/reports", form("C", "source protection: named council only", "", false));
        String original = saved.uri().getPath();
        var copy = force.post(
                original + "/sanitised",
                java.util.Map.of(
                        "text",
                        "Waste is being stored without a" + " permit at an industrial estate in south Reading."));
        String copyPath = copy.uri().getPath();
        assertThat(copyPath).isNotEqualTo(original).startsWith("/partnership/reports/tvp/");
        assertThat(copy.body()).contains("2B P").contains("sanitised copy of another report");

        SignedInSession hmrc = SignedInSession.as(port, "hmrc-analyst", PLANNER_PASSWORD);
        hmrc.get(copyPath);
        var read = hmrc.post(copyPath, java.util.Map.of("reason", "Landfill tax enquiry", "caseReference", ""));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("without a permit").doesNotContain("Cold Lane");
        assertThat(hmrc.get(original).statusCode()).isEqualTo(404);
    }
}
