package uk.interchange.roadworks.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a restriction is in force, kept as the rule the text states. {@code schedule.ScheduleExpander} turns it into
 * exact occurrences.
 *
 * @param text the words the rule was read from (or will be written as)
 * @param periods the recurring windows and continuous spans
 * @param changes changes to single days' windows of the recurring periods
 * @param openEnd set when the end is only vaguely known; then there are no periods
 */
public record Schedule(String text, List<Period> periods, List<WindowChange> changes, Optional<OpenEnd> openEnd) {
    public Schedule {
        Objects.requireNonNull(text, "text");
        periods = List.copyOf(periods);
        changes = List.copyOf(changes);
        Objects.requireNonNull(openEnd, "openEnd");
    }

    public static Schedule of(String text, List<Period> periods) {
        return new Schedule(text, periods, List.of(), Optional.empty());
    }

    public static Schedule openEnded(String text, OpenEnd openEnd) {
        return new Schedule(text, List.of(), List.of(), Optional.of(openEnd));
    }

    public static Schedule none(String text) {
        return new Schedule(text, List.of(), List.of(), Optional.empty());
    }

    public boolean isEmpty() {
        return periods.isEmpty() && openEnd.isEmpty();
    }

    public Schedule withChanges(List<WindowChange> newChanges) {
        return new Schedule(text, periods, newChanges, openEnd);
    }
}
