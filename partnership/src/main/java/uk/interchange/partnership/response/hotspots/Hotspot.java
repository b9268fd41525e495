package uk.interchange.partnership.response.hotspots;

import java.util.UUID;

/**
 * A Clear-Hold-Build hotspot: its area and comparison area as GeoJSON (kept as given), owned by an organisation and
 * shared like a record.
 */
public record Hotspot(String owner, UUID id, String name, String area, String comparison, String createdBy) {}
