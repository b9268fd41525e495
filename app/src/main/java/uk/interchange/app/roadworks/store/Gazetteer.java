package uk.interchange.app.roadworks.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.interchange.app.web.BadRequest;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.roadworks.model.Junction;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.model.Road;
import uk.interchange.roadworks.model.Work;

/**
 * Junction positions that an authority loads as CSV ({@code road,junction,longitude,latitude}). A work with no line
 * of its own is drawn from its first junction to its last.
 */
@Repository
public class Gazetteer {
    private final JdbcTemplate jdbc;

    public Gazetteer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Loads a CSV, replacing the positions it names. Checks every row first: one bad row refuses the whole file,
     * with every bad row named by its line number, and nothing is changed.
     */
    @Transactional
    public int load(String csv) {
        List<Object[]> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        String[] lines = csv.replace("\r", "").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("road"))) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 4) {
                problems.add(
                        new FieldProblem("line " + (i + 1), "should have 4 fields (road,junction,longitude,latitude)"));
                continue;
            }
            try {
                LonLat p = new LonLat(Double.parseDouble(f[2].strip()), Double.parseDouble(f[3].strip()));
                rows.add(new Object[] {Road.key(f[0].strip()), Junction.normalise(f[1]), p.lon(), p.lat()});
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("line " + (i + 1), "longitude and latitude must be WGS 84 degrees"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        jdbc.batchUpdate(
                "insert into roadworks.junction_point (road, junction, longitude, latitude) values (?,?,?,?)"
                        + " on conflict (road, junction) do update set longitude = excluded.longitude,"
                        + " latitude = excluded.latitude",
                rows);
        return rows.size();
    }

    /** Every loaded position, keyed by road and junction ("M6|10"). */
    public Map<String, LonLat> all() {
        Map<String, LonLat> out = new HashMap<>();
        jdbc.query("select road, junction, longitude, latitude from roadworks.junction_point", rs -> {
            out.put(rs.getString(1) + "|" + rs.getString(2), new LonLat(rs.getDouble(3), rs.getDouble(4)));
        });
        return out;
    }

    /** The line from the work's first junction to its last, when both are in {@code points}; else empty. */
    public static List<LonLat> lineFor(Work w, Map<String, LonLat> points) {
        Location loc = w.location();
        Optional<Junction> a = loc.fromJunction().or(loc::atJunction);
        Optional<Junction> b = loc.toJunction().or(loc::atJunction);
        if (a.isEmpty() && !w.restrictions().isEmpty()) {
            Location r = w.restrictions().get(0).location();
            a = r.fromJunction().or(r::atJunction);
            b = r.toJunction().or(r::atJunction);
        }
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        String road = Road.key(w.mainRoad());
        LonLat pa = points.get(road + "|" + a.get().number());
        LonLat pb = points.get(road + "|" + b.get().number());
        if (pa == null || pb == null) {
            return List.of();
        }
        return pa.equals(pb) ? List.of(pa) : List.of(pa, pb);
    }
}
