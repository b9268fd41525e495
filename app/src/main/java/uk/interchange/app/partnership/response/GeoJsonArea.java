package uk.interchange.app.partnership.response;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.partnership.response.hotspots.Area;

/**
 * An area from GeoJSON (RFC 7946) as drawn in any mapping tool: a Polygon or MultiPolygon, bare or in a Feature, or
 * a FeatureCollection whose features' polygons together make the area. Anything else is refused with the reason.
 */
public final class GeoJsonArea {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonArea() {}

    public static Area parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("is not JSON: " + e.getOriginalMessage());
        }
        List<List<double[][]>> polygons = new ArrayList<>();
        collect(root, polygons);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("has no Polygon or MultiPolygon");
        }
        return new Area(polygons);
    }

    private static void collect(JsonNode node, List<List<double[][]>> into) {
        String type = node.path("type").asString("");
        switch (type) {
            case "FeatureCollection" -> node.path("features").values().forEach(f -> collect(f, into));
            case "Feature" -> collect(node.path("geometry"), into);
            case "Polygon" -> into.add(rings(node.path("coordinates")));
            case "MultiPolygon" -> node.path("coordinates").values().forEach(p -> into.add(rings(p)));
            default ->
                throw new IllegalArgumentException("has a \"" + type + "\" where a Polygon or MultiPolygon is needed"
                        + " (a hotspot is an area, not a point or a line)");
        }
    }

    private static List<double[][]> rings(JsonNode coordinates) {
        List<double[][]> rings = new ArrayList<>();
        for (JsonNode ring : coordinates.values()) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode p : ring.values()) {
                if (!p.isArray()
                        || p.size() < 2
                        || !p.get(0).isNumber()
                        || !p.get(1).isNumber()) {
                    throw new IllegalArgumentException("has a position that is not [longitude, latitude]");
                }
                points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
            }
            rings.add(points.toArray(double[][]::new));
        }
        return rings;
    }
}
