package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** A road's page: its picture of seven nights, from tonight or from a date asked for. */
class RoadPageTest extends ServerTest {
    @Autowired
    WorkStore store;

    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    @Test
    void showsTheNextSevenNightsWithLinksToTheWeeksEitherSide() {
        var r = page("/roadworks/roads/M6");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("the next seven nights").contains("<svg");
        // the demonstration's M6 closure, linked to its own page, in the table of restrictions
        assertThat(r.body()).contains("<a class=\"govuk-link\" href=\"/roadworks/works/M6-0001\">M6-0001</a>");
        assertThat(r.body())
                .contains("/roadworks/roads/M6?from=" + LocalDate.now().plusDays(7));
    }

    @Test
    void aWeekBeforeTheDemonstrationShowsNoneOfItsWorks() {
        LocalDate before = LocalDate.now().minusDays(7);
        var r = page("/roadworks/roads/M6?from=" + before);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("seven nights from ")
                .contains("Nothing is recorded on this road for these nights")
                .doesNotContain("M6-0001");
    }

    @Test
    void aWorkSavedAfterThePageWasShownIsOnItAtOnce() {
        LocalDate first = LocalDate.now().plusDays(60);
        String week = "/roadworks/roads/M6?from=" + first;
        assertThat(page(week).body()).contains("Nothing is recorded on this road for these nights");
        String day = first.plusDays(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.UK));
        String text = "M6 J8 to J9, West Midlands: barrier repairs\\n\\nThe northbound carriageway will be closed"
                + " between J8 and J9 overnight, between 9pm and 5am, on " + day + ".";
        var saved = send(HttpRequest.newBuilder(uri("/api/roadworks/works"))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\", \"status\": \"confirmed\"}"))
                .build());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        String ref = json(saved).get("reference").asString();
        assertThat(page(week).body())
                .doesNotContain("Nothing is recorded on this road for these nights")
                .contains(">" + ref + "</a>");
    }

    @Test
    void aChangeMadeByAnotherServerIsSeenWithinAQuarterSecond() throws InterruptedException {
        Instant before = store.lastChangeRecent();
        // another server sharing the database saves: here, a row changed without this server's store
        jdbc.update(
                "update roadworks.work set updated_at = ? where reference = 'M6-0001'",
                Timestamp.from(before.plusMillis(1)));
        Thread.sleep(WorkStore.RECHECK_NANOS / 1_000_000 + 50);
        assertThat(store.lastChangeRecent()).isEqualTo(before.plusMillis(1));
    }

    @Test
    void theLayoutAroundThePageFollowsWhoIsLooking() {
        // the layout is kept as text per sign-in state (PageShell): a visitor after a planner still sees "Sign in"
        var planner = SignedInSession.as(port, "planner", PLANNER_PASSWORD);
        var signedIn = planner.get("/roadworks/roads/M6");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body())
                .contains("<title>M6 roadworks - Interchange</title>")
                .contains("href=\"/account\">Your account</a>")
                .doesNotContain("href=\"/sign-in\"");
        var visitor = page("/roadworks/roads/M6");
        assertThat(visitor.body()).contains("href=\"/sign-in\">Sign in</a>").doesNotContain("Your account");
        assertThat(visitor.headers().firstValue("content-type")).hasValue("text/html;charset=UTF-8");
        assertThat(visitor.headers().firstValue("content-security-policy")).isPresent();
        assertThat(visitor.body())
                .endsWith("</html>\n")
                .contains("id=\"earlier\"")
                .contains("id=\"subscribe\"");
    }

    @Test
    void aDateThatIsNotADateIsRefusedByName() {
        var r = page("/roadworks/roads/M6?from=next-tuesday");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("next-tuesday").contains("year-month-day");
    }

    @Test
    void aRoadWithNoWorksIsNotFoundInPlainWords() {
        var r = get("/roadworks/roads/M99");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no works are recorded on road M99");
    }
}
