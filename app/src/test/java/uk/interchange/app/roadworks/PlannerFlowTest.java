package uk.interchange.app.roadworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** A planner's work over HTTP: import, record, change, clash warnings, concurrent edits and bad input. */
class PlannerFlowTest extends ServerTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    @Autowired
    WorkStore store;

    @Autowired
    Accounts accounts;

    private SignedInSession planner() {
        return SignedInSession.as(port, "planner", PLANNER_PASSWORD);
    }

    private static String day(int fromToday) {
        return DAY.format(LocalDate.now().plusDays(fromToday));
    }

    @Test
    void plannerPagesSendABrowserToSignInAndAProgramAway() {
        var r = send(java.net.http.HttpRequest.newBuilder(uri("/roadworks/planner"))
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/sign-in"));
    }

    @Test
    void thePlannerChecksForClashesOnDemand() {
        SignedInSession s = planner();
        var home = s.get("/roadworks/planner");
        assertThat(home.body()).contains("Your works").contains("Check for clashes");
        var page = s.get("/roadworks/planner/clashes");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("diversion goes via M5 J1").contains("both carriageways of M6");
    }

    @Test
    void aWrongPasswordIsRefusedAndRepeatedFailuresLockTheAccount() {
        accounts.save("locktest", "right-password-1", "Lock test", "demo-midlands", List.of("PLANNER"));
        for (int i = 0; i < 5; i++) {
            assertThat(catchSignIn("locktest", "wrong")).isTrue();
        }
        // now even the right password is refused, and the page says why
        SignedInSession s = null;
        try {
            s = SignedInSession.as(port, "locktest", "right-password-1");
        } catch (IllegalStateException expected) {
            // refused, as it should be
        }
        assertThat(s).isNull();
    }

    @Test
    void guessingPasswordsOverHttpBasicLocksTheNameToo() {
        accounts.save("basictest", "right-password-2", "Basic test", "demo-midlands", List.of("PLANNER"));
        java.util.function.Function<String, Integer> tryWith =
                password -> send(java.net.http.HttpRequest.newBuilder(uri("/api/roadworks/clashes"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(("basictest:" + password)
                                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                                .GET()
                                .build())
                        .statusCode();
        for (int i = 0; i < 5; i++) {
            assertThat(tryWith.apply("guess-" + i)).isEqualTo(401);
        }
        assertThat(tryWith.apply("right-password-2"))
                .as("waits after five guesses, told so with 429 and Retry-After")
                .isEqualTo(429);
    }

    @Test
    void closingARoadThatAStoredDiversionUsesIsAClash() {
        SignedInSession s = planner();
        // the demonstration M6 J8-J10 closure is diverted via M5 J1 every night of the week
        String text = "M5 J1, West Midlands: lighting\n\nThe M5 will be closed in both directions at J1 overnight,"
                + " between 11pm and 4am, on " + day(5) + ".";
        var warned = s.post("/roadworks/planner/save", Map.of("text", text, "status", "confirmed"));
        assertThat(warned.body())
                .contains("This work clashes with others")
                .contains("M6-0001")
                .contains("diversion goes via M5 J1, but this work closes");
    }

    private boolean catchSignIn(String user, String password) {
        try {
            SignedInSession.as(port, user, password);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    @Test
    void importingShowsWhatWasReadStoresNothingUntilConfirmedAndNeverTwice() {
        SignedInSession s = planner();
        String bulletin = "M1 J24 to J25, Derbyshire: survey\n\nSurvey work takes place this week. The northbound"
                + " carriageway will be closed between J24 and J25 overnight, between 10pm and 5am, on " + day(2)
                + ". Traffic will be diverted via the A50 and A6.\n\nThis sentence means nothing to a reader of"
                + " roadworks.\n";
        long before = store.count();
        var preview = s.post("/roadworks/planner/import", Map.of("text", bulletin, "published", ""));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Check what was read").contains("M1 J24 to J25");
        assertThat(preview.body()).contains("Things to check").contains("means nothing");
        assertThat(store.count()).as("nothing stored by a preview").isEqualTo(before);

        String id = find(preview.body(), "name=\"all\" value=\"([^\"]+)\"");
        String fields = "text=" + SignedInSession.enc(bulletin) + "&published=&all=" + id + "&keep=" + id;
        var done = s.postRaw("/roadworks/planner/import/confirm", fields);
        assertThat(done.body()).contains("Bulletin imported").contains("1</span> works saved");
        assertThat(store.count()).isEqualTo(before + 1);

        var again = s.postRaw("/roadworks/planner/import/confirm", fields);
        assertThat(again.body()).contains("0</span> works saved").contains("already saved");
        assertThat(store.count()).isEqualTo(before + 1);
    }

    @Test
    void aClashIsShownBeforeSavingAndNeedsAReasonToSaveAnyway() {
        SignedInSession s = planner();
        // diverted via M5 J1 on a night the demonstration closes the M5 between J1 and J2
        String text = "M6 J9 to J10, West Midlands: drainage\n\nThe southbound carriageway will be closed between"
                + " J10 and J9 overnight, between 9pm and 5am, on " + day(1)
                + ". Traffic will be diverted via the M5 J1 and the A41.";
        var warned = s.post("/roadworks/planner/save", Map.of("text", text, "status", "confirmed"));
        assertThat(warned.body()).contains("This work clashes with others").contains("via M5 J1");
        long before = store.count();
        var saved = s.post(
                "/roadworks/planner/save",
                Map.of("text", text, "status", "confirmed", "despite", "agreed with the M5 team"));
        assertThat(saved.uri().getPath()).startsWith("/roadworks/works/M6-");
        assertThat(saved.body()).contains("Saved as version").contains("agreed with the M5 team");
        assertThat(store.count()).isEqualTo(before + 1);
    }

    @Test
    void twoPlannersEditingAtOnceDoNotOverwriteEachOther() {
        SignedInSession a = planner();
        SignedInSession b = planner();
        String text = "M42 J8, Warwickshire: signs\n\nLane closures will be in place on the northbound carriageway at"
                + " J8 overnight, between 10pm and 5am, on " + day(20) + ".";
        var created = a.post("/roadworks/planner/save", Map.of("text", text, "status", "provisional"));
        String ref = created.uri().getPath().replace("/roadworks/works/", "");
        var formA = a.get("/roadworks/works/" + ref + "/edit");
        var formB = b.get("/roadworks/works/" + ref + "/edit");
        assertThat(formA.body()).contains("name=\"version\" value=\"1\"");
        var savedA = a.post(
                "/roadworks/planner/save",
                Map.of("reference", ref, "version", "1", "status", "confirmed", "reason", "approved", "text", text));
        assertThat(savedA.body()).contains("Saved as version");
        assertThat(formB.statusCode()).isEqualTo(200);
        var savedB = b.post(
                "/roadworks/planner/save",
                Map.of("reference", ref, "version", "1", "status", "cancelled", "reason", "not needed", "text", text));
        assertThat(savedB.body()).contains("Changed by someone else").contains("after you opened version 1");
        assertThat(store.findByReference(ref).orElseThrow().status().code()).isEqualTo("confirmed");
        assertThat(store.findByReference(ref).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void badWorksAreRefusedWithTheReasonAndNothingIsSaved() {
        SignedInSession s = planner();
        long before = store.count();
        Map<String, String> bad = Map.of(
                "a junction the road does not have",
                "M6 J40 to J41, West Midlands: drainage\n\nThe southbound carriageway will be closed between J41 and"
                        + " J40 overnight, between 9pm and 5am, on " + day(3) + ".",
                "a direction the road is not signed in",
                "M6 J4 to J5, West Midlands: signs\n\nThe eastbound carriageway will be closed between J4 and J5"
                        + " overnight, between 9pm and 5am, on " + day(3) + ".",
                "a date that does not exist",
                "M6 J4 to J5, West Midlands: signs\n\nThe northbound carriageway will be closed between J4 and J5"
                        + " overnight, between 9pm and 5am, on Monday 31 February.",
                "no work at all",
                "Hello, this is not a roadworks notice.");
        bad.forEach((why, text) -> {
            var r = s.post("/roadworks/planner/save", Map.of("text", text, "status", "confirmed"));
            assertThat(r.statusCode()).as(why).isEqualTo(200);
            assertThat(r.body()).as(why).contains("There is a problem").contains("govuk-error-summary");
        });
        assertThat(s.post(
                                "/roadworks/planner/save",
                                Map.of("text", bad.get("a junction the road does not have"), "status", "confirmed"))
                        .body())
                .contains("has no junction 40");
        assertThat(s.post(
                                "/roadworks/planner/save",
                                Map.of("text", bad.get("a direction the road is not signed in"), "status", "confirmed"))
                        .body())
                .contains("is signed northbound and southbound, not eastbound");
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        SignedInSession s = planner();
        long before = store.count();
        String text = "M6 J4 to J5, West Midlands: signs\n\nThe northbound carriageway will be closed between J4 and J5"
                + " overnight, between 9pm and 5am, on " + day(9) + ".";
        var r = s.postWithoutToken("/roadworks/planner/save", "status=confirmed&text=" + SignedInSession.enc(text));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void aBulletinSavedAsWindows1252IsReadWithANoteAndBytesThatAreNotTextAreRefused() {
        SignedInSession s = planner();
        s.get("/roadworks/planner/import");
        // as Word saves "plain text": an en dash is the single byte 0x96, which is not UTF-8
        String bulletin =
                "M1 J24 \u2013 J25, Derbyshire: survey\n\nThe northbound carriageway will be closed between J24"
                        + " and J25 overnight, between 10pm and 5am, on " + day(3) + ".\n";
        byte[] latin = bulletin.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        var r = s.postFile("/roadworks/planner/import", "file", "bulletin.txt", latin);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Check what was read")
                .contains("Line 1 is not UTF-8, so the file was read as Windows-1252")
                .contains("J24 \u2013 J25")
                .doesNotContain("\uFFFD");
        byte[] binary = {'M', '1', '\n', (byte) 0x81, (byte) 0x8d, '\n'}; // unassigned in Windows-1252 too
        var refused = s.postFile("/roadworks/planner/import", "file", "bulletin.bin", binary);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("line 2 is neither UTF-8 nor Windows-1252");
    }

    @Test
    void aFiftyMegabyteUploadOnThePageIsRefusedClearly() {
        SignedInSession s = planner();
        s.get("/roadworks/planner/import");
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        var r = s.postFile("/roadworks/planner/import", "file", "huge.txt", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("The upload is too large").contains("smaller than 8 MB");
        assertThat(s.get("/roadworks/planner").statusCode()).isEqualTo(200);
    }

    @Test
    void aPlannerCannotChangeAnotherAuthoritysWork() {
        accounts.save("other", "other-password-1", "Other planner", null, List.of("PLANNER"));
        SignedInSession other = SignedInSession.as(port, "other", "other-password-1");
        var r = other.get("/roadworks/works/M6-0001/edit");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("Exception");
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("pattern %s in page", regex).isTrue();
        return m.group(1);
    }
}
