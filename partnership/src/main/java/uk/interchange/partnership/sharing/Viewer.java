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
}
