package uk.interchange.roadworks.publish;

import java.time.Instant;
import java.util.List;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.model.WorkStatus;

/**
 * A stored work as the feeds see it.
 *
 * @param id stable identity (the store's id)
 * @param reference how people name it
 * @param geometry its line (recorded, or from the junction gazetteer); empty when neither is known
 * @param geometryRecorded true when the planner recorded the line, false when it came from the gazetteer
 */
public record FeedWork(
        String id,
        String reference,
        String authority,
        WorkStatus status,
        int version,
        Work work,
        List<LonLat> geometry,
        boolean geometryRecorded,
        Instant updatedAt) {
    public FeedWork {
        geometry = List.copyOf(geometry);
    }
}
