package uk.interchange.roadworks.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;

/**
 * One restriction in one direction at one occurrence: the unit the WZDx, DATEX II and iCalendar feeds publish.
 * A restriction "in both directions" is two events, one per carriageway, when the work says which pair they are.
 */
public record Event(
        String id, FeedWork source, int seq, Restriction restriction, Direction direction, Occurrence when) {

    /** The events of a work whose occurrences end after {@code from} and start before {@code to}. */
    public static List<Event> of(
            FeedWork w,
            Function<Restriction, List<Occurrence>> occurrences,
            java.time.Instant from,
            java.time.Instant to) {
        List<Event> out = new ArrayList<>();
        int seq = 0;
        for (Restriction r : w.work().restrictions()) {
            seq++;
            List<Direction> directions = directions(w, r);
            for (Occurrence o : occurrences.apply(r)) {
                if (!o.end().isAfter(from) || !o.start().isBefore(to)) {
                    continue;
                }
                for (Direction d : directions) {
                    String key = w.id() + "|" + seq + "|" + d.code() + "|" + o.start();
                    out.add(new Event(
                            UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8))
                                    .toString(),
                            w,
                            seq,
                            r,
                            d,
                            o));
                }
            }
        }
        return out;
    }

    /** "Both directions" split into the pair the work's other restrictions use; unknown stays as it is. */
    static List<Direction> directions(FeedWork w, Restriction r) {
        if (r.direction() != Direction.BOTH) {
            return List.of(r.direction());
        }
        for (Restriction other : w.work().restrictions()) {
            switch (other.direction()) {
                case NORTHBOUND, SOUTHBOUND -> {
                    return List.of(Direction.NORTHBOUND, Direction.SOUTHBOUND);
                }
                case EASTBOUND, WESTBOUND -> {
                    return List.of(Direction.EASTBOUND, Direction.WESTBOUND);
                }
                case CLOCKWISE, ANTICLOCKWISE -> {
                    return List.of(Direction.CLOCKWISE, Direction.ANTICLOCKWISE);
                }
                default -> {}
            }
        }
        return List.of(Direction.BOTH);
    }

    public String summary() {
        return Wording.summary(source.work(), restriction.withDirection(direction));
    }
}
