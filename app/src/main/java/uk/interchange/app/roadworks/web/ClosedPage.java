package uk.interchange.app.roadworks.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.interchange.app.roadworks.ask.ClosureQuery;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.Html;
import uk.interchange.app.web.PageShell;
import uk.interchange.app.web.UkTime;

/**
 * The what-is-closed page (the site's front page): the question's form, and what was found. Written here inside the
 * site's layout ({@link PageShell}) rather than through a template, like {@link RoadPage}: with the road picker of a
 * national set (thousands of roads) the template engine's walk over the page and its copies of the picker were three
 * fifths of the page's cost. What it writes is escaped ({@link Html}); the option lists and radio buttons come
 * escaped from {@link PickerOptions} and {@link RoadworksPages#WHEN_RADIOS}, the table rows from {@link ClosureRows}.
 */
@Component
public class ClosedPage {
    /** The form as asked, with its options and radio buttons written. */
    record Form(
            ClosureQuery.Params asked,
            String whenRadios,
            String roadOptions,
            String directionOptions,
            String countyOptions,
            String typeOptions) {}

    /** What the page shows: the form, and the answer or the problems with the question. */
    record Shown(
            Form form,
            Optional<ClosureQuery> query,
            int found,
            boolean truncated,
            String rows,
            List<FieldProblem> problems) {
        static Shown refused(Form form, List<FieldProblem> problems) {
            return new Shown(form, Optional.empty(), 0, false, "", problems);
        }
    }

    private final PageShell shell;
    private final UkTime time;

    public ClosedPage(PageShell shell, UkTime time) {
        this.shell = shell;
        this.time = time;
    }

    String html(Shown s) {
        Set<String> wrong =
                Set.copyOf(s.problems().stream().map(FieldProblem::field).toList());
        StringBuilder out =
                new StringBuilder(s.form().roadOptions().length() + s.rows().length() + 16_000);
        shell.open(out, "Roadworks", "What is closed");
        errorSummary(out, s.problems());
        out.append(
                "\n<h1 class=\"govuk-heading-l\">What is closed</h1>\n<form method=\"get\" action=\"/\" novalidate>\n");
        out.append("<div class=\"govuk-grid-row\">\n");
        column(out, false)
                .append("<label class=\"govuk-label\" for=\"road\">Road</label>\n<div class=\"govuk-hint\""
                        + " id=\"road-hint\">For example M6 or A38. Leave empty for every road.</div>\n");
        input(
                        out,
                        "govuk-input govuk-input--width-10",
                        "road",
                        "text",
                        s.form().asked().road(),
                        false)
                .append(" list=\"road-list\" aria-describedby=\"road-hint\">\n<datalist id=\"road-list\">")
                .append(s.form().roadOptions())
                .append("</datalist>\n</div></div>\n");
        boolean junctions = wrong.contains("junctions");
        column(out, junctions)
                .append("<label class=\"govuk-label\" for=\"junctions\">Junctions</label>\n<div class=\"govuk-hint\""
                        + " id=\"junctions-hint\">One junction or a range, such as 4-7</div>\n");
        input(
                        out,
                        "govuk-input govuk-input--width-5",
                        "junctions",
                        "text",
                        s.form().asked().junctions(),
                        junctions)
                .append(" aria-describedby=\"junctions-hint\">\n</div></div>\n");
        select(
                column(out, false),
                "direction",
                "Direction",
                "Either direction",
                s.form().directionOptions());
        out.append("</div>\n<div class=\"govuk-grid-row\">\n");
        select(column(out, false), "county", "County", "Any county", s.form().countyOptions());
        select(column(out, false), "type", "Kind of work", "Any kind", s.form().typeOptions());
        out.append(
                "</div>\n<div class=\"govuk-form-group\">\n<fieldset class=\"govuk-fieldset\">\n"
                        + "<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">When</legend>\n"
                        + "<div class=\"govuk-radios govuk-radios--small govuk-radios--inline\" data-module=\"govuk-radios\">\n");
        out.append(s.form().whenRadios()).append("</div>\n</fieldset>\n</div>\n<div class=\"govuk-grid-row\">\n");
        dateField(
                out,
                wrong,
                "at",
                "At (for \"at a time\")",
                "datetime-local",
                s.form().asked().at());
        dateField(
                out,
                wrong,
                "from",
                "From (for \"between\")",
                "date",
                s.form().asked().from());
        dateField(
                out,
                wrong,
                "to",
                "To (for \"between\")",
                "date",
                s.form().asked().to());
        out.append("</div>\n<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Show what is"
                + " closed</button>\n</form>\n");
        s.query().ifPresent(q -> results(out, s, q));
        return shell.close(out, "Roadworks").toString();
    }

