package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.partnership.store.Visible;
import uk.interchange.app.server.ServerTest;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.model.PersonName;
import uk.interchange.partnership.search.SearchKeys;
import uk.interchange.partnership.sharing.Organisation;
import uk.interchange.partnership.sharing.OrganisationType;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.SharingGroup;
import uk.interchange.partnership.sharing.SharingPolicy;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The search applies the sharing rule in SQL; this checks, over records shared at random, that it finds exactly
 * what {@link SharingPolicy} allows and nothing else, for every organisation, and that each search is logged; and
 * that the rule for several organisations at once (what a local profile may hold) allows exactly what the policy
 * allows each of them.
 */
class SharingInSqlTest extends ServerTest {
    static final List<Organisation> ORGS = List.of(
            new Organisation("t-tvp", "Thames Valley Police", OrganisationType.POLICE_FORCE),
            new Organisation("t-serocu", "South East ROCU", OrganisationType.ROCU),
            new Organisation("t-reading", "Reading Borough Council", OrganisationType.LOCAL_AUTHORITY),
            new Organisation("t-hmrc", "HMRC", OrganisationType.PARTNER_AGENCY));
    static final SharingGroup GROUP =
            new SharingGroup("t-tv-soc", "Thames Valley SOC partnership", Set.of("t-tvp", "t-reading", "t-hmrc"));
    static final List<String> SURNAMES = List.of("Okonkwo", "Smith", "Kowalski", "Patel", "Evans");

    @Autowired
    EntityStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    final Map<UUID, Sharing> sharingOf = new HashMap<>();
    final Map<UUID, Entity.Person> people = new HashMap<>();

    @BeforeEach
    void records() {
        for (Organisation o : ORGS) {
            jdbc.update(
                    "insert into partnership.organisation (id, name, type) values (?, ?, ?) on conflict do nothing",
                    o.id(),
                    o.name(),
                    o.type().name().toLowerCase().replace('_', '-'));
        }
        jdbc.update(
                "insert into partnership.sharing_group (id, name) values (?, ?) on conflict do nothing",
                GROUP.id(),
                GROUP.name());
        for (String m : GROUP.members()) {
            jdbc.update("insert into partnership.group_member values (?, ?) on conflict do nothing", GROUP.id(), m);
        }
        jdbc.update("delete from partnership.entity where owner_id like 't-%'");
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 150; i++) {
            String owner = ORGS.get(r.nextInt(ORGS.size())).id();
            Set<String> named = new HashSet<>();
            ORGS.forEach(o -> {
                if (r.nextInt(4) == 0) {
                    named.add(o.id());
                }
            });
            Set<String> groups = r.nextBoolean() ? Set.of(GROUP.id()) : Set.of();
            Sharing s = new Sharing(owner, named, groups, r.nextBoolean() ? Handling.P : Handling.C);
            String surname = SURNAMES.get(r.nextInt(SURNAMES.size()));
            var p = new Entity.Person(
                    "x", owner, new PersonName(Optional.empty(), List.of("Sam"), surname), List.of(), Optional.empty());
            UUID id = store.create(p, s, "person", "Sam " + surname);
            sharingOf.put(id, s);
            people.put(id, p);
        }
    }

    @Test
    void everyOrganisationFindsExactlyWhatThePolicyLetsItRead() {
        SharingPolicy policy = new SharingPolicy(Map.of(GROUP.id(), GROUP));
        auditWritten();
        long before = audit.size();
        int searches = 0;
        for (Organisation org : ORGS) {
            Viewer v = new Viewer("analyst@" + org.id(), org, Set.of(Role.ANALYST));
            for (String surname : SURNAMES) {
                Set<UUID> found = new HashSet<>();
                for (Found f : store.search(v, "sam " + surname, "matrix check", Optional.of("OP-TEST"))) {
                    found.add(f.id());
                }
                searches++;
                Set<UUID> allowed = new HashSet<>();
                Set<String> asked = SearchKeys.query("sam " + surname).get(0);
                people.forEach((id, p) -> {
                    if (SearchKeys.of(p).containsAll(asked)
                            && policy.decide(v, sharingOf.get(id)).allowed()) {
                        allowed.add(id);
                    }
                });
                assertThat(found).as(org.id() + " " + surname).isEqualTo(allowed);
            }
        }
        auditWritten();
        assertThat(audit.size() - before).isEqualTo(searches);
    }

    /**
     * What a document made for several organisations may hold (a local profile): a record is in it exactly when the
     * policy lets every one of them read it, for every set of the organisations.
     */
    @Test
    void aRecordIsReadByEveryOrganisationOfASetExactlyWhenThePolicyLetsEachReadIt() {
        SharingPolicy policy = new SharingPolicy(Map.of(GROUP.id(), GROUP));
        for (int set = 1; set < 1 << ORGS.size(); set++) {
            List<Organisation> readers = new ArrayList<>();
            for (int i = 0; i < ORGS.size(); i++) {
                if ((set & 1 << i) != 0) {
                    readers.add(ORGS.get(i));
                }
            }
            Set<UUID> found = new HashSet<>(jdbc.query(
                    "select id from partnership.entity e where owner_id like 't-%' and " + Visible.toEvery("e"),
                    ps -> {
                        ps.setArray(
                                1,
                                ps.getConnection()
                                        .createArrayOf(
                                                "text",
                                                readers.stream()
                                                        .map(Organisation::id)
                                                        .toArray()));
                    },
                    (rs, i) -> rs.getObject(1, UUID.class)));
            Set<UUID> allowed = new HashSet<>();
            sharingOf.forEach((id, sharing) -> {
                if (readers.stream()
                        .allMatch(o -> policy.decide(new Viewer("analyst", o, Set.of(Role.ANALYST)), sharing)
                                .allowed())) {
                    allowed.add(id);
                }
            });
            assertThat(found).as("read by every one of " + readers).isEqualTo(allowed);
        }
    }

    @Test
    void aProcurementOfficerFindsNothingButTheSearchIsStillLogged() {
        Viewer buyer = new Viewer("buyer", ORGS.get(2), Set.of(Role.PROCUREMENT_OFFICER));
        auditWritten();
        long before = audit.size();
        List<Found> found = new ArrayList<>(store.search(buyer, "Sam Smith", "tender 42", Optional.empty()));
        assertThat(found).isEmpty();
        auditWritten();
        assertThat(audit.size()).isEqualTo(before + 1);
    }
}
