package uk.interchange.partnership.sharing;

import java.util.Map;
import uk.interchange.partnership.model.Grading;

/**
 * The one place that decides who may read a partnership record. Applied to every read, search result and link
 * followed: what it refuses must look to the viewer exactly as if the record did not exist.
 *
 * <ol>
 *   <li>Only roles with a need to know records read them (not procurement officers, auditors or administrators).
 *   <li>People of the owning organisation may read its records.
 *   <li>Others may read a record shared with their organisation by name.
 *   <li>Or through a sharing group their organisation belongs to, unless the record's handling code is C: then it
 *       goes only to organisations named on it, since its conditions are agreed with each recipient.
 * </ol>
 */
public final class SharingPolicy {
    private final Map<String, SharingGroup> groups;

    public SharingPolicy(Map<String, SharingGroup> groups) {
        this.groups = Map.copyOf(groups);
    }

    public Decision decide(Viewer viewer, Sharing sharing) {
        String org = viewer.organisation().id();
        if (!viewer.readsRecords()) {
            return Decision.refuse("the roles " + viewer.roles() + " have no need to know partnership records");
        }
        if (sharing.owner().equals(org)) {
            return Decision.allow(
                    "the record belongs to " + viewer.organisation().name());
        }
        if (sharing.organisations().contains(org)) {
            return Decision.allow(
                    "the record is shared with " + viewer.organisation().name()
                            + (sharing.handling() == Grading.Handling.C ? " under its handling conditions" : ""));
        }
        for (String g : sharing.groups()) {
            SharingGroup group = groups.get(g);
            if (group != null && group.members().contains(org)) {
                if (sharing.handling() == Grading.Handling.C) {
                    return Decision.refuse("handling code C: shared only with organisations named on the record,"
                            + " not through the group " + group.name());
                }
                return Decision.allow("the record is shared with the group " + group.name());
            }
        }
        return Decision.refuse(
                "the record is not shared with " + viewer.organisation().name());
    }
}
