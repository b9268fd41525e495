package uk.interchange.app.roadworks.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.interchange.app.roadworks.ask.Closure;
import uk.interchange.app.web.Html;
import uk.interchange.roadworks.clash.Item;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.publish.ClockText;

/**
 * The rows of the closures tables (the home page and a road's page), written here: a busy road's week is over a
 * hundred rows, and the template engine's work per cell was most of the page's cost. Everything written is escaped.
 */
@Component
public class ClosureRows {
    /** One table row: the road, what, when and the work's reference. */
    record Row(String road, String description, Instant start, Optional<Instant> end, String reference) {
        static Row of(Closure c) {
            return new Row(c.road(), c.description(), c.start(), c.end(), c.reference());
        }

        /** A row from the chart's own reading, so a road's page asks the database once. */
        static Row of(Item i, Occurrence o) {
            Optional<Instant> end = o.end().equals(Instant.MAX) ? Optional.empty() : Optional.of(o.end());
            return new Row(i.section().road(), i.summary(), o.start(), end, i.label());
        }

        /**
         * In time order, then by road, work and restriction, as the closures query orders them (written out: a chain of
         * {@code thenComparing} was a tenth of drawing a busy road's page).
         */
        static final Comparator<Row> ORDER = (a, b) -> {
            int c = a.start.compareTo(b.start);
            if (c == 0) {
                c = a.road.compareTo(b.road);
            }
            if (c == 0) {
                c = a.reference.compareTo(b.reference);
            }
            return c != 0 ? c : a.description.compareTo(b.description);
        };
    }

    /** One {@code <tr>} per closure: road (when asked for), what, when and the work's reference. */
    String html(List<Row> rows, boolean withRoad) {
        StringBuilder out = new StringBuilder(rows.size() * 400);
        for (Row c : rows) {
            out.append("<tr class=\"govuk-table__row\">");
            if (withRoad) {
                link(out, "/roadworks/roads/", c.road());
            }
            cell(out).append(Html.escape(c.description())).append("</td>");
            ClockText.span(cell(out), c.start(), c.end().orElse(Instant.MAX)).append("</td>"); // nothing to escape
            link(out, "/roadworks/works/", c.reference());
            out.append("</tr>\n");
        }
        return out.toString();
    }

    private static StringBuilder cell(StringBuilder out) {
        return out.append("<td class=\"govuk-table__cell\">");
    }

    private static void link(StringBuilder out, String base, String segment) {
        cell(out)
                .append("<a class=\"govuk-link\" href=\"")
                .append(base)
                .append(Html.pathSegment(segment))
                .append("\">")
                .append(Html.escape(segment))
                .append("</a></td>");
    }
}
