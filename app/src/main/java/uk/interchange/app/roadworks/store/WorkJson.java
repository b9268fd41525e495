package uk.interchange.app.roadworks.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Span;
import uk.interchange.roadworks.model.Work;

/** A work as the JSON document kept in the database: the model's records, field for field. */
public final class WorkJson {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Recurring.class, name = "recurring"),
        @JsonSubTypes.Type(value = Span.class, name = "span")
    })
    private interface PeriodKind {}

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Period.class, PeriodKind.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();

    private WorkJson() {}

    public static String write(Work work) {
        return MAPPER.writeValueAsString(work);
    }

    public static Work read(String json) {
        return MAPPER.readValue(json, Work.class);
    }
}
