package uk.interchange.app.roadworks.store;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.roadworks.model.Work;

/** A work as a JSON tree in the stored document's form, for API answers. */
public final class WorkJsonTree {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private WorkJsonTree() {}

    public static JsonNode of(Work w) {
        return PLAIN.readTree(WorkJson.write(w));
    }
}
