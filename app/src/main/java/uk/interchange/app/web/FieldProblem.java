package uk.interchange.app.web;

/** One thing wrong with a request: the field (form field or query parameter) and what was wrong with it. */
public record FieldProblem(String field, String reason) {}
