package uk.interchange.partnership.sharing;

import java.util.Objects;

/** An organisation that keeps records and signs its people in. */
public record Organisation(String id, String name, OrganisationType type) {
    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
