package uk.interchange.app.roadworks.planner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.interchange.app.roadworks.clash.ClashCheck;
import uk.interchange.app.roadworks.store.NewWork;
import uk.interchange.app.roadworks.store.StoredWork;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.app.web.BadRequest;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.roadworks.bulletin.BulletinReader;
import uk.interchange.roadworks.bulletin.BulletinWriter;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.bulletin.Warning;
import uk.interchange.roadworks.clash.Clash;
import uk.interchange.roadworks.clash.Section;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.model.WorkStatus;
import uk.interchange.roadworks.publish.Wording;

/**
 * Recording and changing works. A planner writes a work as a bulletin paragraph (the house style the reader reads
 * and the writer writes); it is read, checked, checked for clashes, and saved with a new version. Clashes do not
 * stop a save, but a planner must give a reason to save despite them.
 */
@Service
public class WorkEditor {
    private final WorkStore store;
    private final ClashCheck clashes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public WorkEditor(WorkStore store, ClashCheck clashes, JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.clashes = clashes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a save did, or why it waits: the clashes found when no reason to save despite them was given. */
    public record Outcome(Optional<StoredWork> saved, List<Clash> clashes) {}

    /** The work as text for the edit box. */
    public static String text(Work w) {
        return BulletinWriter.work(w);
    }

    /**
     * Reads the text of one work and checks it. Every problem is reported at once, on the field "text" (or
     * "status"), in words a planner can act on.
     */
    public Work read(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw new BadRequest("text", "is empty: write the work's heading and what will happen, and when");
        }
        ReadResult r = BulletinReader.read(
                text, new BulletinReader.Options(Optional.of(LocalDate.now(clock)), LocalDate.now(clock)));
        for (Warning w : r.warnings()) {
            if (w.kind() != Warning.Kind.BOILERPLATE) {
                problems.add(new FieldProblem(
                        "text", w.reason() + ": \u201c" + w.text().strip() + "\u201d"));
            }
        }
        if (r.works().size() != 1) {
            problems.add(new FieldProblem(
                    "text",
                    r.works().isEmpty()
                            ? "no work could be read: start with a heading such as \u201cM6 J8 to J10, West Midlands:"
                                    + " resurfacing\u201d and say what will happen and when"
                            : "reads as " + r.works().size() + " works: record one work at a time"));
        }
        if (problems.isEmpty()) {
            Work w = r.works().get(0);
            checkPlaces(w, problems);
            if (problems.isEmpty()) {
                return w;
            }
        }
        throw new BadRequest(problems);
    }

    /** Junctions the road has, and directions it is signed in, as the stored works and the gazetteer know them. */
    private void checkPlaces(Work w, List<FieldProblem> problems) {
        int n = 0;
        for (Restriction r : w.restrictions()) {
            n++;
            String what = "restriction " + n + " (" + Wording.summary(w, r) + ")";
            if (WorkStore.occurrencesOf(r).isEmpty()) {
                problems.add(
                        new FieldProblem("text", what + " has no time that could be read, or ends before it starts"));
            }
            Section s = Section.of(w, r);
            Set<Integer> known = new TreeSet<>(jdbc.queryForList(
                    "select distinct substring(junction from '^[0-9]+')::int from roadworks.junction_point"
                            + " where road = ? and junction ~ '^[0-9]'",
                    Integer.class,
                    s.road()));
            if (!known.isEmpty() && s.hasJunctions()) {
                for (int j : List.of(s.from().getAsInt(), s.to().getAsInt())) {
                    if (!known.contains(j)) {
                        problems.add(new FieldProblem(
                                "text",
                                what + ": the " + s.road() + " has no junction " + j + " in the junction gazetteer"
                                        + " (it has " + known + ")"));
                    }
                }
            }
            Set<String> signed = new TreeSet<>(jdbc.queryForList(
                    "select distinct direction from roadworks.restriction where road = ?"
                            + " and direction not in ('both', 'unknown')",
                    String.class,
                    s.road()));
            Direction d = r.direction();
            if (!signed.isEmpty() && d != Direction.BOTH && d != Direction.UNKNOWN && !signed.contains(d.code())) {
                Set<String> axis = axisOf(signed);
                if (!axis.contains(d.code())) {
                    problems.add(new FieldProblem(
                            "text",
                            what + ": the " + s.road() + " is signed " + String.join(" and ", axis) + ", not "
                                    + d.code()));
                }
            }
        }
    }

