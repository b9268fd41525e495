package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;
import uk.interchange.partnership.imports.EntityCsv;

/**
 * Records made and changed from the pages, over HTTP: every bad field named, nothing stored until all are right,
 * another organisation's record answered as missing, changes and re-sharing logged (widening as disclosures), links
 * run the right way, and a search's records downloaded as a file that imports again.
 */
class RecordEditingTest extends ServerTest {
    private static final Pattern RECORD = Pattern.compile("/partnership/records/tvp/([0-9a-f-]{36})");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecordIsMadeOnlyWhenEveryFieldIsRightThenChangedWithAReason() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        assertThat(force.get("/partnership/records/new").body()).contains("What do you want to record?");
        force.get("/partnership/records/new?kind=company");
        var bad = force.post(
                "/partnership/records/new",
                Map.of(
                        "kind", "company",
                        "name", "Ashdown Skip Hire Ltd",
                        "company_number", "12-34",
                        "status", "thriving",
                        "incorporated", "1st May",
                        "handling", "P"));
        assertThat(bad.body())
                .contains("href=\"#company_number\"")
                .contains("href=\"#status\"")
                .contains("href=\"#incorporated\"")
                .contains("value=\"Ashdown Skip Hire Ltd\""); // what was typed stays
        assertThat(count("select count(*) from partnership.entity where label = 'Ashdown Skip Hire Ltd'"))
                .isZero();

        var made = force.post(
                "/partnership/records/new",
                Map.of(
                        "kind", "company",
                        "name", "Ashdown Skip Hire Ltd",
                        "company_number", "11223344",
                        "status", "active",
                        "incorporated", "2026-06-01",
                        "handling", "P"));
        String page = made.uri().getPath();
        assertThat(page).matches(RECORD.pattern());
        assertThat(made.body())
                .contains("Ashdown Skip Hire Ltd")
                .contains("11223344")
                .contains("Change this record");

        var noReason = force.post(page + "/edit", Map.of("name", "Ashdown Skips Ltd", "status", "dissolved"));
        assertThat(noReason.body()).contains("href=\"#reason\"");
        var changed = force.post(
                page + "/edit",
                Map.of(
                        "name", "Ashdown Skips Ltd",
                        "company_number", "11223344",
                        "status", "dissolved",
                        "reason", "Companies House shows the new name"));
        assertThat(changed.uri().getPath()).isEqualTo(page);
        assertThat(changed.body()).contains("Ashdown Skips Ltd").contains("DISSOLVED");
        // the search keys follow the change
        assertThat(search(force, "Ashdown Skips")).contains(page);
        assertThat(search(force, "Hire")).doesNotContain(page);
        assertThat(count("select count(*) from audit.entry where action = 'change' and record_id = 'tvp/"
                        + page.substring(page.lastIndexOf('/') + 1)
                        + "' and reason = 'Companies House shows the new name'"))
                .isEqualTo(1);

