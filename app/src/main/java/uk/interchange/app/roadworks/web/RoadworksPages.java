package uk.interchange.app.roadworks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import uk.interchange.app.roadworks.ask.Closure;
import uk.interchange.app.roadworks.ask.ClosureQuery;
import uk.interchange.app.roadworks.ask.Closures;
import uk.interchange.app.security.Access;
import uk.interchange.app.web.BadRequest;
import uk.interchange.app.web.PageShell;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.publish.Wording;
import uk.interchange.roadworks.schedule.LondonTime;

/** The public pages: what is closed (with its form), the map and the open-data list; a road at a glance is {@link RoadPage}. */
@Controller
public class RoadworksPages {
    /** The kinds of work for the picker: code and plain name. */
    static final Map<String, String> TYPES = types();
    /** The directions a road can be signed in, for the picker. */
    static final List<String> DIRECTIONS =
            List.of("northbound", "southbound", "eastbound", "westbound", "clockwise", "anticlockwise");
    /** The "when" choices of the what-is-closed form, in order: value and label. */
    static final Map<String, String> WHENS = whens();

    /**
     * The form's "when" radio buttons, written once for each choice checked: a loop in the template was an eighth of
     * the page's cost.
     */
    static final Map<String, String> WHEN_RADIOS = whenRadios();

    /** A page lists this many restrictions at most; the API gives more, and the page says how to narrow it. */
    static final int PAGE_ROWS = 300;

    private final Closures closures;
    private final ClosureRows rows;
    private final ClosedPage page;
    private final Clock clock;
    private final PickerOptions pickers = new PickerOptions();

    public RoadworksPages(Closures closures, ClosureRows rows, ClosedPage page, Clock clock) {
        this.closures = closures;
        this.rows = rows;
        this.page = page;
        this.clock = clock;
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/")
    public void closed(
            @RequestParam(required = false) String when, ClosureQuery.Params asked, HttpServletResponse response)
            throws IOException {
        String choice = when == null || when.isBlank() ? "now" : when;
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        String f = asked.from();
        String t = asked.to();
        String a = asked.at();
        switch (choice) {
            case "tonight" -> {
                f = today.atTime(LocalTime.of(19, 0)).toString();
                t = today.plusDays(1).atTime(LocalTime.of(7, 0)).toString();
                a = null;
            }
            case "week" -> {
                f = today.toString();
                t = today.plusDays(6).toString();
                a = null;
            }
            case "at" -> {
                f = null;
                t = null;
            }
            case "range" -> a = null;
            default -> {
                f = null;
                t = null;
                a = null;
            }
        }
        ClosedPage.Form form = new ClosedPage.Form(
                asked,
                WHEN_RADIOS.getOrDefault(choice, WHEN_RADIOS.get("now")),
                pickers.roads(closures.roads()),
                PickerOptions.of(DIRECTIONS, asked.direction()),
                PickerOptions.of(closures.counties(), asked.county()),
                PickerOptions.of(TYPES, asked.type()));
        ClosedPage.Shown shown;
        try {
            ClosureQuery q = ClosureQuery.parse(
                    new ClosureQuery.Params(
                            a, f, t, asked.road(), asked.junctions(), asked.direction(), asked.county(), asked.type()),
                    clock);
            List<Closure> found = closures.find(q, PAGE_ROWS + 1);
            List<Closure> listed = found.size() > PAGE_ROWS ? found.subList(0, PAGE_ROWS) : found;
            shown = new ClosedPage.Shown(
                    form,
                    Optional.of(q),
                    listed.size(),
                    found.size() > PAGE_ROWS,
                    rows.html(listed.stream().map(ClosureRows.Row::of).toList(), true),
                    List.of());
        } catch (BadRequest e) {
            shown = ClosedPage.Shown.refused(form, e.problems());
        }
        PageShell.send(response, page.html(shown));
    }

    private static Map<String, String> whens() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("now", "Now");
        out.put("tonight", "Tonight (7pm to 7am)");
        out.put("week", "The next seven days");
        out.put("at", "At a time");
        out.put("range", "Between two dates");
        return out;
    }

    private static Map<String, String> whenRadios() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String checked : WHENS.keySet()) {
            StringBuilder html = new StringBuilder();
            WHENS.forEach((value, label) -> html.append("<div class=\"govuk-radios__item\">")
                    .append("<input class=\"govuk-radios__input\" id=\"when-")
                    .append(value)
                    .append("\" name=\"when\" type=\"radio\" value=\"")
                    .append(value)
                    .append(value.equals(checked) ? "\" checked=\"checked\">" : "\">")
                    .append("<label class=\"govuk-radios__label\" for=\"when-")
                    .append(value)
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(label))
                    .append("</label></div>\n"));
            out.put(checked, html.toString());
        }
        return out;
    }

    private static Map<String, String> types() {
        Map<String, String> out = new LinkedHashMap<>();
        for (RestrictionType t : RestrictionType.values()) {
            out.put(t.code(), Wording.type(t));
        }
        return out;
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/roadworks/map")
    public String map() {
        return "roadworks/map";
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/roadworks/open-data")
    public String openData(Model model) {
        model.addAttribute("roads", closures.roads());
        return "roadworks/open-data";
    }
}
