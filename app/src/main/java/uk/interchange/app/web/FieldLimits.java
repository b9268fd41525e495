package uk.interchange.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every text field the service takes, with the most characters it may hold and whether it may hold several lines:
 * the one table of limits, checked at the edge for form fields, query parameters, multipart fields and JSON bodies
 * alike ({@link FieldLimitsInterceptor}, {@link JsonBodyLimits}), and documented in {@code docs/formats/limits.md} (a
 * test keeps the two the same). A field not in the table has the limit of {@link #OTHER}. A field's own checks (a
 * postcode's shape, a reason's minimum) come after, where the field is read.
 *
 * <p>Control characters (Unicode category Cc) are refused everywhere, except tab, carriage return and line feed in a
 * field that may hold several lines: a NUL cannot be stored, and none belongs in a name, a reference or a reason.
 */
public final class FieldLimits {
    /** One line of text, or several (tab and line breaks allowed). */
    public enum Lines {
        ONE,
        MANY
    }

    /**
     * The limit of one field. {@code under} is where it applies: a list of address prefixes, empty for everywhere.
     * Entries that name addresses come before the entry for the same field everywhere else.
     */
    public record Limit(String field, List<String> under, int max, Lines lines, String what) {
        boolean appliesTo(String path, String name) {
            return field.equals(name) && (under.isEmpty() || under.stream().anyMatch(path::startsWith));
        }
    }

    /** Reasons are written to the audit trail with what they explain: short, one line. */
    public static final int REASON = 500;

    /** A field named nowhere below. */
    public static final Limit OTHER = new Limit(
            "(any other field)", List.of(), 200, Lines.ONE, "names, references, ids, dates, amounts, choices");

    private static final List<String> ROADWORKS = List.of("/roadworks/", "/api/roadworks/");

    public static final List<Limit> TABLE = List.of(
            // why something is done: recorded with it in the audit trail
            new Limit(
                    "reason",
                    List.of(),
                    REASON,
                    Lines.ONE,
                    "why a search is made, a record opened or changed, sharing changed, a record kept or erased, advice given"),
            new Limit("despite", ROADWORKS, REASON, Lines.ONE, "why a work is saved despite its clashes"),
            new Limit("caseReference", List.of(), 100, Lines.ONE, "the case or operation a search or view is for"),
            new Limit("query", List.of(), 200, Lines.ONE, "what is searched for (recorded with the search)"),
            new Limit("q", List.of(), 200, Lines.ONE, "a search for a record to link or a member to add"),
            // long text: bulletins, files pasted in, GeoJSON, reports
            new Limit(
                    "text", List.of("/roadworks/planner/import"), 2_097_152, Lines.MANY, "a weekly bulletin pasted in"),
            new Limit("text", List.of("/partnership/import"), 2_097_152, Lines.MANY, "a CSV file pasted in"),
            new Limit("text", ROADWORKS, 100_000, Lines.MANY, "a work written as a bulletin paragraph"),
            new Limit(
                    "text",
                    List.of("/partnership/reports"),
                    50_000,
                    Lines.MANY,
                    "an intelligence report, or its sanitised copy"),
            new Limit("text", List.of("/partnership/orders"), 2_000, Lines.ONE, "a condition as the order words it"),
            new Limit("line", ROADWORKS, 100_000, Lines.ONE, "a work's line as lon,lat; lon,lat ..."),
            new Limit(
                    "area",
                    List.of("/partnership/hotspots"),
                    1_000_000,
                    Lines.MANY,
                    "a hotspot as GeoJSON or LSOA codes"),
            new Limit(
                    "comparison",
                    List.of("/partnership/hotspots"),
                    1_000_000,
                    Lines.MANY,
                    "its comparison area, the same way"),
            new Limit("definition", List.of("/partnership/assessments"), 100_000, Lines.MANY, "a scoring model as CSV"),
            // sentences typed into one-line fields
            new Limit("description", List.of(), 2_000, Lines.ONE, "what an article, a vulnerability or a benefit is"),
            new Limit("provenance", List.of(), 2_000, Lines.ONE, "where an article was found and how it was seized"),
            new Limit("rationale", List.of(), 2_000, Lines.ONE, "what an assessment's scores rest on"),
            new Limit("activities", List.of(), 2_000, Lines.ONE, "what a crime group does"),
            new Limit("conditions", List.of(), 2_000, Lines.ONE, "a report's handling conditions"),
            new Limit("outcome", List.of(), 2_000, Lines.ONE, "an action's outcome"),
            new Limit("finding", List.of(), 2_000, Lines.ONE, "what a check of an order found"),
            new Limit("response", List.of(), 2_000, Lines.ONE, "what was done about a breach"),
            new Limit("what", List.of(), 2_000, Lines.ONE, "what happened in a breach"),
            new Limit("question", List.of(), 500, Lines.ONE, "a survey question"),
            new Limit("note", List.of(), 1_000, Lines.ONE, "a note for the council, or on an intervention"),
            new Limit("title", List.of(), 300, Lines.ONE, "what a contract, an action, a milestone or a report is"),
            new Limit("address", List.of(), 500, Lines.ONE, "an address's lines, separated by semicolons"),
            new Limit("aliases", List.of(), 1_000, Lines.ONE, "a person's other names, separated by semicolons"),
            new Limit("records", List.of(), 2_000, Lines.ONE, "records named by owner/id, separated by spaces"),
            new Limit("shareGroups", List.of(), 1_000, Lines.ONE, "sharing groups named by id"));

    private FieldLimits() {}

    /** The limit of the field called {@code name} in a request to {@code path}. */
    public static Limit of(String path, String name) {
        for (Limit l : TABLE) {
            if (l.appliesTo(path, name)) {
                return l;
            }
        }
        return OTHER;
    }

    /** What is wrong with {@code value} as the field {@code name} of a request to {@code path}, if anything. */
    public static Optional<FieldProblem> check(String path, String name, String value) {
        Limit l = of(path, name);
        // a length in chars is at least the length in characters, so most values need no counting
        if (value.length() > l.max() && value.codePointCount(0, value.length()) > l.max()) {
            return Optional.of(new FieldProblem(
                    name,
                    String.format(
                            Locale.UK,
                            "is longer than its limit of %,d characters (it has %,d)",
                            l.max(),
                            value.codePointCount(0, value.length()))));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL
                    && !(l.lines() == Lines.MANY && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of(new FieldProblem(
                        name,
                        String.format(
                                Locale.UK,
                                "holds a control character (U+%04X) at character %,d: %s",
                                (int) c,
                                value.codePointCount(0, i) + 1,
                                l.lines() == Lines.ONE
                                        ? "this field is one line of text, without tabs or line breaks"
                                        : "only tabs and line breaks may be used here")));
            }
        }
        return Optional.empty();
    }
}
