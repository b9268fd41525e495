package uk.interchange.partnership.response.collaborations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A collaboration between forces as the programme view shows it: the initiative (forces taking part, the service,
 * funding, dates); milestones met of all and those late ({@link Milestone#late}); benefits expected and realised,
 * cashable in pounds and non-cashable counted.
 */
public record Collaboration(
        String owner,
        UUID id,
        String name,
        String service,
        List<String> forces,
        BigDecimal funding,
        LocalDate starts,
        Optional<LocalDate> ends,
        int milestones,
        int met,
        int late,
        BigDecimal cashableExpected,
        BigDecimal cashableRealised,
        int nonCashable) {
    /** The services forces collaborate on, in the order forms list them. */
    public static final List<String> SERVICES = List.of(
            "firearms",
            "major crime",
            "witness protection",
            "undercover",
            "public protection",
            "cross-border crime",
            "serious organised crime",
            "other");
}
