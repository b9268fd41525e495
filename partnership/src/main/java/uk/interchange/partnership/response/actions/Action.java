package uk.interchange.partnership.response.actions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An action under the four Ps, as lists show it; {@code against} is the group's reference and name, or the area, or
 * {@link #UNREAD_GROUP}.
 */
public record Action(
        String owner,
        UUID id,
        String title,
        String strand,
        String against,
        String responsible,
        LocalDate due,
        String status,
        String outcome) {
    /** The four Ps, in the order plans list them. */
    public static final List<String> STRANDS = List.of("pursue", "prevent", "protect", "prepare");

    /** An action's statuses, from recorded to finished. */
    public static final List<String> STATUSES = List.of("open", "in-progress", "done", "dropped");

    /** What lists show for an action against a group that the viewer may not read, and that names no area. */
    public static final String UNREAD_GROUP = "a crime group not shared with you";

    /** Past its due date and not finished (done or dropped). */
    public boolean overdue(LocalDate today) {
        return due.isBefore(today) && (status.equals("open") || status.equals("in-progress"));
    }

    /** Today in the UK, where the due dates are. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** What a new action says. */
    public record Draft(
            String title,
            String strand,
            Optional<String> groupOwner,
            Optional<UUID> group,
            String area,
            String responsible,
            LocalDate due) {}
}
