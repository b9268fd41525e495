package uk.interchange.app.roadworks.store;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.roadworks.model.LonLat;

/** A work's line as GeoJSON coordinates, [[lon, lat], ...]; null in the database when it has none. */
final class GeometryJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GeometryJson() {}

    static String write(List<LonLat> line) {
        if (line.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("[");
        for (LonLat p : line) {
            sb.append(sb.length() > 1 ? "," : "")
                    .append('[')
                    .append(p.lon())
                    .append(',')
                    .append(p.lat())
                    .append(']');
        }
        return sb.append(']').toString();
    }

    static List<LonLat> read(String json) {
        if (json == null) {
            return List.of();
        }
        List<LonLat> out = new ArrayList<>();
        for (JsonNode p : MAPPER.readTree(json)) {
            out.add(new LonLat(p.get(0).asDouble(), p.get(1).asDouble()));
        }
        return out;
    }
}
