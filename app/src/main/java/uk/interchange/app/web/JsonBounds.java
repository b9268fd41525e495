package uk.interchange.app.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * A JSON body the parser refused for passing one of its bounds, said as a field's problem: the field whose value was
 * too long with that field's own limit, or the body with the bound it passed.
 */
final class JsonBounds {
    private static final Pattern ALLOWED = Pattern.compile("maximum allowed \\((\\d+)");

    private JsonBounds() {}

    static Optional<FieldProblem> problem(Throwable refused, String path) {
        StreamConstraintsException bound = null;
        JacksonException outer = null;
        for (Throwable t = refused; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException j && outer == null) {
                outer = j;
            }
            if (t instanceof StreamConstraintsException c) {
                bound = c;
            }
        }
        if (bound == null) {
            return Optional.empty();
        }
        String message = String.valueOf(bound.getOriginalMessage());
        Matcher m = ALLOWED.matcher(message);
        String limit = m.find() ? String.format(Locale.UK, "%,d", Long.parseLong(m.group(1))) : "its";
        if (message.startsWith("String value length")) {
            Optional<String> field = field(outer, bound);
            return Optional.of(field.map(f -> new FieldProblem(
                            f,
                            String.format(
                                    Locale.UK,
                                    "is longer than its limit of %,d characters",
                                    FieldLimits.of(path, f).max())))
                    .orElse(new FieldProblem("body", "holds a value longer than " + limit + " characters")));
        }
        if (message.startsWith("Document length")) {
            return Optional.of(
                    new FieldProblem("body", "is longer than " + limit + " bytes, the most a JSON body may be"));
        }
        if (message.contains("nesting depth")) {
            return Optional.of(new FieldProblem("body", "is nested deeper than " + limit + " levels"));
        }
        if (message.startsWith("Token count")) {
            return Optional.of(new FieldProblem("body", "holds more than " + limit + " values"));
        }
        return Optional.of(new FieldProblem("body", "passes a bound on what is read: " + message));
    }

    /** The field being read when the bound was passed: from the path, or from the parser. */
    private static Optional<String> field(JacksonException outer, StreamConstraintsException bound) {
        if (outer != null && !outer.getPath().isEmpty()) {
            String name = outer.getPath().get(outer.getPath().size() - 1).getPropertyName();
            if (name != null) {
                return Optional.of(name);
            }
        }
        if (bound.processor() instanceof JsonParser p && p.currentName() != null) {
            return Optional.of(p.currentName());
        }
        return Optional.empty();
    }
}
