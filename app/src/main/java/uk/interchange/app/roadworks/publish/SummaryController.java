package uk.interchange.app.roadworks.publish;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.roadworks.store.StoredWork;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.app.security.Access;
import uk.interchange.app.web.BadRequest;
import uk.interchange.roadworks.bulletin.BulletinWriter;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * The weekly summary for the press office: an authority's works with anything on in a week (Monday to Sunday),
 * written in the house style by the bulletin writer, as a page and as plain text.
 */
@Controller
public class SummaryController {
    private final JdbcTemplate jdbc;
    private final WorkStore store;
    private final Clock clock;

    public SummaryController(JdbcTemplate jdbc, WorkStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/roadworks/summary")
    public String page(
            @RequestParam(required = false) String authority,
            @RequestParam(required = false) String week,
            Model model) {
        Map<String, String> authorities = authorities();
        model.addAttribute("authorities", authorities);
        String chosen = authority == null || authority.isBlank()
                ? authorities.keySet().stream().findFirst().orElse("")
                : authority;
        try {
            LocalDate monday = monday(week);
            model.addAttribute("authority", chosen);
            model.addAttribute("week", monday.toString());
            model.addAttribute("text", chosen.isEmpty() ? "" : summary(chosen, authorities, monday));
            model.addAttribute("problems", List.of());
        } catch (BadRequest e) {
            model.addAttribute("authority", chosen);
            model.addAttribute("week", week);
            model.addAttribute("text", "");
            model.addAttribute("problems", e.problems());
        }
        return "roadworks/summary";
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/roadworks/summary.txt")
    public ResponseEntity<String> text(@RequestParam String authority, @RequestParam(required = false) String week) {
        Map<String, String> authorities = authorities();
        String body = summary(authority, authorities, monday(week));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(body);
    }

    private String summary(String authority, Map<String, String> authorities, LocalDate monday) {
        if (!authorities.containsKey(authority)) {
            throw new BadRequest("authority", "is not a highway authority here: " + authority);
        }
        List<UUID> ids = jdbc.queryForList(
                "select distinct o.work_id from roadworks.occurrence o join roadworks.work w on w.id = o.work_id"
                        + " where w.authority_id = ? and o.status <> 'cancelled' and o.during && tstzrange(?, ?)",
                UUID.class,
                authority,
                Timestamp.from(LondonTime.instant(monday.atStartOfDay())),
                Timestamp.from(LondonTime.instant(monday.plusDays(7).atStartOfDay())));
        List<StoredWork> works = store.byIds(ids);
        String region =
                authorities.get(authority).replaceAll("\\s*\\(.*\\)$", "").replace(" highway authority", "");
        return BulletinWriter.write(
                region,
                monday,
                LocalDate.now(clock.withZone(LondonTime.ZONE)),
                works.stream().map(StoredWork::work).toList());
    }

    private LocalDate monday(String week) {
        try {
            LocalDate d = week == null || week.isBlank()
                    ? LocalDate.now(clock.withZone(LondonTime.ZONE))
                    : LocalDate.parse(week.strip());
            return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } catch (DateTimeParseException e) {
            throw new BadRequest("week", "is not a date such as 2026-03-16: '" + week + "'");
        }
    }

    private Map<String, String> authorities() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        jdbc.query("select id, name from roadworks.authority order by name", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }
}
