package uk.interchange.roadworks.publish;

import java.util.Locale;
import java.util.stream.Collectors;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Junction;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.model.Work;

/** Short plain-English names for restrictions and places, for lists, feeds and calendars. */
public final class Wording {
    private Wording() {}

    public static String type(RestrictionType t) {
        String s = t.code().replace('-', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "junction 6 to junction 8", "at junction 10", "Ledbury to Bromyard"; empty when the text gave no place. */
    public static String place(Work work, Restriction r) {
        Location loc = r.location().hasPosition() ? r.location() : work.location();
        String where;
        if (loc.fromJunction().isPresent() && loc.toJunction().isPresent()) {
            where = junction(loc.fromJunction().get()) + " to "
                    + junction(loc.toJunction().get());
        } else if (loc.atJunction().isPresent()) {
            where = (loc.betweenSlips() ? "between the slip roads at " : "at ")
                    + junction(loc.atJunction().get());
        } else if (loc.fromPlace().isPresent() && loc.toPlace().isPresent()) {
            where = loc.fromPlace().get() + " to " + loc.toPlace().get();
        } else {
            where = loc.atPlace().map(p -> "at " + p).orElse(work.place().orElse(""));
        }
        if (!r.location().lanes().isEmpty()) {
            where += " (lane" + (r.location().lanes().size() > 1 ? "s " : " ")
                    + r.location().lanes().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        }
        return where.strip();
    }

    /** "Carriageway closure, M6 northbound, junction 6 to junction 8". */
    public static String summary(Work work, Restriction r) {
        StringBuilder sb =
                new StringBuilder(type(r.type())).append(", ").append(r.road().isBlank() ? work.mainRoad() : r.road());
        if (r.direction() != Direction.UNKNOWN) {
            sb.append(' ').append(r.direction().word());
        }
        String place = place(work, r);
        if (!place.isEmpty()) {
            sb.append(", ").append(place);
        }
        r.speedLimitMph().ifPresent(mph -> sb.append(", ").append(mph).append(" mph"));
        return sb.toString();
    }

    private static String junction(Junction j) {
        String n = j.number().toUpperCase(Locale.ROOT).equals(j.number()) ? j.number() : j.number();
        return "junction " + n + j.name().map(x -> " (" + x + ")").orElse("");
    }
}
