package uk.interchange.roadworks.bulletin;

import java.util.Optional;
import java.util.OptionalInt;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.RestrictionType;

/** A restriction as one sentence states it, before the work's heading and the schedule fill in what it leaves out. */
record Draft(RestrictionType type, Optional<String> road, Direction direction, Location location, OptionalInt speed) {}
