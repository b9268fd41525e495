package uk.interchange.app.partnership.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The partnership's organisations and the sharing groups they belong to. */
@Repository
public class Organisations {
    private final JdbcTemplate jdbc;

    public Organisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The sharing groups the organisation is a member of. */
    public Set<String> groupsOf(String organisation) {
        return Set.copyOf(jdbc.queryForList(
                "select group_id from partnership.group_member where organisation_id = ?", String.class, organisation));
    }

    public boolean exists(String id) {
        Integer n =
                jdbc.queryForObject("select count(*) from partnership.organisation where id = ?", Integer.class, id);
        return n != null && n > 0;
    }

    /** Every organisation's name by its id. */
    public Map<String, String> names() {
        Map<String, String> out = new HashMap<>();
        jdbc.query("select id, name from partnership.organisation", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    /** The organisation's name, or its id when there is none. */
    public String nameOf(String id) {
        return jdbc
                .query("select name from partnership.organisation where id = ?", (rs, i) -> rs.getString(1), id)
                .stream()
                .findFirst()
                .orElse(id);
    }

    /** Every organisation (id, name, type, and the force covering a council), by name, for lists and pickers. */
    public List<Map<String, Object>> all() {
        return jdbc.queryForList("select id, name, type, coalesce(covered_by, '') as covered_by"
                + " from partnership.organisation order by name");
    }

    /** The organisation's kind as stored ("police-force", "local-authority" ...), or empty when there is none. */
    public String typeOf(String id) {
        return jdbc
                .query("select type from partnership.organisation where id = ?", (rs, i) -> rs.getString(1), id)
                .stream()
                .findFirst()
                .orElse("");
    }

    /** Records the police force whose intelligence officers take the council's screening referrals. */
    public void cover(String council, String force) {
        jdbc.update("update partnership.organisation set covered_by = ? where id = ?", force, council);
    }

    public void add(String id, String name, String type) {
        jdbc.update("insert into partnership.organisation (id, name, type) values (?, ?, ?)", id, name, type);
    }
}
