package uk.interchange.app.roadworks.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.model.WorkStatus;

/** A work as stored: the model's work with its identity, owner, status and version. */
public record StoredWork(
        UUID id,
        String authorityId,
        String reference,
        WorkStatus status,
        int version,
        Work work,
        List<LonLat> geometry,
        Instant updatedAt,
        String updatedBy) {
    public StoredWork {
        geometry = List.copyOf(geometry);
    }
}
