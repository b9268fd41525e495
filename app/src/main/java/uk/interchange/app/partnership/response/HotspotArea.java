package uk.interchange.app.partnership.response;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.partnership.response.hotspots.Area;

/**
 * Where a hotspot (or its comparison area) is: drawn, as GeoJSON polygons; or made from a list of small statistical
 * areas (LSOA codes such as E01016400), whose crimes are the ones the police gave those codes. Stored as the GeoJSON
 * as given, or as {@code {"lsoa": [...]}}.
 */
public sealed interface HotspotArea {
    /** A drawn area. */
    record Drawn(Area area) implements HotspotArea {}

    /** An area made of LSOAs. */
    record Lsoas(Set<String> codes) implements HotspotArea {}

    JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What a person typed: LSOA codes separated by spaces, commas or lines, or GeoJSON. Refused, saying why (the
     * message reads after the field's name), when it is neither.
     */
    static String normalise(String typed) {
        String t = typed.strip();
        if (!t.startsWith("{")) {
            List<String> codes = new ArrayList<>();
            for (String token : t.split("[\\s,;]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                String code = token.toUpperCase(Locale.ROOT);
                if (!code.matches("[EW]0[1-9]\\d{6}")) {
                    throw new IllegalArgumentException("\"" + token + "\" is not an LSOA code (such as E01016400), and"
                            + " the field is not GeoJSON either");
                }
                codes.add(code);
            }
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("is empty: paste GeoJSON, or list LSOA codes");
            }
            return JSON.writeValueAsString(java.util.Map.of("lsoa", new LinkedHashSet<>(codes)));
        }
        GeoJsonArea.parse(t);
        return t;
    }

    /** The area a stored value describes. */
    static HotspotArea of(String stored) {
        JsonNode root = JSON.readTree(stored);
        if (root.has("lsoa")) {
            Set<String> codes = new LinkedHashSet<>();
            root.path("lsoa").values().forEach(c -> codes.add(c.asString("")));
            return new Lsoas(codes);
        }
        return new Drawn(GeoJsonArea.parse(stored));
    }
}