    private void results(StringBuilder out, Shown s, ClosureQuery q) {
        out.append("\n<h2 class=\"govuk-heading-m\" id=\"results\">\n  <span>");
        out.append(s.truncated() ? "More than " + RoadworksPages.PAGE_ROWS : String.valueOf(s.found()));
        out.append("</span> <span>")
                .append(s.found() == 1 ? "restriction" : "restrictions")
                .append("</span>\n  <span>");
        if (q.atInstant()) {
            out.append("at ").append(Html.escape(time.dateTime(q.from())));
        } else {
            out.append("from ")
                    .append(Html.escape(time.dateTime(q.from())))
                    .append(" to ")
                    .append(Html.escape(time.dateTime(q.to())));
        }
        out.append("</span>\n</h2>\n");
        if (s.truncated()) {
            out.append("<p class=\"govuk-body\" id=\"truncated\">Only the first ")
                    .append(RoadworksPages.PAGE_ROWS)
                    .append(" are shown: choose a road, a county or a kind of work to see the rest.</p>\n");
        }
        if (s.found() == 0) {
            out.append("<p class=\"govuk-body\">Nothing recorded is closed then.</p>\n");
            return;
        }
        out.append("<table class=\"govuk-table\">\n<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
                + "<th scope=\"col\" class=\"govuk-table__header\">Road</th>"
                + "<th scope=\"col\" class=\"govuk-table__header\">What</th>"
                + "<th scope=\"col\" class=\"govuk-table__header\">When</th>"
                + "<th scope=\"col\" class=\"govuk-table__header\">Work</th></tr></thead>\n"
                + "<tbody class=\"govuk-table__body\">");
        out.append(s.rows()).append("</tbody>\n</table>\n");
    }

    /** The GOV.UK error summary, each problem linking to its field. */
    private static void errorSummary(StringBuilder out, List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.append("\n<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\">\n<div role=\"alert\">\n"
                + "<h2 class=\"govuk-error-summary__title\">There is a problem</h2>\n"
                + "<div class=\"govuk-error-summary__body\">\n<ul class=\"govuk-list govuk-error-summary__list\">\n");
        for (FieldProblem p : problems) {
            out.append("<li><a href=\"#")
                    .append(Html.escape(p.field()))
                    .append("\">")
                    .append(Html.escape(p.field() + " " + p.reason()))
                    .append("</a></li>\n");
        }
        out.append("</ul>\n</div>\n</div>\n</div>\n");
    }

    /** A third of the row, opening its form group (marked when its field is in error). */
    private static StringBuilder column(StringBuilder out, boolean error) {
        return out.append("<div class=\"govuk-grid-column-one-third\">\n<div class=\"govuk-form-group")
                .append(error ? " govuk-form-group--error" : "")
                .append("\">\n");
    }

    /** An input's opening tag, without its closing {@code >}: the caller may add attributes. */
    private static StringBuilder input(
            StringBuilder out, String classes, String name, String type, String value, boolean error) {
        out.append("<input class=\"")
                .append(classes)
                .append(error ? " govuk-input--error" : "")
                .append("\" id=\"")
                .append(name)
                .append("\" name=\"")
                .append(name)
                .append("\" type=\"")
                .append(type)
                .append('"');
        if (value != null) {
            out.append(" value=\"").append(Html.escape(value)).append('"');
        }
        return out;
    }

    private static void select(StringBuilder out, String name, String label, String any, String options) {
        out.append("<label class=\"govuk-label\" for=\"")
                .append(name)
                .append("\">")
                .append(label)
                .append("</label>\n<select class=\"govuk-select\" id=\"")
                .append(name)
                .append("\" name=\"")
                .append(name)
                .append("\">\n<option value=\"\">")
                .append(any)
                .append("</option>")
                .append(options)
                .append("\n</select>\n</div></div>\n");
    }

    private static void dateField(
            StringBuilder out, Set<String> wrong, String name, String label, String type, String value) {
        boolean error = wrong.contains(name);
        column(out, error)
                .append("<label class=\"govuk-label\" for=\"")
                .append(name)
                .append("\">")
                .append(Html.escape(label))
                .append("</label>\n");
        input(out, "govuk-input", name, type, value, error).append(">\n</div></div>\n");
    }
}
