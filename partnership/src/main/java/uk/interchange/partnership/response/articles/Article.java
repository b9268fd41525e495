package uk.interchange.partnership.response.articles;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;

/**
 * An article for use in serious crime, as the register shows it: its kind, where and when it was found, its
 * provenance, and the records, groups, hotspot and intervention it belongs to (each named only to a reader of it).
 */
public record Article(
        String owner,
        UUID id,
        String kind,
        String description,
        LocalDate foundOn,
        String foundAt,
        String provenance,
        List<String> records,
        List<String> groups,
        String hotspot,
        String intervention,
        String handling) {
    /** The kinds of article, each with its words, in the order forms list them. */
    public static final SequencedMap<String, String> KINDS;

    static {
        SequencedMap<String, String> kinds = new LinkedHashMap<>();
        kinds.put("vehicle-concealment", "vehicle concealment");
        kinds.put("encrypted-device", "encrypted communication device");
        kinds.put("firearm-template", "3D-printing template for firearm parts");
        kinds.put("pill-press", "pill press");
        kinds.put("other", "other");
        KINDS = Collections.unmodifiableSequencedMap(kinds);
    }

    /** The kind in words; a kind no longer listed as it was stored. */
    public String kindWords() {
        return KINDS.getOrDefault(kind, kind);
    }

    /** What a new article says. */
    public record Draft(
            String kind,
            String description,
            LocalDate foundOn,
            String foundAt,
            String provenance,
            List<String> records,
            List<String> groups,
            String hotspot,
            String intervention) {}
}