    /** A road signed northbound is signed southbound too: the pair of each direction seen. */
    private static Set<String> axisOf(Set<String> seen) {
        Set<String> out = new TreeSet<>();
        for (String s : seen) {
            switch (s) {
                case "northbound", "southbound" -> out.addAll(List.of("northbound", "southbound"));
                case "eastbound", "westbound" -> out.addAll(List.of("eastbound", "westbound"));
                default -> out.addAll(List.of("clockwise", "anticlockwise"));
            }
        }
        return out;
    }

    /**
     * A line as a planner types it: "longitude,latitude" pairs separated by semicolons or new lines, in WGS 84
     * degrees. Empty text is no line (the gazetteer's, if any, is used in the feeds).
     */
    public static List<LonLat> line(String text) {
        List<LonLat> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        int n = 0;
        for (String pair : text.strip().split("\\s*[;\\n]\\s*")) {
            n++;
            String[] f = pair.split("\\s*,\\s*");
            try {
                if (f.length != 2) {
                    throw new IllegalArgumentException("not a pair");
                }
                out.add(new LonLat(Double.parseDouble(f[0].strip()), Double.parseDouble(f[1].strip())));
            } catch (IllegalArgumentException e) {
                throw new BadRequest(
                        "line",
                        "point " + n + " ('" + pair + "') is not 'longitude,latitude' in WGS 84"
                                + " degrees, such as -1.8620,52.5072");
            }
        }
        if (out.stream().anyMatch(p -> p.lat() < 49 || p.lat() > 61 || p.lon() < -9 || p.lon() > 2.5)) {
            throw new BadRequest("line", "lies outside Great Britain: is it latitude,longitude the wrong way round?");
        }
        return out;
    }

    public Outcome create(
            String authorityId, String text, String line, WorkStatus status, Optional<String> despite, String user) {
        List<LonLat> geometry = line(line);
        Work w = read(text);
        List<Clash> found = clashes.forWork("this work", w, Optional.empty());
        if (!found.isEmpty() && despite.filter(s -> !s.isBlank()).isEmpty()) {
            return new Outcome(Optional.empty(), found);
        }
        String reason =
                found.isEmpty() ? "recorded" : "recorded despite " + found.size() + " clash(es): " + despite.get();
        return new Outcome(
                Optional.of(store.create(
                        new NewWork(authorityId, w, status, geometry, Optional.empty(), Optional.empty()),
                        user,
                        reason)),
                found);
    }

    public Outcome update(
            StoredWork current,
            int basedOn,
            String text,
            String line,
            WorkStatus status,
            Optional<String> reason,
            Optional<String> despite,
            String user) {
        List<LonLat> geometry = line == null ? current.geometry() : line(line);
        Work w = read(text);
        List<Clash> found =
                status.closesRoad() ? clashes.forWork(current.reference(), w, Optional.of(current.id())) : List.of();
        if (!found.isEmpty() && despite.filter(s -> !s.isBlank()).isEmpty()) {
            return new Outcome(Optional.empty(), found);
        }
        String why = reason.filter(s -> !s.isBlank()).orElse("changed")
                + (found.isEmpty() ? "" : "; saved despite " + found.size() + " clash(es): " + despite.get());
        return new Outcome(Optional.of(store.update(current.id(), basedOn, w, status, geometry, user, why)), found);
    }
}
