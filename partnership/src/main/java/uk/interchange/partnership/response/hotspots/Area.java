package uk.interchange.partnership.response.hotspots;

import java.util.ArrayList;
import java.util.List;

/**
 * An area on the map: one or more polygons (a GeoJSON Polygon or MultiPolygon's rings), each an outer ring and any
 * holes, in longitude and latitude. A point is inside when it is inside an outer ring and in none of that polygon's
 * holes (the even-odd rule over a polygon's rings gives exactly that).
 */
public record Area(List<List<double[][]>> polygons) {
    public Area {
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("an area needs at least one polygon");
        }
        List<List<double[][]>> copy = new ArrayList<>();
        for (List<double[][]> rings : polygons) {
            if (rings.isEmpty()) {
                throw new IllegalArgumentException("a polygon needs an outer ring");
            }
            for (double[][] ring : rings) {
                if (ring.length < 4) {
                    throw new IllegalArgumentException(
                            "a ring needs at least four positions, the last the same as the first; one has "
                                    + ring.length);
                }
                for (double[] p : ring) {
                    if (p.length < 2 || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
                        throw new IllegalArgumentException("a position must be [longitude, latitude] within range");
                    }
                }
            }
            copy.add(List.copyOf(rings));
        }
        polygons = List.copyOf(copy);
    }

    /** Whether the point (longitude, latitude) is in the area. */
    public boolean contains(double lon, double lat) {
        for (List<double[][]> rings : polygons) {
            boolean inside = false;
            for (double[][] ring : rings) {
                if (crossesOddly(ring, lon, lat)) {
                    inside = !inside;
                }
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /** The smallest box holding the area: west, south, east, north. */
    public double[] bounds() {
        double w = 180;
        double s = 90;
        double e = -180;
        double n = -90;
        for (List<double[][]> rings : polygons) {
            for (double[] p : rings.get(0)) {
                w = Math.min(w, p[0]);
                e = Math.max(e, p[0]);
                s = Math.min(s, p[1]);
                n = Math.max(n, p[1]);
            }
        }
        return new double[] {w, s, e, n};
    }

    /** Ray casting: whether a ray east from the point crosses the ring an odd number of times. */
    private static boolean crossesOddly(double[][] ring, double x, double y) {
        boolean odd = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0];
            double yi = ring[i][1];
            double xj = ring[j][0];
            double yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                odd = !odd;
            }
        }
        return odd;
    }
}
