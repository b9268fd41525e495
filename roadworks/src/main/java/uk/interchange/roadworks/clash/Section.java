package uk.interchange.roadworks.clash;

import java.util.Optional;
import java.util.OptionalInt;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Junction;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.Road;
import uk.interchange.roadworks.model.Work;

/**
 * The stretch of one road a restriction covers, as junction numbers in order along the road. Clashes are found by
 * comparing these; roads are compared by their names written the same way ("m1", "M1" and "M 1" are one road).
 *
 * @param from the lower junction number; empty when the restriction names places rather than numbered junctions
 * @param to the higher junction number (the same as {@code from} for a single junction)
 */
public record Section(String road, Direction direction, OptionalInt from, OptionalInt to) {

    public static Section of(Work work, Restriction r) {
        Location loc = r.location().hasPosition() ? r.location() : work.location();
        OptionalInt a = ordinal(loc.fromJunction().or(loc::atJunction));
        OptionalInt b = ordinal(loc.toJunction().or(loc::atJunction));
        if (a.isPresent() && b.isEmpty()) {
            b = a;
        }
        if (a.isPresent() && b.getAsInt() < a.getAsInt()) {
            OptionalInt t = a;
            a = b;
            b = t;
        }
        return new Section(Road.key(r.road().isBlank() ? work.mainRoad() : r.road()), r.direction(), a, b);
    }

    private static OptionalInt ordinal(Optional<Junction> j) {
        return j.map(Junction::ordinal).filter(n -> n >= 0).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    public boolean hasJunctions() {
        return from.isPresent();
    }

    /** Overlapping or touching junction ranges (J3-4 and J4-5 share junction 4); unknown positions match all. */
    public boolean meets(Section other) {
        if (!hasJunctions() || !other.hasJunctions()) {
            return true;
        }
        return from.getAsInt() <= other.to.getAsInt() && other.from.getAsInt() <= to.getAsInt();
    }

    /** Strictly overlapping ranges, or the same single junction. */
    public boolean overlaps(Section other) {
        if (!hasJunctions() || !other.hasJunctions()) {
            return true;
        }
        int lo = Math.max(from.getAsInt(), other.from.getAsInt());
        int hi = Math.min(to.getAsInt(), other.to.getAsInt());
        return lo < hi
                || (lo == hi && (from.getAsInt() == to.getAsInt() || other.from.getAsInt() == other.to.getAsInt()));
    }

    public boolean covers(int junction) {
        return !hasJunctions() || (from.getAsInt() <= junction && junction <= to.getAsInt());
    }
}
