package uk.interchange.partnership.response.collaborations;

import java.time.LocalDate;
import java.util.List;

/** A collaboration's milestone: what, when it is due, and how it stands. */
public record Milestone(String title, LocalDate due, String status) {
    /** A milestone's statuses, in the order forms list them. */
    public static final List<String> STATUSES = List.of("planned", "on-track", "at-risk", "met", "missed");

    /** Late: due before today and not met. The programme view counts the same in its SQL. */
    public boolean late(LocalDate today) {
        return !status.equals("met") && due.isBefore(today);
    }
}
