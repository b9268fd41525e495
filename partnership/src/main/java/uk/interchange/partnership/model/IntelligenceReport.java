package uk.interchange.partnership.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A piece of intelligence: its text, the entities it is about, its grading and security marking, and when it must
 * next be reviewed. A sanitised copy for wider sharing is a report of its own that names the original it came
 * from; the original's sharing is not widened by it.
 */
public record IntelligenceReport(
        String id,
        String owner,
        String text,
        List<String> entities,
        Grading grading,
        SecurityMarking marking,
        LocalDate reviewOn,
        Optional<String> sanitisedFrom) {

    public IntelligenceReport {
        entities = List.copyOf(entities);
        if (text.isBlank()) {
            throw new IllegalArgumentException("a report needs its text");
        }
    }

    public boolean sanitisedCopy() {
        return sanitisedFrom.isPresent();
    }
}
