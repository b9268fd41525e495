package uk.interchange.partnership.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An intelligence report as a form gives it, field by field, checked all at once so that every problem can be
 * shown together. {@link #check} gives either the report or the problems, never a half-made report.
 */
public record ReportDraft(
        String text,
        String model,
        String source,
        String assessment,
        String handling,
        String conditions,
        String legacyGrading,
        String marking,
        String reviewOn) {

    /** A field and what is wrong with it. */
    public record Problem(String field, String reason) {}

    /** The report, or why not. */
    public record Checked(Optional<IntelligenceReport> report, List<Problem> problems) {}

    public Checked check(String id, String owner, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (blank(text)) {
            problems.add(new Problem("text", "is empty: write what is known"));
        }
        Optional<Grading> grading = grading(problems);
        Optional<SecurityMarking> mark = Optional.empty();
        switch (blank(marking) ? "" : marking.strip().toUpperCase(Locale.ROOT)) {
            case "OFFICIAL" -> mark = Optional.of(SecurityMarking.OFFICIAL);
            case "OFFICIAL-SENSITIVE", "OFFICIAL_SENSITIVE" -> mark = Optional.of(SecurityMarking.OFFICIAL_SENSITIVE);
            default -> problems.add(new Problem("marking", "must be OFFICIAL or OFFICIAL-SENSITIVE"));
        }
        Optional<LocalDate> review = Optional.empty();
        if (blank(reviewOn)) {
            problems.add(new Problem("review_on", "is needed: the date by which the report must be reviewed"));
        } else {
            try {
                LocalDate d = LocalDate.parse(reviewOn.strip());
                if (!d.isAfter(today)) {
                    problems.add(new Problem("review_on", "must be after today"));
                } else {
                    review = Optional.of(d);
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem(
                        "review_on", "\"" + reviewOn.strip() + "\" is not a date written as year-month-day"));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        return new Checked(
                Optional.of(new IntelligenceReport(
                        id, owner, text.strip(), List.of(), grading.get(), mark.get(), review.get(), Optional.empty())),
                List.of());
    }

    private Optional<Grading> grading(List<Problem> problems) {
        if ("5x5x5".equals(model)) {
            if (blank(legacyGrading)) {
                problems.add(new Problem("legacy_grading", "is needed for a report graded under 5x5x5"));
                return Optional.empty();
            }
            return Optional.of(new Grading.Legacy5x5x5(legacyGrading.strip()));
        }
        int before = problems.size();
        if (blank(source) || !source.strip().matches("[123]")) {
            problems.add(new Problem("source", "must be 1 (reliable), 2 (untested) or 3 (not reliable)"));
        }
        if (blank(assessment) || !assessment.strip().toUpperCase(Locale.ROOT).matches("[A-E]")) {
            problems.add(new Problem("assessment", "must be A, B, C, D or E"));
        }
        String h = blank(handling) ? "" : handling.strip().toUpperCase(Locale.ROOT);
        if (!h.equals("P") && !h.equals("C")) {
            problems.add(new Problem("handling", "must be P (may be shared) or C (shared only under conditions)"));
        } else if (h.equals("C") && blank(conditions)) {
            problems.add(new Problem("conditions", "are needed for handling code C"));
        } else if (h.equals("P") && !blank(conditions)) {
            problems.add(new Problem("conditions", "only go with handling code C; choose C or leave them empty"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<String> c = blank(conditions) ? Optional.empty() : Optional.of(conditions.strip());
        return Grading.parse3x5x2(source.strip() + assessment.strip() + h, c).value();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
