package uk.interchange.roadworks.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One thing done to one road in one direction, with when it happens and how traffic goes round it. */
public record Restriction(
        RestrictionType type,
        String road,
        Direction direction,
        Location location,
        Schedule schedule,
        OptionalInt speedLimitMph,
        Optional<Diversion> diversion,
        String sourceText) {

    public Restriction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(road, "road");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(speedLimitMph, "speedLimitMph");
        Objects.requireNonNull(diversion, "diversion");
        Objects.requireNonNull(sourceText, "sourceText");
    }

    public Restriction withDiversion(Diversion d) {
        return new Restriction(type, road, direction, location, schedule, speedLimitMph, Optional.of(d), sourceText);
    }

    public Restriction withSchedule(Schedule s) {
        return new Restriction(type, road, direction, location, s, speedLimitMph, diversion, sourceText);
    }

    public Restriction withDirection(Direction d) {
        return new Restriction(type, road, d, location, schedule, speedLimitMph, diversion, sourceText);
    }

    public Restriction withSourceText(String text) {
        return new Restriction(type, road, direction, location, schedule, speedLimitMph, diversion, text);
    }
}
