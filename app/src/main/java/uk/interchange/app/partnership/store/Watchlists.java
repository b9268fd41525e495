package uk.interchange.app.partnership.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.interchange.partnership.imports.EntityFields;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Link;
import uk.interchange.partnership.model.PersonName;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.Screener;
import uk.interchange.partnership.screening.ScreeningCsv;

/**
 * The watchlist a council's bidders are screened against: every record the covering police force may read (people
 * and their other names, companies, addresses, phones, emails, accounts), the links it may read between them, and
 * the crime groups it may read that people belong to. Read from the database for each screening, so a record shared
 * with the force a moment ago counts and one erased does not.
 */
@Repository
public class Watchlists {
    private final JdbcTemplate jdbc;
    private final Nicknames nicknames = Nicknames.builtIn();

    public Watchlists(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A screener over what the force may read. */
    public Screener of(String force) {
        Map<String, String> groups = groupsOfMembers(force);
        List<Party> entities = new ArrayList<>();
        List<ScreeningCsv.Link> links = new ArrayList<>();
        jdbc.query(
                "select owner_id, id, kind, body::text from partnership.entity e where e.erased_at is null"
                        + " and e.kind <> 'vehicle' and " + Visible.to("e"),
                rs -> {
                    String id = rs.getString(1) + "/" + rs.getObject(2);
                    Entity e = EntityStore.entity(rs.getString(3), rs.getString(4));
                    Optional<String> group = Optional.ofNullable(groups.get(id));
                    entities.add(party(id, e, columns(e), group));
                    if (e instanceof Entity.Person p) {
                        int n = 0;
                        for (PersonName alias : p.aliases()) {
                            String aliasId = id + "~" + ++n;
                            entities.add(party(aliasId, e, person(alias, p), Optional.empty()));
                            links.add(new ScreeningCsv.Link(0, aliasId, id, "also known as"));
                        }
                    }
                },
                force,
                force,
                force);
        Set<String> known = new HashSet<>();
        entities.forEach(p -> known.add(p.id()));
        jdbc.query(
                "select from_owner || '/' || from_id, to_owner || '/' || to_id, kind from partnership.link l where "
                        + Visible.to("l"),
                rs -> {
                    String from = rs.getString(1);
                    String to = rs.getString(2);
                    // a link to a record the force may not read, or one erased, is not followed
                    if (known.contains(from) && known.contains(to)) {
                        links.add(new ScreeningCsv.Link(
                                0, from, to, Link.Kind.valueOf(rs.getString(3)).words()));
                    }
                },
                force,
                force,
                force);
        return new Screener(new ScreeningCsv.Read(Map.of(), entities, links), List.of());
    }

    /** Each person's crime groups that the force may read, as "TV-OCG-0142 Kestley network". */
    private Map<String, String> groupsOfMembers(String force) {
        Map<String, String> out = new HashMap<>();
        jdbc.query(
                "select m.person_owner || '/' || m.person_id, g.reference || ' ' || g.name"
                        + " from partnership.crime_group_member m join partnership.crime_group g"
                        + " on g.owner_id = m.owner_id and g.id = m.group_id where " + Visible.to("g")
                        + " order by g.score desc nulls last, g.reference",
                rs -> {
                    out.merge(rs.getString(1), rs.getString(2), (a, b) -> a + " and " + b);
                },
                force,
                force,
                force);
        return out;
    }

    /**
     * The crime groups of these people ("owner/id") that the force may not read now, named as the watchlist names
     * them ("TV-OCG-0142 Kestley network"): a referral's path ending at one of them is no longer the force's to see.
     */
    public Set<String> unreadableGroupsOf(String force, Collection<String> people) {
        return Set.copyOf(jdbc.query(
                "select g.reference || ' ' || g.name from partnership.crime_group_member m"
                        + " join partnership.crime_group g on g.owner_id = m.owner_id and g.id = m.group_id"
                        + " where m.person_owner || '/' || m.person_id = any(?) and not " + Visible.to("g"),
                ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("text", people.toArray()));
                    ps.setString(2, force);
                    ps.setString(3, force);
                    ps.setString(4, force);
                },
                (rs, i) -> rs.getString(1)));
    }

    /**
     * The pairs of these records ("owner/id") that a link the force may read joins now, each pair both ways round as
     * "a b": a referral's path along a link no longer shared with the force is no longer the force's to see.
     */
    public Set<String> linkedPairs(String force, Collection<String> records) {
        Set<String> out = new HashSet<>();
        jdbc.query(
                "select l.from_owner || '/' || l.from_id, l.to_owner || '/' || l.to_id from partnership.link l join"
                        + " (select split_part(x, '/', 1) as owner, split_part(x, '/', 2)::uuid as id"
                        + " from unnest(?) x) f"
                        + " on l.from_owner = f.owner and l.from_id = f.id"
                        + " where l.to_owner || '/' || l.to_id = any(?) and " + Visible.to("l"),
                ps -> {
                    var named = ps.getConnection().createArrayOf("text", records.toArray());
                    ps.setArray(1, named);
                    ps.setArray(2, named);
                    ps.setString(3, force);
                    ps.setString(4, force);
                    ps.setString(5, force);
                },
                rs -> {
                    out.add(rs.getString(1) + " " + rs.getString(2));
                    out.add(rs.getString(2) + " " + rs.getString(1));
                });
        return out;
    }

    private Party party(String id, Entity e, Map<String, String> columns, Optional<String> group) {
        Map<String, String> row = new HashMap<>(columns);
        group.ifPresent(g -> row.put("group", g));
        return ScreeningCsv.party(id, 0, EntityFields.kind(e), row, nicknames);
    }

    /** A record as the screening CSV's columns name its values. */
    static Map<String, String> columns(Entity e) {
        Map<String, String> c = new HashMap<>();
        switch (e) {
            case Entity.Person p -> c.putAll(person(p.name(), p));
            case Entity.Company co -> {
                c.put("company_name", co.name());
                co.number().ifPresent(n -> c.put("company_number", n.toString()));
                c.put("status", co.status().name().toLowerCase(java.util.Locale.ROOT));
                co.incorporated().ifPresent(d -> c.put("incorporated", d.toString()));
            }
            case Entity.Address a -> {
                c.put("address", String.join(", ", a.lines()));
                a.postcode().ifPresent(pc -> c.put("postcode", pc.toString()));
            }
            case Entity.PhoneLine p -> c.put("phone", p.phone().e164());
            case Entity.EmailAddress m -> c.put("email", m.email().toString());
            case Entity.Account a -> {
                c.put("sort_code", a.account().sortCode());
                c.put("account_number", a.account().accountNumber());
            }
            case Entity.Vehicle v -> {}
        }
        return c;
    }

    private static Map<String, String> person(PersonName name, Entity.Person p) {
        Map<String, String> c = new HashMap<>();
        c.put("given_name", String.join(" ", name.given()));
        c.put("surname", name.surname());
        p.born().ifPresent(b -> c.put("date_of_birth", b.toString()));
        return c;
    }
}
