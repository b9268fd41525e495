package uk.interchange.roadworks.bulletin;

import java.util.List;
import java.util.Optional;
import uk.interchange.roadworks.model.Location;

/** The facts of a works heading. */
record Heading(
        String text,
        List<String> roads,
        Location location,
        Optional<String> place,
        Optional<String> county,
        Optional<String> purpose) {}
