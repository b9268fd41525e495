package uk.interchange.partnership.sharing;

import java.util.Set;

/** A signed-in person, their organisation and their roles there. */
public record Viewer(String user, Organisation organisation, Set<Role> roles) {
    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean readsRecords() {
        return roles.stream().anyMatch(Role::readsRecords);
    }

    /** Whether any of the person's roles changes anything in the partnership (an auditor's does not). */
    public boolean changes() {
        return roles.stream().anyMatch(Role::changes);
    }
}
