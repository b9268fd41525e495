package uk.interchange.partnership.sharing;

import java.util.Objects;
import java.util.Set;
import uk.interchange.partnership.model.Grading;

/**
 * Who a record belongs to and who else it is shared with: organisations by name, and sharing groups. The handling
 * code of the record's grading limits it: a record under code C goes only to organisations named on it, each of
 * which is given the conditions; it is never spread through a group.
 */
public record Sharing(String owner, Set<String> organisations, Set<String> groups, Grading.Handling handling) {
    public Sharing {
        Objects.requireNonNull(owner, "owner");
        organisations = Set.copyOf(organisations);
        groups = Set.copyOf(groups);
        Objects.requireNonNull(handling, "handling");
    }

    /** A record kept by its owner alone. */
    public static Sharing ownerOnly(String owner, Grading.Handling handling) {
        return new Sharing(owner, Set.of(), Set.of(), handling);
    }
}
