package uk.interchange.roadworks.model;

/** A point in WGS 84 degrees, longitude first as GeoJSON writes it. */
public record LonLat(double lon, double lat) {
    public LonLat {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("not a WGS 84 point: longitude " + lon + ", latitude " + lat);
        }
    }
}
