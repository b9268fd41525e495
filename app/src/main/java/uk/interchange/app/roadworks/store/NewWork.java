package uk.interchange.app.roadworks.store;

import java.util.List;
import java.util.Optional;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.model.WorkStatus;

/** What a planner (or an import) gives to create a work. */
public record NewWork(
        String authorityId,
        Work work,
        WorkStatus status,
        List<LonLat> geometry,
        Optional<String> reference,
        Optional<String> importKey) {
    public NewWork {
        geometry = List.copyOf(geometry);
    }

    public static NewWork of(String authorityId, Work work, WorkStatus status) {
        return new NewWork(authorityId, work, status, List.of(), Optional.empty(), Optional.empty());
    }
}
