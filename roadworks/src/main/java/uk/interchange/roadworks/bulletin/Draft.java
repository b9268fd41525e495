package uk.interchange.roadworks.bulletin;

import java.util.Optional;
import java.util.OptionalInt;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.RestrictionType;

/**
 * A restriction as one sentence states it, before the work's heading and the schedule fill in what it leaves out.
 *
 * @param from where the words that belong to it start in the sentence
 * @param to where they end; a date clause written between the two is this restriction's own
 */
record Draft(
        RestrictionType type,
        Optional<String> road,
        Direction direction,
        Location location,
        OptionalInt speed,
        int from,
        int to) {

    Draft(RestrictionType type, Optional<String> road, Direction direction, Location location, OptionalInt speed) {
        this(type, road, direction, location, speed, 0, Integer.MAX_VALUE);
    }

    Draft at(int start, int end) {
        return new Draft(type, road, direction, location, speed, start, end);
    }
}
