package uk.interchange.app.partnership.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.partnership.store.GroupStore;
import uk.interchange.app.partnership.store.LinkStore;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.server.DemoPassword;
import uk.interchange.partnership.model.CompanyNumber;
import uk.interchange.partnership.model.CrimeGroup;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.model.Link;
import uk.interchange.partnership.model.PartialDate;
import uk.interchange.partnership.model.PersonName;
import uk.interchange.partnership.model.Phone;
import uk.interchange.partnership.model.Postcode;
import uk.interchange.partnership.sharing.Organisation;
import uk.interchange.partnership.sharing.OrganisationType;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * On first start with no partnership organisations: a demonstration partnership (two forces, a ROCU, three
 * councils and HMRC, one sharing group), a person in each role, and a few made-up people, companies, addresses and
 * phones shared in the different ways the rules allow. None of them is a real person or company.
 */
@Component
@Order(2)
class DemoPartnership implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoPartnership.class);
    static final String GROUP = "tv-soc";

    private final JdbcTemplate jdbc;
    private final EntityStore store;
    private final LinkStore links;
    private final GroupStore groups;
    private final Accounts accounts;
    private final boolean enabled;
    private final String password;

    DemoPartnership(
            JdbcTemplate jdbc,
            EntityStore store,
            LinkStore links,
            GroupStore groups,
            Accounts accounts,
            @Value("${interchange.demo:true}") boolean enabled,
            @Value("${INTERCHANGE_DEMO_PASSWORD:}") String password) {
        this.jdbc = jdbc;
        this.store = store;
        this.links = links;
        this.groups = groups;
        this.accounts = accounts;
        this.enabled = enabled;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer orgs = jdbc.queryForObject("select count(*) from partnership.organisation", Integer.class);
        if (!enabled || orgs == null || orgs > 0) {
            return;
        }
        organisation("tvp", "Thames Valley Police (demonstration)", "police-force");
        organisation("hiow", "Hampshire and Isle of Wight Constabulary (demonstration)", "police-force");
        organisation("serocu", "South East Regional Organised Crime Unit (demonstration)", "rocu");
        organisation("reading", "Reading Borough Council (demonstration)", "local-authority");
        organisation("oxford", "Oxford City Council (demonstration)", "local-authority");
        organisation("slough", "Slough Borough Council (demonstration)", "local-authority");
        organisation("hmrc", "HMRC (demonstration)", "partner-agency");
        for (String council : List.of("reading", "oxford", "slough")) {
            jdbc.update("update partnership.organisation set covered_by = 'tvp' where id = ?", council);
        }
        jdbc.update(
                "insert into partnership.sharing_group (id, name) values (?, ?)",
                GROUP,
                "Thames Valley SOC partnership");
        for (String member : List.of("tvp", "serocu", "reading", "oxford", "slough", "hmrc")) {
            jdbc.update("insert into partnership.group_member values (?, ?)", GROUP, member);
        }
        String secret = DemoPassword.orMadeUp(password);
        accounts.savePartner("tvp-analyst", secret, "Analyst, Thames Valley Police", "tvp", List.of(Role.ANALYST));
        accounts.savePartner(
                "tvp-intel",
                secret,
                "Intelligence officer, Thames Valley Police",
                "tvp",
                List.of(Role.INTELLIGENCE_OFFICER));
        accounts.savePartner("serocu-analyst", secret, "Analyst, SE ROCU", "serocu", List.of(Role.ANALYST));
        accounts.savePartner(
                "reading-coordinator", secret, "SOC coordinator, Reading", "reading", List.of(Role.COORDINATOR));
        accounts.savePartner(
                "reading-buyer", secret, "Procurement officer, Reading", "reading", List.of(Role.PROCUREMENT_OFFICER));
        accounts.savePartner("hmrc-analyst", secret, "Analyst, HMRC", "hmrc", List.of(Role.ANALYST));
        accounts.savePartner("tvp-auditor", secret, "Auditor, Thames Valley Police", "tvp", List.of(Role.AUDITOR));
        records();
        log.info("Loaded the demonstration partnership: 7 organisations, 7 accounts, made-up records.");
        if (password.isBlank()) {
            log.warn(
                    "Demonstration partnership accounts (tvp-analyst, reading-coordinator, ...): password '{}'"
                            + " (shown once; set INTERCHANGE_DEMO_PASSWORD to choose it).",
                    secret);
        }
    }

    private void records() {
        Viewer system = new Viewer(
                "demo-loader",
                new Organisation("tvp", "Thames Valley Police (demonstration)", OrganisationType.POLICE_FORCE),
                Set.of(Role.ANALYST));
        Sharing group = new Sharing("tvp", Set.of(), Set.of(GROUP), Handling.P);
        var darren = person("tvp", "Darren", "Kestley", Optional.of("1984-03-07"), group);
        var kyle = person("tvp", "Kyle", "Brannigan", Sharing.ownerOnly("tvp", Handling.P));
        person("tvp", "Marta", "Wolanska", new Sharing("tvp", Set.of("reading"), Set.of(), Handling.C));
        // code C through a group does not reach the group's members: only the ROCU, named, may read this one
        person("tvp", "Leon", "Ashgrove", new Sharing("tvp", Set.of("serocu"), Set.of(GROUP), Handling.C));
        var firm = company("tvp", "Kestley Waste Solutions Ltd", "09876543", group);
        company(
                "hmrc",
                "Brannigan Haulage Limited",
                "08765432",
                new Sharing("hmrc", Set.of("tvp"), Set.of(), Handling.P));
        company("reading", "Thames Valley Grounds Ltd", "07654321", Sharing.ownerOnly("reading", Handling.P));
        person("serocu", "Darren", "Kestley", new Sharing("serocu", Set.of("tvp"), Set.of(), Handling.P));
        var yard = address("tvp", List.of("Unit 4, Cold Lane Industrial Estate", "Reading"), "RG2 0QX", group);
        var phone = new Entity.PhoneLine("", "tvp", Phone.parse("07700 900461").get());
        var line = new Found(
                "tvp",
                store.create(phone, group, "phone", phone.phone().e164()),
                "phone",
                phone.phone().e164());
        links.create(system, darren, firm, Link.Kind.DIRECTOR_OF, Optional.empty(), group);
        links.create(system, firm, yard, Link.Kind.REGISTERED_AT, Optional.empty(), group);
        links.create(system, darren, line, Link.Kind.USES_PHONE, Optional.empty(), group);
        UUID ocg = groups.create(
                system,
                new CrimeGroup(
                        "",
                        "tvp",
                        "TV-OCG-0142",
                        "Kestley network",
                        List.of(),
                        List.of("illegal waste disposal", "fraud"),
                        "Reading and west Berkshire",
                        Optional.of(new CrimeGroup.Mapping(62, "B", java.time.LocalDate.of(2026, 9, 30)))),
                group);
        groups.addMember(system, ocg, darren, "principal");
        groups.addMember(system, ocg, kyle, "enforcer");
        // the force keeps this one to itself: no one else learns that Kyle Brannigan is on the record
        links.create(
                system, darren, kyle, Link.Kind.ASSOCIATE_OF, Optional.empty(), Sharing.ownerOnly("tvp", Handling.P));
    }

    private void organisation(String id, String name, String type) {
        jdbc.update("insert into partnership.organisation (id, name, type) values (?, ?, ?)", id, name, type);
    }

    private Found person(String owner, String given, String surname, Sharing sharing) {
        return person(owner, given, surname, Optional.empty(), sharing);
    }

    private Found person(String owner, String given, String surname, Optional<String> born, Sharing sharing) {
        var p = new Entity.Person(
                "",
                owner,
                new PersonName(Optional.empty(), List.of(given), surname),
                List.of(),
                born.map(b -> PartialDate.parse(b).get()));
        String label = given + " " + surname;
        return new Found(owner, store.create(p, sharing, "person", label), "person", label);
    }

    private Found company(String owner, String name, String number, Sharing sharing) {
        var c = new Entity.Company(
                "", owner, name, CompanyNumber.parse(number).value(), Entity.CompanyStatus.ACTIVE, Optional.empty());
        return new Found(owner, store.create(c, sharing, "company", name), "company", name);
    }

    private Found address(String owner, List<String> lines, String postcode, Sharing sharing) {
        var a = new Entity.Address("", owner, lines, Postcode.parse(postcode).value());
        String label = String.join(", ", lines) + " " + postcode;
        return new Found(owner, store.create(a, sharing, "address", label), "address", label);
    }
}
