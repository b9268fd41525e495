package uk.interchange.roadworks.bulletin;

import java.util.Optional;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Location;

/** What a piece of a sentence says about place: the road it names, the direction, and the location. */
record Where(Optional<String> road, Direction direction, Location location) {}
