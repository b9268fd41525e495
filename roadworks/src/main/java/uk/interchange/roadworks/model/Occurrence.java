package uk.interchange.roadworks.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One stretch of real time during which a restriction is in force; half-open, start inclusive. */
public record Occurrence(Instant start, Instant end) implements Comparable<Occurrence> {
    public Occurrence {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an occurrence must end after it starts: " + start + " to " + end);
        }
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean overlaps(Occurrence other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(Occurrence o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
