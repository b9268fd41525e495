package uk.interchange.partnership.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An organised crime group as the owning force records it. Its score and band come from the regional organised
 * crime unit's group-mapping process and are kept as given, with their date; they are not computed here.
 */
public record CrimeGroup(
        String id,
        String owner,
        String reference,
        String name,
        List<Member> members,
        List<String> activities,
        String area,
        Optional<Mapping> mapping) {

    public CrimeGroup {
        members = List.copyOf(members);
        activities = List.copyOf(activities);
    }

    /** A person in the group and their role in it ("principal", "enforcer", "money launderer"). */
    public record Member(String personId, String role) {}

    /** The group-mapping score and band, as the ROCU gave them, and when. */
    public record Mapping(int score, String band, LocalDate assessedOn) {}
}
