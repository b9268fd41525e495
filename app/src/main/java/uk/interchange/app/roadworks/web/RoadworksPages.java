package uk.interchange.app.roadworks.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import uk.interchange.app.web.FieldProblem;
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
    private final Clock clock;
    private final PickerOptions pickers = new PickerOptions();

    public RoadworksPages(Closures closures, ClosureRows rows, Clock clock) {
        this.closures = closures;
        this.rows = rows;
        this.clock = clock;
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/")
    public String closed(@RequestParam(required = false) String when, ClosureQuery.Params asked, Model model) {
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
        // worked out here, not in the template: its expressions were most of the page's cost
        model.addAttribute("whenRadios", WHEN_RADIOS.getOrDefault(choice, WHEN_RADIOS.get("now")));
        model.addAttribute("errorFields", Set.of());
        model.addAttribute("form", asked);
        model.addAttribute("roadOptions", pickers.roads(closures.roads()));
        model.addAttribute("directionOptions", PickerOptions.of(DIRECTIONS, asked.direction()));
        model.addAttribute("countyOptions", PickerOptions.of(closures.counties(), asked.county()));
        model.addAttribute("typeOptions", PickerOptions.of(TYPES, asked.type()));
        try {
            ClosureQuery q = ClosureQuery.parse(
                    new ClosureQuery.Params(
                            a, f, t, asked.road(), asked.junctions(), asked.direction(), asked.county(), asked.type()),
                    clock);
            List<Closure> found = closures.find(q, PAGE_ROWS + 1);
            model.addAttribute("truncated", found.size() > PAGE_ROWS);
            List<Closure> shown = found.size() > PAGE_ROWS ? found.subList(0, PAGE_ROWS) : found;
            model.addAttribute("closures", shown);
            model.addAttribute(
                    "rows", rows.html(shown.stream().map(ClosureRows.Row::of).toList(), true));
            model.addAttribute("query", q);
            model.addAttribute("problems", List.of());
        } catch (BadRequest e) {
            model.addAttribute("closures", List.of());
            model.addAttribute("problems", e.problems());
            model.addAttribute(
                    "errorFields",
                    e.problems().stream().map(FieldProblem::field).collect(Collectors.toSet()));
        }
        return "roadworks/closed";
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
