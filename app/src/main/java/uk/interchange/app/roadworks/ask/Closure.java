package uk.interchange.app.roadworks.ask;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One occurrence of one restriction that answers a question: what, where, when. */
public record Closure(
        UUID workId,
        String reference,
        int restriction,
        String road,
        String direction,
        String type,
        Optional<String> county,
        String status,
        String where,
        Instant start,
        Optional<Instant> end,
        String description) {}
