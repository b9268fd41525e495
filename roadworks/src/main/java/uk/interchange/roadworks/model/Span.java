package uk.interchange.roadworks.model;

import java.time.LocalDateTime;
import java.util.Objects;

/** One continuous stretch, such as a weekend closure or a 24/7 restriction with a known end. */
public record Span(LocalDateTime start, LocalDateTime end) implements Period {
    public Span {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a span must end after it starts: " + start + " to " + end);
        }
    }
}
