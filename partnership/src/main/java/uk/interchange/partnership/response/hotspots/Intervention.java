package uk.interchange.partnership.response.hotspots;

import java.time.LocalDate;
import java.util.List;

/** Something a partner did in a hotspot, on a day. */
public record Intervention(LocalDate on, String kind, String partner, String note, String loggedBy) {
    /** The kinds of intervention, in the order forms offer them. */
    public static final List<String> KINDS = List.of(
            "arrest",
            "warrant",
            "seizure",
            "disruption",
            "closure order",
            "licence review",
            "youth work",
            "community work",
            "other");
}
