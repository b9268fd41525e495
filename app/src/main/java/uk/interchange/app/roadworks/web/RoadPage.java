package uk.interchange.app.roadworks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.roadworks.ask.Closures;
import uk.interchange.app.roadworks.clash.ClashCheck;
import uk.interchange.app.roadworks.store.NoSuchWork;
import uk.interchange.app.security.Access;
import uk.interchange.app.web.BadRequest;
import uk.interchange.app.web.Html;
import uk.interchange.app.web.PageShell;
import uk.interchange.roadworks.clash.Item;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Road;
import uk.interchange.roadworks.publish.RoadChart;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * A road at a glance: its picture of seven nights (junctions across, nights down) and the table of every restriction,
 * from tonight or from a date asked for. The most asked-for page there is, so its content is written here, inside the
 * site's layout ({@link PageShell}), not through a template: the template engine's walk over the page was a fifth of
 * its cost at national scale. What it writes is escaped ({@link Html}).
 */
@Controller
public class RoadPage {
    static final int CHART_NIGHTS = 7;

    /** A road's table lists this many restrictions at most, and says how to narrow it. */
    static final int PAGE_ROWS = RoadworksPages.PAGE_ROWS;

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Closures closures;
    private final ClashCheck clashes;
    private final ClosureRows rows;
    private final RoadViews views;
    private final PageShell shell;
    private final Clock clock;

    public RoadPage(
            Closures closures, ClashCheck clashes, ClosureRows rows, RoadViews views, PageShell shell, Clock clock) {
        this.closures = closures;
        this.clashes = clashes;
        this.rows = rows;
        this.views = views;
        this.shell = shell;
        this.clock = clock;
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/roadworks/roads/{road}")
    public void road(
            @PathVariable String road,
            @RequestParam(name = "from", required = false) String fromDate,
            HttpServletResponse response)
            throws IOException {
        String key = Road.key(road);
        if (!closures.hasRoad(key)) {
            throw NoSuchWork.onRoad(road);
        }
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        LocalDate first = firstNight(fromDate, today);
        RoadViews.View view = views.of(key, first, () -> draw(key, first));
        PageShell.send(response, html(key, first, first.equals(today), view));
    }

    /** The whole page, layout and all. */
    private String html(String road, LocalDate first, boolean fromToday, RoadViews.View view) {
        String r = Html.escape(road);
        String path = "/roadworks/roads/" + Html.pathSegment(road);
        StringBuilder out = new StringBuilder(view.svg().length() + view.rows().length() + 12_000);
        shell.open(out, "Roadworks", road + " roadworks");
        out.append("\n<h1 class=\"govuk-heading-l\"><span>").append(r).append("</span>:\n  <span>");
        out.append(fromToday ? "the next seven nights" : "seven nights from " + LONG_DAY.format(first));
        out.append("</span></h1>\n<p class=\"govuk-body\">\n  <a class=\"govuk-button govuk-button--secondary\""
                + " id=\"subscribe\" href=\"");
        out.append(path).append("/calendar.ics\">Subscribe in your calendar</a>\n</p>\n");
        out.append("<p class=\"govuk-body-s\">Copy the link into your calendar app (\"subscribe to calendar\" or \"from"
                + " URL\") and it will keep up with changes.</p>\n");
        out.append("<div>").append(view.svg()).append("</div>\n");
        out.append("<nav class=\"govuk-body\" aria-label=\"Other weeks\">\n");
        out.append("  <a class=\"govuk-link\" id=\"earlier\" href=\"")
                .append(path)
                .append("?from=")
                .append(first.minusDays(CHART_NIGHTS))
                .append("\">Seven nights earlier</a>\n  <span aria-hidden=\"true\"> &middot; </span>\n");
        out.append("  <a class=\"govuk-link\" id=\"later\" href=\"")
                .append(path)
                .append("?from=")
                .append(first.plusDays(CHART_NIGHTS))
                .append("\">Seven nights later</a>\n");
        if (!fromToday) {
            out.append("  <span><span aria-hidden=\"true\"> &middot; </span><a class=\"govuk-link\" href=\"")
                    .append(path)
                    .append("\">From tonight</a></span>\n");
        }
        out.append("</nav>\n<h2 class=\"govuk-heading-m\">Every restriction</h2>\n");
        if (view.truncated()) {
            out.append("<p class=\"govuk-body\" id=\"truncated\">More than ")
                    .append(PAGE_ROWS)
                    .append(" restrictions are recorded on this road for these nights; the first ")
                    .append(PAGE_ROWS)
                    .append(" are listed. <a class=\"govuk-link\" href=\"/?road=")
                    .append(Html.escape(URLEncoder.encode(road, StandardCharsets.UTF_8)))
                    .append("&amp;when=week\">Ask what is closed</a> by junctions, direction or kind of work to see"
                            + " the rest.</p>\n");
        }
        if (view.nothing()) {
            out.append(
                    "<p class=\"govuk-body\" id=\"nothing\">Nothing is recorded on this road for these nights.</p>\n");
        } else {
            out.append(
                    "<table class=\"govuk-table\">\n  <thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
                            + "<th scope=\"col\" class=\"govuk-table__header\">What</th>"
                            + "<th scope=\"col\" class=\"govuk-table__header\">When</th>"
                            + "<th scope=\"col\" class=\"govuk-table__header\">Work</th></tr></thead>\n"
                            + "  <tbody class=\"govuk-table__body\">");
            out.append(view.rows()).append("</tbody>\n</table>\n");
        }
        return shell.close(out, "Roadworks").toString();
    }

    /** A road's picture and table for the week from its first night, from one question to the database. */
    private RoadViews.View draw(String key, LocalDate first) {
        var from = LondonTime.instant(first.atTime(LocalTime.NOON));
        var to = from.plus(Duration.ofDays(CHART_NIGHTS));
        var items = clashes.itemsOnRoad(key, from, to);
        // the table is read from the chart's items; it shows the first PAGE_ROWS by time, so only the rows that
        // start no later than the PAGE_ROWS-th start are made and sorted (a motorway's week has thousands)
        long[] starts = items.stream()
                .flatMap(i -> i.occurrences().stream())
                .filter(o -> o.end().isAfter(from) && o.start().isBefore(to))
                .mapToLong(o -> o.start().toEpochMilli())
                .toArray();
        long cutoff = Long.MAX_VALUE;
        if (starts.length > PAGE_ROWS) {
            Arrays.sort(starts);
            cutoff = starts[PAGE_ROWS - 1];
        }
        List<ClosureRows.Row> shown = new ArrayList<>();
        for (Item i : items) {
            for (Occurrence o : i.occurrences()) {
                if (o.end().isAfter(from) && o.start().isBefore(to) && o.start().toEpochMilli() <= cutoff) {
                    shown.add(ClosureRows.Row.of(i, o));
                }
            }
        }
        shown.sort(ClosureRows.Row.ORDER);
        return new RoadViews.View(
                RoadChart.svg(key, items, first, CHART_NIGHTS),
                rows.html(shown.size() > PAGE_ROWS ? shown.subList(0, PAGE_ROWS) : shown, false),
                starts.length == 0,
                starts.length > PAGE_ROWS);
    }

    /** The first night of the road's picture: the date asked for (yyyy-mm-dd), or today. */
    private static LocalDate firstNight(String asked, LocalDate today) {
        if (asked == null || asked.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(asked.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequest(
                    "from", "\"" + asked + "\" is not a date; write it as year-month-day, such as 2027-03-20");
        }
    }
}
