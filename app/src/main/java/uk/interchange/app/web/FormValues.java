package uk.interchange.app.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dates and amounts typed into forms, read the same way on every page, each problem named by its field. */
public final class FormValues {
    private FormValues() {}

    /** A date written 2026-11-22 or 22/11/2026; empty when not given (a problem too when {@code needed}). */
    public static Optional<LocalDate> date(
            Map<String, String> form, String field, List<FieldProblem> problems, boolean needed) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            if (needed) {
                problems.add(new FieldProblem(field, "is empty"));
            }
            return Optional.empty();
        }
        for (java.time.format.DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, f));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        problems.add(new FieldProblem(field, "\"" + text + "\" is not a date: write 2026-11-22 or 22/11/2026"));
        return Optional.empty();
    }

    private static final List<java.time.format.DateTimeFormatter> DATES = List.of(
            java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
            java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"));

    /** An amount in pounds ("£12,500.00" or "12500"); empty when not given. */
    public static Optional<BigDecimal> pounds(Map<String, String> form, String field, List<FieldProblem> problems) {
        String text = form.getOrDefault(field, "").strip().replace("£", "").replace(",", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal b = new BigDecimal(text);
            if (b.signum() < 0) {
                problems.add(new FieldProblem(field, "is less than nothing"));
            }
            return Optional.of(b);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "is not an amount in pounds, such as 12500"));
            return Optional.empty();
        }
    }
}
