package uk.interchange.roadworks.model;

import java.util.Objects;
import java.util.Optional;

/** An entry or exit slip, link road or service area closed together with a restriction. */
public record IncludedElement(ElementKind kind, Optional<Junction> junction, String text) {
    public IncludedElement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(junction, "junction");
        Objects.requireNonNull(text, "text");
    }
}
