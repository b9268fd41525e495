package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.partnership.response.ActionStore;
import uk.interchange.app.partnership.response.ArticleStore;
import uk.interchange.app.partnership.response.AssessmentStore;
import uk.interchange.app.partnership.response.HotspotStore;
import uk.interchange.app.partnership.response.ScpoStore;
import uk.interchange.app.partnership.response.VulnerabilityStore;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.partnership.store.GroupStore;
import uk.interchange.app.partnership.store.LinkStore;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;
import uk.interchange.partnership.model.CrimeGroup;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.model.Link;
import uk.interchange.partnership.model.PartialDate;
import uk.interchange.partnership.model.PersonName;
import uk.interchange.partnership.model.Phone;
import uk.interchange.partnership.response.ScoringModel;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.response.articles.Article;
import uk.interchange.partnership.response.orders.Scpo;
import uk.interchange.partnership.response.vulnerabilities.Vulnerability;
import uk.interchange.partnership.sharing.Organisation;
import uk.interchange.partnership.sharing.OrganisationType;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Every partnership and administration page against every kind of account (and none), over HTTP: what each may
 * open and what it is refused. 200 is allowed, 403 refused, 401 or a redirect to sign in for no account. Pages that
 * ask for a reason first answer 200 with the question. Then every view derived from the records (local profiles and
 * their PDFs, the counts in them, hotspot dashboards, the assessments ranking, actions, articles, SCPO alerts,
 * referrals, search and its export), with owner-only and handling-code-C records planted and some sharing withdrawn:
 * no account finds in any of them what it could not read record by record.
 */
class PartnershipAccessMatrixTest extends ServerTest {
    static final List<String> ACCOUNTS = List.of(
            "", "planner", "admin", "tvp-analyst", "reading-coordinator", "reading-buyer", "tvp-auditor", "tvp-intel");

    /** The expected answer for each page, account by account in the order of {@link #ACCOUNTS}. */
    static final Map<String, List<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        //                                        none planner admin analyst coord buyer auditor intel
        EXPECTED.put("/partnership", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/search", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/groups", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/reports/new", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/import", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/review", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/records/new", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/records/new?kind=person", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/groups/new", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/account", List.of(401, 200, 200, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/audit", List.of(401, 403, 403, 403, 403, 403, 200, 403));
        EXPECTED.put("/partnership/screenings", List.of(401, 403, 403, 403, 403, 200, 403, 403));
        EXPECTED.put("/partnership/screenings/new", List.of(401, 403, 403, 403, 403, 200, 403, 403));
        EXPECTED.put("/partnership/referrals", List.of(401, 403, 403, 403, 403, 403, 403, 200));
        EXPECTED.put("/partnership/hotspots", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/crime", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/assessments", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/assessments/models", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/actions", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/orders", List.of(401, 403, 403, 200, 403, 403, 403, 200));
        EXPECTED.put("/partnership/articles", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/partnership/collaborations", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/profiles", List.of(401, 403, 403, 200, 200, 200, 200, 200));
        EXPECTED.put("/partnership/vulnerabilities", List.of(401, 403, 403, 200, 200, 403, 403, 200));
        EXPECTED.put("/admin", List.of(401, 403, 200, 403, 403, 403, 403, 403));
    }