        // another organisation cannot change it, and cannot tell that it exists
        SignedInSession rocu = SignedInSession.as(port, "serocu-analyst", PLANNER_PASSWORD);
        assertThat(rocu.get(page + "/edit").statusCode()).isEqualTo(404);
        assertThat(rocu.get("/partnership/records/tvp/00000000-0000-0000-0000-000000000000/edit")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void sharingWithAnotherOrganisationIsLoggedAsADisclosureToIt() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/records/new?kind=vehicle");
        String page = force.post(
                        "/partnership/records/new",
                        Map.of("kind", "vehicle", "registration_mark", "ka19 zxq", "handling", "P"))
                .uri()
                .getPath();
        String id = "tvp/" + page.substring(page.lastIndexOf('/') + 1);
        SignedInSession hmrc = SignedInSession.as(port, "hmrc-analyst", PLANNER_PASSWORD);
        assertThat(search(hmrc, "KA19ZXQ")).doesNotContain(page);

        force.get("/partnership/sharing/records" + page.substring("/partnership/records".length()));
        var noReason = force.postRaw(
                "/partnership/sharing/records" + page.substring("/partnership/records".length()),
                "shareWith=hmrc&handling=C");
        assertThat(noReason.body()).contains("href=\"#reason\"");
        var shared = force.postRaw(
                "/partnership/sharing/records" + page.substring("/partnership/records".length()),
                "shareWith=hmrc&handling=C&reason=Excise+duty+enquiry+by+HMRC");
        assertThat(shared.uri().getPath()).isEqualTo(page);
        assertThat(search(hmrc, "KA19ZXQ")).contains(page);
        auditWritten();
        assertThat(jdbc.queryForList(
                        "select disclosed_to from audit.entry where action = 'disclose' and record_id = ?",
                        String.class,
                        id))
                .containsExactly("hmrc");

        // narrowing again is a change, not a disclosure, and the record is gone from HMRC's search
        force.postRaw(
                "/partnership/sharing/records" + page.substring("/partnership/records".length()),
                "handling=P&reason=HMRC+enquiry+closed");
        assertThat(search(hmrc, "KA19ZXQ")).doesNotContain(page);
        assertThat(count("select count(*) from audit.entry where action = 'disclose' and record_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void aLinkRunsTheWayItsWordsReadWhicheverRecordItIsMadeFrom() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/records/new?kind=person");
        String person = force.post(
                        "/partnership/records/new",
                        Map.of("kind", "person", "given_names", "Orla", "surname", "Fenwick-Day", "handling", "P"))
                .uri()
                .getPath();
        force.get("/partnership/records/new?kind=company");
        String company = force.post(
                        "/partnership/records/new",
                        Map.of("kind", "company", "name", "Fenwick Demolition Ltd", "handling", "P"))
                .uri()
                .getPath();

        var found = force.get(company + "/link?q=Orla+Fenwick-Day");
        assertThat(found.body()).contains("Orla Fenwick-Day (person)");
        String to = person.substring("/partnership/records/".length());
        var wrong = force.postRaw(company + "/link", "q=Orla&to=" + to + "&kind=LIVES_AT&handling=P");
        assertThat(wrong.body()).contains("&quot;lives at&quot; cannot join a company and a person");
        var linked = force.postRaw(company + "/link", "q=Orla&to=" + to + "&kind=DIRECTOR_OF&handling=P");
        assertThat(linked.uri().getPath()).isEqualTo(company);
        assertThat(linked.body()).contains("(director of)").contains("Orla Fenwick-Day");
        assertThat(force.get(person).body()).contains("director of").contains("Fenwick Demolition Ltd");
    }

    @Test
    void aSearchsRecordsDownloadAsAFileThatImportsAgainAndEachIsLoggedAsExported() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/search");
        var results = force.post(
                "/partnership/search",
                Map.of("query", "Kestley", "reason", "Preparing the waste tender briefing", "caseReference", "OP-7"));
        assertThat(results.body()).contains("Download these records (CSV)");
        long before = count("select count(*) from audit.entry where action = 'export'");
        HttpResponse<String> file = force.post("/partnership/search/export", Map.of("query", "Kestley"));
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        EntityCsv.Reading again = EntityCsv.read(file.body(), "tvp");
        assertThat(again.problems()).isEmpty();
        assertThat(again.good())
                .extracting(EntityCsv.Good::label)
                .contains("Darren Kestley", "Kestley Waste Solutions Ltd");
        long exported = count("select count(*) from audit.entry where action = 'export'") - before;
        assertThat(exported).isEqualTo(again.good().size());
        auditWritten();
        assertThat(jdbc.queryForList(
                        "select distinct reason || ' ' || case_ref from audit.entry where action = 'export'"
                                + " and actor = 'tvp-analyst'",
                        String.class))
                .contains("Preparing the waste tender briefing OP-7");
    }

    @Test
    void aGroupIsChangedWithAReasonAndGainsAMemberFoundBySearch() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/groups/new");
        String group = force.post(
                        "/partnership/groups/new",
                        Map.of("reference", "TV-OCG-0311", "name", "Caversham couriers", "area", "Caversham"))
                .uri()
                .getPath();
        assertThat(group).matches("/partnership/groups/tvp/[0-9a-f-]{36}");
        var edit = force.get(group + "/edit");
        assertThat(edit.body()).contains("value=\"Caversham couriers\"");
        var changed = force.post(
                group + "/edit",
                Map.of(
                        "name", "Caversham couriers",
                        "area", "Caversham and Emmer Green",
                        "activities", "drug supply, exploitation",
                        "score", "41",
                        "band", "C",
                        "assessedOn", "2026-10-15",
                        "reason", "ROCU mapping of October"));
        assertThat(changed.body()).contains("Caversham and Emmer Green").contains("41, band C");

        force.get("/partnership/records/new?kind=person");
        force.post(
                "/partnership/records/new",
                Map.of("kind", "person", "given_names", "Jaden", "surname", "Quarrie", "handling", "P"));
        var people = force.get(group + "/members?q=Jaden+Quarrie");
        Matcher m = Pattern.compile("name=\"person\" type=\"radio\" value=\"([^\"]+)\"")
                .matcher(people.body());
        assertThat(m.find()).isTrue();
        var noRole = force.post(group + "/members", Map.of("person", m.group(1), "role", "", "q", "Jaden Quarrie"));
        assertThat(noRole.body()).contains("href=\"#role\"");
        var added =
                force.post(group + "/members", Map.of("person", m.group(1), "role", "courier", "q", "Jaden Quarrie"));
        assertThat(added.body()).contains("Jaden Quarrie").contains("courier");
        var twice =
                force.post(group + "/members", Map.of("person", m.group(1), "role", "courier", "q", "Jaden Quarrie"));
        assertThat(twice.body()).contains("Jaden Quarrie is already a member");

        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        assertThat(council.get(group + "/edit").statusCode()).isIn(403, 404);
    }

    private static String search(SignedInSession s, String query) {
        s.get("/partnership/search");
        return s.post("/partnership/search", Map.of("query", query, "reason", "Checking the test's records"))
                .body();
    }

    private long count(String sql) {
        auditWritten();
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
