package uk.interchange.roadworks.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A restriction whose end the text gives only vaguely ("until May", "until summer 2017"). It has no occurrences; the
 * estimate is the last day the words could mean and is always marked as an estimate.
 */
public record OpenEnd(LocalDate from, String untilText, Optional<LocalDate> untilEstimate) {
    public OpenEnd {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(untilText, "untilText");
        Objects.requireNonNull(untilEstimate, "untilEstimate");
    }
}
