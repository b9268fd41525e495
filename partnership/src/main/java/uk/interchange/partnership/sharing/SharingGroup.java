package uk.interchange.partnership.sharing;

import java.util.Set;

/** A named set of organisations that records can be shared with at once ("Thames Valley SOC partnership"). */
public record SharingGroup(String id, String name, Set<String> members) {
    public SharingGroup {
        members = Set.copyOf(members);
    }
}
