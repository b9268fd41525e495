package uk.interchange.roadworks.bulletin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Where works came from: a bulletin's title, publication date and the week it covers. */
public record Source(
        String title, Optional<LocalDate> published, Optional<LocalDate> periodStart, Optional<LocalDate> periodEnd) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
    }

    public static final Source UNTITLED = new Source("", Optional.empty(), Optional.empty(), Optional.empty());
}
