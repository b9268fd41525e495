package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.partnership.store.GroupStore;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;
import uk.interchange.partnership.model.CrimeGroup;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.model.PartialDate;
import uk.interchange.partnership.model.PersonName;
import uk.interchange.partnership.sharing.Organisation;
import uk.interchange.partnership.sharing.OrganisationType;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Supplier screening over HTTP, both sides: a council screens a tender with a bidder planted to be a director of the
 * demonstration crime group's principal, learns only "refer to police"; the covering force's intelligence officer
 * sees the path and advises; the council sees the advice; and every step is in the audit trail.
 */
class ScreeningFlowTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    /** Words that would tell the council what the intelligence is. */
    private static final List<String> SECRETS =
            List.of("TV-OCG-0142", "Kestley network", "watchlist", "probability", "crime group", "red flag");

    @Test
    void aCouncilScreensAPlantedBidderThePoliceAdviseAndEveryStepIsLogged() {
        String tender = "RBC-" + UUID.randomUUID().toString().substring(0, 8);
        SignedInSession council = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        assertThat(council.get("/partnership").body()).contains("href=\"/partnership/screenings\"");
        council.get("/partnership/screenings/new");
        var screening = council.post(
                "/partnership/screenings/new",
                Map.of("reference", tender, "title", "Bulky waste collection", "tenderDate", "2026-12-18"));
        String page = screening.uri().getPath();
        assertThat(page).matches("/partnership/screenings/[0-9a-f-]{36}");

        // the planted bidder, typed in: its director is the group's principal, his date of birth as Companies House
        // gives it
        var planted = council.post(
                page + "/bidders",
                Map.of(
                        "companyName", "Thames Clearways Ltd",
                        "companyNumber", "12345678",
                        "incorporated", "2026-09-01",
                        "sector", "waste",
                        "postcode", "RG1 1AA",
                        "officer1Name", "Darren Kestley",
                        "officer1Born", "03/1984"));
        assertThat(planted.body()).contains("Thames Clearways Ltd").contains("director: Darren Kestley, born 03/1984");
        // an honest bidder and another from an Open Contracting release
        council.postFile(
                page + "/upload",
                "file",
                "bidders.csv",
                ("bidder_id,kind,company_name,company_number,full_name,role,postcode\n"
                                + "B1,company,Honest Gardens Ltd,45678901,,,OX1 2JD\n"
                                + "B1,person,,,Priya Shah,director,\n")
                        .getBytes(StandardCharsets.UTF_8));
        var ocds = council.postFile(page + "/upload", "file", "release.json", OCDS.getBytes(StandardCharsets.UTF_8));
        assertThat(ocds.body())
                .contains("Honest Gardens Ltd")
                .contains("Riverside Cleaning Services Limited")
                .contains("Screen 3 bidders");

        var screened = council.post(page + "/screen", Map.of());
        assertThat(screened.body()).contains("3 bidders screened").contains("1 referred to the police");
        assertThat(row(screened.body(), "Thames Clearways Ltd"))
                .contains("Refer to police")
                .contains("Awaiting the police");
        assertThat(row(screened.body(), "Honest Gardens Ltd")).contains("No hit");
        assertThat(row(screened.body(), "Riverside Cleaning Services Limited")).contains("No hit");
        for (String secret : SECRETS) {
            assertThat(screened.body())
                    .as("the council's page says nothing of " + secret)
                    .doesNotContain(secret);
        }

        // an analyst of the force is not the single point of contact; the officer is
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        assertThat(analyst.get("/partnership/referrals").statusCode()).isEqualTo(403);
        SignedInSession officer = SignedInSession.as(port, "tvp-intel", PLANNER_PASSWORD);
        assertThat(officer.get("/partnership").body()).contains("awaiting advice");
        var list = officer.get("/partnership/referrals");
        assertThat(list.body())
                .contains("Thames Clearways Ltd")
                .contains(tender)
                .doesNotContain("Honest Gardens");
        String referral = referralOf(officer, "Thames Clearways Ltd");
        var evidence = officer.get(referral);
        assertThat(evidence.body())
                .contains("Thames Clearways Ltd → has as director → person Darren Kestley")
                .contains("→ linked to crime group → TV-OCG-0142 Kestley network")
                .contains("date of birth")
                .contains("red flag: works in a sector at higher risk (waste)")
                .contains("red flag: incorporated on 2026-09-01, less than a year before the tender")
                .contains("href=\"/partnership/records/tvp/")
                .contains(">person Darren Kestley</a>");

        var refused = officer.post(referral + "/advice", Map.of("advice", "", "reason", ""));
        assertThat(refused.body()).contains("href=\"#advice\"").contains("href=\"#reason\"");
        var advised = officer.post(
                referral + "/advice",
                Map.of(
                        "advice", "do-not-award",
                        "note", "Please call the force's SOC team before you decide.",
                        "reason", "director is the principal of TV-OCG-0142"));
        assertThat(advised.body()).contains("Your advice has been recorded");

        String after = council.get(page).body();
        assertThat(row(after, "Thames Clearways Ltd"))
                .contains("Do not award")
                .contains("Please call the force&#39;s SOC team before you decide.");
        assertThat(after).doesNotContain("principal of TV-OCG-0142");

        String council_ = "reading/" + page.substring(page.lastIndexOf('/') + 1);
        assertThat(actions("screening", council_)).contains("reading-buyer create", "reading-buyer change");
        auditWritten();
        List<Map<String, Object>> bidders = jdbc.queryForList(
                "select action, disclosed_to, reason from audit.entry where record_kind = 'bidder'"
                        + " and record_id like ? order by seq",
                council_ + "/%");
        assertThat(bidders).filteredOn(e -> e.get("action").equals("lookup")).hasSize(3);
        assertThat(bidders)
                .filteredOn(e -> e.get("action").equals("disclose"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("disclosed_to")).isEqualTo("tvp"));
        String referralId = "tvp/" + referral.substring(referral.lastIndexOf('/') + 1);
        assertThat(actions("referral", referralId))
                .contains("tvp-intel view", "tvp-intel change", "tvp-intel disclose reading");
    }

    @Autowired
    EntityStore entities;

    @Autowired
    GroupStore groups;

    @Test
    void aPathThroughARecordNoLongerSharedWithTheForceIsWithheldFromTheOfficer() {
        // another organisation's record, shared with the force, of a member of one of the force's groups
        Sharing withTvp = new Sharing("serocu", Set.of("tvp"), Set.of(), Handling.P);
        var oskar = new Entity.Person(
                "",
                "serocu",
                new PersonName(Optional.empty(), List.of("Oskar"), "Threlfall"),
                List.of(),
                Optional.of(PartialDate.parse("1979-05-02").get()));
        UUID id = entities.create(oskar, withTvp, "person", "Oskar Threlfall");
        Viewer tvp =
                new Viewer("test", new Organisation("tvp", "TVP", OrganisationType.POLICE_FORCE), Set.of(Role.ANALYST));
        UUID group = groups.create(
                tvp,
                new CrimeGroup(
                        "",
                        "tvp",
                        "TV-OCG-T" + UUID.randomUUID().toString().substring(0, 6),
                        "Threlfall crew",
                        List.of(),
                        List.of("cannabis cultivation"),
                        "Slough",
                        Optional.empty()),
                Sharing.ownerOnly("tvp", Handling.P));
        groups.addMember(tvp, group, new Found("serocu", id, "person", "Oskar Threlfall"), "member");

        SignedInSession council = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        String page = newScreening(council, "Taxis");
        council.post(
                page + "/bidders",
                Map.of("companyName", "Slough Cars Ltd", "officer1Name", "Oskar Threlfall", "officer1Born", "05/1979"));
        assertThat(council.post(page + "/screen", Map.of()).body()).contains("1 referred to the police");

        // the owner stops sharing it with the force before the officer looks
        jdbc.update("update partnership.entity set shared_orgs = '{}' where owner_id = 'serocu' and id = ?", id);
        SignedInSession officer = SignedInSession.as(port, "tvp-intel", PLANNER_PASSWORD);
        String referral = referralOf(officer, "Slough Cars Ltd");
        String evidence = officer.get(referral).body();
        assertThat(evidence)
                .contains("1 path goes through a record, link or crime group that has since been erased or is no"
                        + " longer shared");
        assertThat(evidence).doesNotContain("Threlfall crew").doesNotContain("id=\"matches\"");
        assertThat(evidence).doesNotContain("/partnership/records/serocu/" + id);
    }

    @Test
    void badBiddersAreRefusedByFieldOrLineAndNothingIsAdded() {
        SignedInSession council = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        council.get("/partnership/screenings/new");
        var empty = council.post(
                "/partnership/screenings/new", Map.of("reference", "", "title", "", "tenderDate", "18 Dec"));
        assertThat(empty.body())
                .contains("href=\"#reference\"")
                .contains("href=\"#title\"")
                .contains("&quot;18 Dec&quot; is not a date")
                .contains("govuk-form-group--error");
        String page = newScreening(council, "Grounds");
        var bad = council.post(
                page + "/bidders",
                Map.of(
                        "companyName", "Acme Ltd",
                        "postcode", "RG99",
                        "phone", "12",
                        "officer1Name", "Jo Bloggs",
                        "officer1Born", "the 4th",
                        "officer2Born", "1980-01-01",
                        "sortCode", "12-34-56"));
        assertThat(bad.body())
                .contains("href=\"#postcode\"")
                .contains("href=\"#phone\"")
                .contains("href=\"#officer1Born\"")
                .contains("href=\"#officer2Name\"")
                .contains("href=\"#accountNumber\"")
                .contains("value=\"Acme Ltd\"")
                .contains("id=\"no-bidders\"");
        var ragged = council.postFile(
                page + "/upload",
                "file",
                "bidders.csv",
                "bidder_id,kind,company_name\nB1,company,Acme Ltd\nB2,company\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ragged.body())
                .contains("line 3: the row has 2 fields where the header has 3")
                .contains("id=\"no-bidders\"");
        var notOcds = council.postFile(
                page + "/upload", "file", "release.json", "{\"parties\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(notOcds.body()).contains("needs a &quot;releases&quot; list").contains("id=\"no-bidders\"");
        // with nothing to screen, there is no screen button, and a forged press is told why
        assertThat(council.post(page + "/screen", Map.of()).body()).contains("every bidder has been screened");
        // a file saved as Latin-1 is read as Windows-1252, not refused, and the page says so
        var latin1 = council.postFile(
                page + "/upload",
                "file",
                "bidders.csv",
                "bidder_id,kind,company_name\nB1,company,Caf\u00e9 Ltd\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.body()).contains("Line 2 is not UTF-8").contains("Caf\u00e9 Ltd");
    }

    @Test
    void onlyACouncilsProcurementOfficersScreenAndOnlyTheirOwnTenders() {
        SignedInSession coordinator = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        assertThat(coordinator.get("/partnership/screenings").statusCode()).isEqualTo(403);
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        assertThat(force.get("/partnership/screenings").statusCode()).isEqualTo(403);
        SignedInSession buyer = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        assertThat(buyer.get("/partnership/screenings/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(buyer.get("/partnership/referrals").statusCode()).isEqualTo(403);
    }

    /** A new screening's page, with a reference of its own. */
    private static String newScreening(SignedInSession council, String title) {
        council.get("/partnership/screenings/new");
        return council.post(
                        "/partnership/screenings/new",
                        Map.of(
                                "reference",
                                "RBC-" + UUID.randomUUID().toString().substring(0, 8),
                                "title",
                                title))
                .uri()
                .getPath();
    }

    /** The address of the referral of the bidder, from the officer's list. */
    private static String referralOf(SignedInSession officer, String bidder) {
        return officer.get("/partnership/referrals")
                .body()
                .replaceAll("(?s).*href=\"(/partnership/referrals/[0-9a-f-]{36})\">" + bidder + "<.*", "$1");
    }

    private List<String> actions(String kind, String id) {
        auditWritten();
        return jdbc.queryForList(
                "select actor || ' ' || action || coalesce(' ' || disclosed_to, '') from audit.entry"
                        + " where record_kind = ? and record_id = ? order by seq",
                String.class,
                kind,
                id);
    }

    /** The table row of one bidder on the council's page. */
    private static String row(String html, String bidder) {
        int at = html.indexOf("data-bidder=\"" + bidder + "\"");
        assertThat(at).as("a row for " + bidder).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    static final String OCDS = """
            {"uri": "https://example.org/ocds/rbc", "publishedDate": "2026-11-01T09:00:00Z", "releases": [{
              "ocid": "ocds-test-rbc-1", "id": "1", "date": "2026-11-01T09:00:00Z", "tag": ["tender"],
              "initiationType": "tender",
              "parties": [
                {"id": "GB-LAS-READING", "name": "Reading Borough Council", "roles": ["buyer"]},
                {"id": "GB-COH-11223344", "name": "Riverside Cleaning Services Limited", "roles": ["tenderer"],
                 "identifier": {"scheme": "GB-COH", "id": "11223344"},
                 "address": {"streetAddress": "4 Kennet Walk", "locality": "Reading", "postalCode": "RG1 3AB"},
                 "contactPoint": {"telephone": "0118 496 0123", "email": "bids@riverside.example"}}
              ],
              "tender": {"id": "t1", "tenderPeriod": {"endDate": "2026-12-18T12:00:00Z"}}
            }]}
            """;
}
