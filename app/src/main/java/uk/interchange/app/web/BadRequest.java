package uk.interchange.app.web;

import java.util.List;

/** A request refused for what it said: each problem names its field. Answered as 400 problem+json by the API. */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public BadRequest(List<FieldProblem> problems) {
        super(
                problems.isEmpty()
                        ? "bad request"
                        : problems.get(0).field() + ": " + problems.get(0).reason());
        this.problems = List.copyOf(problems);
    }

    public BadRequest(String field, String reason) {
        this(List.of(new FieldProblem(field, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