    @Test
    void everyPageAgainstEveryKindOfAccount() {
        List<String> wrong = new ArrayList<>();
        for (var page : EXPECTED.entrySet()) {
            for (int k = 0; k < ACCOUNTS.size(); k++) {
                String user = ACCOUNTS.get(k);
                HttpRequest.Builder b =
                        HttpRequest.newBuilder(uri(page.getKey())).header("Accept", "application/json");
                if (!user.isEmpty()) {
                    b.header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    (user + ":" + PLANNER_PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
                int status = send(b.GET().build()).statusCode();
                int expected = page.getValue().get(k);
                boolean ok = expected == 401 ? status == 401 || status == 302 : status == expected;
                if (!ok) {
                    wrong.add(page.getKey() + " as " + (user.isEmpty() ? "no one" : user) + ": " + status
                            + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The accounts that sign in, each kind once, and a partner agency and the ROCU besides. */
    static final List<String> PEOPLE = List.of(
            "planner",
            "admin",
            "tvp-analyst",
            "tvp-intel",
            "tvp-auditor",
            "serocu-analyst",
            "hmrc-analyst",
            "reading-coordinator",
            "reading-buyer");

    /** Text that only some accounts may read: where it shows up for any other, a view leaks it. */
    record Secret(String what, String text, Set<String> readers) {}

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GroupStore groups;

    @Autowired
    EntityStore entities;

    @Autowired
    LinkStore links;

    @Autowired
    HotspotStore hotspots;

    @Autowired
    ActionStore actions;

    @Autowired
    VulnerabilityStore vulnerabilities;

    @Autowired
    ArticleStore articles;

    @Autowired
    AssessmentStore assessments;

    @Autowired
    ScpoStore orders;

    private static final Viewer TVP = new Viewer(
            "tvp-analyst",
            new Organisation("tvp", "Thames Valley Police", OrganisationType.POLICE_FORCE),
            Set.of(Role.ANALYST));
    private static final Viewer SEROCU = new Viewer(
            "serocu-analyst", new Organisation("serocu", "SE ROCU", OrganisationType.ROCU), Set.of(Role.ANALYST));
    private static final String AREA = "{\"type\":\"Polygon\",\"coordinates\":[[[-0.900,51.405],[-0.880,51.405],"
            + "[-0.880,51.415],[-0.900,51.415],[-0.900,51.405]]]}";
    private static final String COMPARISON = "{\"type\":\"Polygon\",\"coordinates\":[[[-0.930,51.395],"
            + "[-0.910,51.395],[-0.910,51.405],[-0.930,51.405],[-0.930,51.395]]]}";

    @Test
    void noDerivedViewShowsWhatItsReaderMayNotRead() throws Exception {
        String r = UUID.randomUUID().toString().substring(0, 6);
        String area = "Leakford " + r;
        LocalDate today = Action.today();
        Set<String> tvpReaders = Set.of("tvp-analyst", "tvp-intel");
        Set<String> tvpPeople = Set.of("tvp-analyst", "tvp-intel", "tvp-auditor");
        List<Secret> secrets = new ArrayList<>();

        // the force's owner-only group (404 to everyone else), a group under code C named to the ROCU only, and one
        // shared with the partnership, all three assessed and active in the area
        UUID secret =
                group("TV-OCG-9999-" + r, "Owner-only crew " + r, area, 95, "A", Sharing.ownerOnly("tvp", Handling.P));
        group(
                "TV-OCG-C-" + r,
                "Code C crew " + r,
                area,
                80,
                "A",
                new Sharing("tvp", Set.of("serocu"), Set.of("tv-soc"), Handling.C));
        group(
                "TV-OCG-S-" + r,
                "Shared crew " + r,
                area,
                40,
                "C",
                new Sharing("tvp", Set.of(), Set.of("tv-soc"), Handling.P));
        secrets.add(new Secret("the owner-only group's reference", "TV-OCG-9999-" + r, tvpReaders));
        secrets.add(new Secret("the owner-only group's name", "Owner-only crew " + r, tvpReaders));
        secrets.add(new Secret("the owner-only group's address", "tvp/" + secret, tvpReaders));
        secrets.add(new Secret(
                "a group shared with the partnership, to those who read no records",
                "Shared crew " + r,
                Set.of("tvp-analyst", "tvp-intel", "serocu-analyst", "hmrc-analyst", "reading-coordinator")));
        Set<String> codeCReaders = Set.of("tvp-analyst", "tvp-intel", "serocu-analyst");
        secrets.add(new Secret("the code-C group's reference", "TV-OCG-C-" + r, codeCReaders));
        secrets.add(new Secret("the code-C group's name", "Code C crew " + r, codeCReaders));

        // a report under code C, named to the ROCU, listing the partnership's group too (which it never reaches)
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/reports/new");
        String report = "The yard at Leakford " + r + " is a front for the code C crew.";
        String reportPage = force.postRaw(
                        "/partnership/reports",
                        "text=" + SignedInSession.enc(report) + "&model=3x5x2&source=2&assessment=B&handling=C"
                                + "&conditions=" + SignedInSession.enc("named organisations only")
                                + "&legacyGrading=&marking=OFFICIAL-SENSITIVE&reviewOn=" + today.plusMonths(6)
                                + "&shareWith=serocu&shareGroups=yes")
                .uri()
                .getPath();
        secrets.add(new Secret("the code-C report's content", "is a front for the code C crew", codeCReaders));

        // an owner-only hotspot, vulnerabilities in the area shared three ways, and records to search for
        UUID hotspot =
                hotspots.create(TVP, "Owner-only hotspot " + r, AREA, COMPARISON, Sharing.ownerOnly("tvp", Handling.P));
        secrets.add(new Secret("the owner-only hotspot", "Owner-only hotspot " + r, tvpPeople));
        secrets.add(new Secret("the owner-only hotspot's address", "tvp/" + hotspot, tvpPeople));
        vulnerability(
                area, "flat used by the shared crew " + r, new Sharing("tvp", Set.of(), Set.of("tv-soc"), Handling.P));
        vulnerability(area, "flat used by the owner-only crew " + r, Sharing.ownerOnly("tvp", Handling.P));
        vulnerability(
                area,
                "flat named to Reading under code C " + r,
                new Sharing("tvp", Set.of("reading"), Set.of("tv-soc"), Handling.C));
        secrets.add(new Secret("an owner-only vulnerability", "flat used by the owner-only crew " + r, tvpReaders));
        secrets.add(new Secret(
                "a code-C vulnerability",
                "flat named to Reading under code C " + r,
                Set.of("tvp-analyst", "tvp-intel", "reading-coordinator")));
        person("tvp", "Perpetua", "Quarrendon", Optional.empty(), Sharing.ownerOnly("tvp", Handling.P));
        person(
                "tvp",
                "Hyacinth",
                "Vellacott",
                Optional.empty(),
                new Sharing("tvp", Set.of("reading"), Set.of("tv-soc"), Handling.C));
        // searched for by surname, so that the given name shows only in what is found
        secrets.add(new Secret("an owner-only person", "Perpetua", tvpReaders));
        secrets.add(
                new Secret("a code-C person", "Hyacinth", Set.of("tvp-analyst", "tvp-intel", "reading-coordinator")));

        // an action against the owner-only group, shared as the actions page shares it; an article that belongs to
        // the owner-only group and hotspot, shared with the partnership
        actions.create(
                TVP,
                new Action.Draft(
                        "Pursue the crew's money " + r,
                        "pursue",
                        Optional.of("tvp"),
                        Optional.of(secret),
                        "",
                        "reading",
                        today.plusMonths(1)),
                new Sharing("tvp", Set.of("reading"), Set.of("tv-soc"), Handling.P));
        articles.create(
                TVP,
                new Article.Draft(
                        "pill-press",
                        "Pill press " + r,
                        today.minusDays(3),
                        area,
                        "exhibit " + r,
                        List.of(),
                        List.of("tvp/" + secret),
                        "tvp/" + hotspot,
                        ""),
                new Sharing("tvp", Set.of(), Set.of("tv-soc"), Handling.P));

        // an order on the ROCU's record of a person, whose phone the ROCU also shares with the force
        SignedInSession officer = SignedInSession.as(port, "tvp-intel", PLANNER_PASSWORD);
        Order order = order(r, officer);

        // a tender whose bidders lead, through the ROCU's records shared with the force, to two of its groups
        Referrals referrals = referrals(r, officer);

        // the local profiles: one for the partnership, one for the force alone, before and after an overdue action
        // that only the force may read
        String shared0 = profile(force, area, "shared 0 " + r, "groups");
        String own0 = profile(force, area, "own 0 " + r, "organisation");
        actions.create(
                TVP,
                new Action.Draft(
                        "Owner-only action " + r,
                        "protect",
                        Optional.empty(),
                        Optional.empty(),
                        area,
                        "tvp",
                        today.minusDays(9)),
                Sharing.ownerOnly("tvp", Handling.P));
        secrets.add(new Secret("an owner-only action", "Owner-only action " + r, tvpPeople));
        String shared = profile(force, area, "shared 1 " + r, "groups");
        String own = profile(force, area, "own 1 " + r, "organisation");
        secrets.add(new Secret("the force's own profile", "own 0 " + r, tvpReaders));
        secrets.add(new Secret("the force's own profile", "own 1 " + r, tvpReaders));

        // the ROCU stops sharing the order's subject, a group and a link with the force
        jdbc.update(
                "update partnership.entity set shared_orgs = '{}' where owner_id = 'serocu' and id = ?",
                order.subject().id());
        jdbc.update(
                "update partnership.search_key set shared_orgs = '{}' where owner_id = 'serocu' and entity_id = ?",
                order.subject().id());
        jdbc.update(
                "update partnership.crime_group set shared_orgs = '{}' where owner_id = 'serocu' and id = ?",
                referrals.group());
        jdbc.update(
                "update partnership.link set shared_orgs = '{}' where owner_id = 'serocu' and id = ?",
                referrals.link());
        secrets.add(
                new Secret("the withdrawn subject of the order", order.subject().label(), Set.of("serocu-analyst")));
        secrets.add(new Secret("an alert through a record the force may no longer read", order.alert(), Set.of()));
        secrets.add(new Secret("a group the ROCU no longer shares", "Withdrawn crew " + r, Set.of("serocu-analyst")));

        // each account reads every view; what it may not read is in none of them, and what it may read is in one at
        // least (the record itself is among them), so that a view left empty for everyone passes nothing
        Addresses at = new Addresses(
                area,
                shared,
                own,
                "/partnership/hotspots/tvp/" + hotspot,
                "/partnership/orders/" + order.id(),
                referrals.toGroup(),
                reportPage);
        List<String> wrong = new ArrayList<>();
        for (String who : PEOPLE) {
            Map<String, String> views = views(who, at);
            for (Secret s : secrets) {
                boolean found = false;
                for (var view : views.entrySet()) {
                    if (view.getValue().replaceAll("\\s+", "").contains(s.text().replaceAll("\\s+", ""))) {
                        found = true;
                        if (!s.readers().contains(who)) {
                            wrong.add(who + " reads " + s.what() + " on " + view.getKey());
                        }
                    }
                }
                if (s.readers().contains(who) && !found) {
                    wrong.add(who + " finds " + s.what() + " nowhere");
                }
            }
        }
        // every failure below is reported together
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(wrong).isEmpty();

        // what the partnership's profile holds is what every partner may read, and it counts nothing else
        String sharedPage = force.get(shared).body();
        soft.assertThat(sharedPage).contains("Shared crew " + r).contains("cuckooed address: 1");
        soft.assertThat(strands(sharedPage))
                .isEqualTo(strands(force.get(shared0).body()));
        String ownPage = force.get(own).body();
        soft.assertThat(ownPage)
                .contains("Owner-only crew " + r)
                .contains("Code C crew " + r)
                .contains("Owner-only hotspot " + r)
                .contains("cuckooed address: 3")
                .contains("Owner-only action " + r);
        soft.assertThat(overdue(strands(ownPage), "Protect"))
                .isEqualTo(overdue(strands(force.get(own0).body()), "Protect") + 1);

        // the officer is told that a path is withheld, and the order no longer alerts through its subject
        soft.assertThat(officer.get(referrals.throughLink()).body())
                .contains("1 path goes through")
                .doesNotContain("Linked crew " + r)
                .doesNotContain("associate of");
        soft.assertThat(officer.get(referrals.toGroup()).body()).contains("1 path goes through");
        soft.assertThat(officer.get("/partnership/orders/" + order.id()).body())
                .doesNotContain("id=\"alerts\"")
                .contains("A record your force may no longer read");
        // a partner reads the action against the owner-only group, but not which group it is
        soft.assertThat(SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD)
                        .get("/partnership/actions")
                        .body())
                .contains("Pursue the crew&#39;s money " + r)
                .contains("a crime group not shared with you");
        soft.assertAll();
    }

    /** An order, its subject's record, and the alert it raises while the force may read that record. */
    record Order(UUID id, Found subject, String alert) {}

    /**
     * An order managed by the force's intelligence officer on the ROCU's record of a person, shared with the force,
     * with a condition to notify phones that the ROCU's record of his phone, linked to him, breaks.
     */
    private Order order(String r, SignedInSession officer) {
        Found subject = person("serocu", "Thaddeus", "Wrexham " + r, Optional.empty(), withTvp());
        Entity.PhoneLine line =
                new Entity.PhoneLine("", "serocu", Phone.parse("07700 900777").get());
        Found phone = new Found(
                "serocu",
                entities.create(line, withTvp(), "phone", line.phone().e164()),
                "phone",
                line.phone().e164());
        links.create(SEROCU, subject, phone, Link.Kind.USES_PHONE, Optional.empty(), withTvp());
        Viewer intel = new Viewer("tvp-intel", TVP.organisation(), Set.of(Role.INTELLIGENCE_OFFICER));
        LocalDate made = Action.today().minusMonths(1);
        UUID id = orders.create(
                intel,
                "serocu",
                subject.id(),
                new Scpo.Order("Reading Crown Court", made, made, made.plusYears(2), false, Optional.of(made)),
                "tvp-intel",
                "",
                Optional.empty(),
                60);
        orders.addCondition(
                intel,
                id,
                new Scpo.Condition(
                        Scpo.Kind.COMMUNICATION_DEVICES, "to notify every phone", made, made.plusYears(2), Set.of()));
        String alert = line.phone().e164() + ", which was not notified";
        assertThat(officer.get("/partnership/orders/" + id).body())
                .as("the alert, while the force may read the subject")
                .contains(alert);
        return new Order(id, subject, alert);
    }

    /** Two referrals to the force, and the ROCU's group and link that their paths pass through. */
    record Referrals(String toGroup, String throughLink, UUID group, UUID link) {}

    /**
     * A council's tender with two bidders whose directors are the ROCU's records, shared with the force: one a member
     * of a ROCU group, one linked to a member of another; both referred, each path shown while the force may read it.
     */
    private Referrals referrals(String r, SignedInSession officer) {
        Found ingleby = person("serocu", "Bartholomew", "Ingleby", Optional.of("1971-04-09"), withTvp());
        UUID group = serocuGroup("SE-OCG-W-" + r, "Withdrawn crew " + r);
        groups.addMember(SEROCU, group, ingleby, "principal");
        Found fairbrother = person("serocu", "Cornelius", "Fairbrother", Optional.of("1966-02-11"), withTvp());
        Found tilling = person("serocu", "Ambrose", "Tilling", Optional.empty(), withTvp());
        groups.addMember(SEROCU, serocuGroup("SE-OCG-L-" + r, "Linked crew " + r), tilling, "member");
        UUID link = links.create(SEROCU, fairbrother, tilling, Link.Kind.ASSOCIATE_OF, Optional.empty(), withTvp());
        SignedInSession buyer = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        buyer.get("/partnership/screenings/new");
        String screening = buyer.post(
                        "/partnership/screenings/new", Map.of("reference", "RBC-" + r, "title", "Skips and haulage"))
                .uri()
                .getPath();
        buyer.post(
                screening + "/bidders",
                Map.of(
                        "companyName",
                        "Ingleby Skips " + r,
                        "officer1Name",
                        "Bartholomew Ingleby",
                        "officer1Born",
                        "04/1971"));
        buyer.post(
                screening + "/bidders",
                Map.of(
                        "companyName",
                        "Fairbrother Haulage " + r,
                        "officer1Name",
                        "Cornelius Fairbrother",
                        "officer1Born",
                        "02/1966"));
        assertThat(buyer.post(screening + "/screen", Map.of()).body()).contains("2 referred to the police");
        String toGroup = referralOf(officer, "Ingleby Skips " + r);
        String throughLink = referralOf(officer, "Fairbrother Haulage " + r);
        assertThat(officer.get(toGroup).body())
                .as("the path, while the force may read the group")
                .contains("Withdrawn crew " + r);
        assertThat(officer.get(throughLink).body())
                .as("the path, while the force may read the link")
                .contains("Linked crew " + r);
        return new Referrals(toGroup, throughLink, group, link);
    }

    private UUID group(String reference, String name, String area, int score, String band, Sharing sharing) {
        UUID id = groups.create(
                TVP,
                new CrimeGroup(
                        "",
                        "tvp",
                        reference,
                        name,
                        List.of(),
                        List.of("drugs supply"),
                        area,
                        Optional.of(new CrimeGroup.Mapping(score, band, LocalDate.of(2026, 10, 1)))),
                sharing);
        ScoringModel m = ScoringModel.standard();
        Map<String, Integer> scores = new HashMap<>();
        Map<String, ScoringModel.Confidence> sure = new HashMap<>();
        m.dimensions().forEach(d -> {
            scores.put(d.key(), d.max());
            sure.put(d.key(), ScoringModel.Confidence.HIGH);
        });
        assessments.assess(TVP, id, m, scores, sure, LocalDate.of(2026, 11, 1), "planted for the access matrix");
        return id;
    }

    private UUID serocuGroup(String reference, String name) {
        return groups.create(
                SEROCU,
                new CrimeGroup(
                        "",
                        "serocu",
                        reference,
                        name,
                        List.of(),
                        List.of("waste crime"),
                        "Berkshire",
                        Optional.empty()),
                withTvp());
    }

    private static Sharing withTvp() {
        return new Sharing("serocu", Set.of("tvp"), Set.of(), Handling.P);
    }

    private Found person(String owner, String given, String surname, Optional<String> born, Sharing sharing) {
        var p = new Entity.Person(
                "",
                owner,
                new PersonName(Optional.empty(), List.of(given), surname),
                List.of(),
                born.map(b -> PartialDate.parse(b).get()));
        String label = given + " " + surname;
        return new Found(owner, entities.create(p, sharing, "person", label), "person", label);
    }

    private void vulnerability(String area, String description, Sharing sharing) {
        vulnerabilities.create(
                TVP,
                new Vulnerability(
                        "tvp", "cuckooed-address", area, description, Optional.empty(), LocalDate.of(2026, 11, 2)),
                sharing);
    }

    /** Makes a profile of the area for the partnership ("groups") or the force alone; answers its address. */
    private static String profile(SignedInSession force, String area, String period, String audience) {
        force.get("/partnership/profiles");
        var made = force.post("/partnership/profiles", Map.of("area", area, "period", period, "audience", audience));
        assertThat(made.uri().getPath()).matches("/partnership/profiles/tvp/\\d+");
        return made.uri().getPath();
    }

    /** The addresses of the planted things' pages. */
    record Addresses(
            String area, String shared, String own, String hotspot, String order, String referral, String report) {}

    /** Every derived view as the account sees it (an empty text for one it is refused), and the report, by name. */
    private Map<String, String> views(String who, Addresses at) throws Exception {
        String area = at.area();
        String shared = at.shared();
        String own = at.own();
        SignedInSession s = SignedInSession.as(port, who, PLANNER_PASSWORD);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("the partnership page", ok(s.get("/partnership")));
        v.put("the list of profiles", ok(s.get("/partnership/profiles")));
        v.put("the partnership's profile", ok(s.get(shared)));
        v.put("the partnership's profile as PDF", pdf(who, shared + "/pdf"));
        v.put("the force's own profile", ok(s.get(own)));
        v.put("the force's own profile as PDF", pdf(who, own + "/pdf"));
        v.put("the assessments ranking", gated(s, "/partnership/assessments"));
        v.put("the ranked groups", gated(s, "/partnership/groups"));
        v.put("the actions", ok(s.get("/partnership/actions")));
        v.put("the hotspots", ok(s.get("/partnership/hotspots")));
        v.put("the owner-only hotspot's dashboard", ok(s.get(at.hotspot())));
        v.put("the articles", gated(s, "/partnership/articles"));
        v.put("the vulnerabilities", ok(s.get("/partnership/vulnerabilities?area=" + SignedInSession.enc(area))));
        v.put("the orders", ok(s.get("/partnership/orders")));
        v.put("the order", ok(s.get(at.order())));
        v.put("the referrals", ok(s.get("/partnership/referrals")));
        v.put("the referral", ok(s.get(at.referral())));
        v.put("the code-C report itself", gated(s, at.report()));
        s.get("/partnership/search");
        for (String name : List.of("Quarrendon", "Vellacott", "Thaddeus Wrexham")) {
            v.put(
                    "a search for " + name,
                    ok(s.post("/partnership/search", Map.of("query", name, "reason", "checking the access matrix"))));
            v.put("its export", ok(s.post("/partnership/search/export", Map.of("query", name))));
        }
        return v;
    }

    private static String ok(HttpResponse<String> r) {
        return r.statusCode() == 200 ? r.body() : "";
    }

    /** A page that asks for a reason first: asked, given, and the page read. */
    private static String gated(SignedInSession s, String path) {
        s.get(path);
        return ok(s.post(path, Map.of("reason", "checking the access matrix", "caseReference", "")));
    }

    /** A PDF's text, or an empty text when it is refused. */
    private String pdf(String who, String path) throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(uri(path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((who + ":" + PLANNER_PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            return "";
        }
        try (var doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The address of the referral of the bidder, from the officer's list. */
    private static String referralOf(SignedInSession officer, String bidder) {
        Matcher m = Pattern.compile("href=\"(/partnership/referrals/[0-9a-f-]{36})\">" + Pattern.quote(bidder) + "<")
                .matcher(officer.get("/partnership/referrals").body());
        assertThat(m.find()).as("a referral of " + bidder).isTrue();
        return m.group(1);
    }

    /** A profile's table of actions by strand, as text. */
    private static String strands(String html) {
        int at = html.indexOf("id=\"strands\"");
        assertThat(at).as("the table of actions by strand").isPositive();
        return html.substring(at, html.indexOf("</table>", at))
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }

    /** The overdue count of one strand in {@link #strands}' text: its last number. */
    private static int overdue(String strands, String strand) {
        Matcher m =
                Pattern.compile(strand + " (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)").matcher(strands);
        assertThat(m.find()).as("the " + strand + " row").isTrue();
        return Integer.parseInt(m.group(5));
    }
}
