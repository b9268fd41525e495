package uk.interchange.roadworks.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheme of works as a bulletin announces it: its heading facts and its restrictions.
 *
 * @param id stable within one reading: road, place and a sequence number
 * @param roads the roads the heading names, first the main one
 * @param heading the heading as written
 * @param location the junctions or places the heading names
 * @param completion when the scheme is due to finish, as written ("June 2017", "the end of March")
 * @param description the sentence saying what the work is for, as written
 */
public record Work(
        String id,
        List<String> roads,
        String heading,
        Location location,
        Optional<String> place,
        Optional<String> county,
        Optional<String> purpose,
        Lifecycle lifecycle,
        Optional<String> completion,
        Optional<String> description,
        List<Restriction> restrictions) {

    public Work {
        Objects.requireNonNull(id, "id");
        roads = List.copyOf(roads);
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(description, "description");
        restrictions = List.copyOf(restrictions);
    }

    /** The same work with other restrictions (a reading that changes them after the fact). */
    public Work withRestrictions(List<Restriction> others) {
        return new Work(
                id, roads, heading, location, place, county, purpose, lifecycle, completion, description, others);
    }

    public String mainRoad() {
        return roads.isEmpty() ? "" : roads.get(0);
    }
}
