package uk.interchange.app.roadworks.store;

import java.time.Instant;
import java.util.Optional;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.model.WorkStatus;

/** One saved version of a work: what it was, who saved it, when and why. */
public record WorkVersion(
        int version, WorkStatus status, Work work, String changedBy, Instant changedAt, Optional<String> reason) {}
