package uk.interchange.roadworks.bulletin;

import java.util.Locale;
import java.util.Set;
import uk.interchange.roadworks.model.Direction;

/**
 * "Coastbound" and "London-bound", as bulletins in Kent and Sussex name the two ways of roads that run between London
 * and the coast. Which compass direction they are depends on the road; an unknown road keeps an unknown direction.
 */
public final class Coastbound {
    /** Roads whose coastbound carriageway runs east (to the Kent coast). */
    private static final Set<String> EAST = Set.of("M2", "A2", "M20", "A20", "M26", "A299", "A256");
    /** Roads whose coastbound carriageway runs south (to the Sussex and Hampshire coast). */
    private static final Set<String> SOUTH = Set.of("M23", "A23", "A3", "A3(M)", "A22", "A21", "A24", "A26");

    private Coastbound() {}

    static Direction direction(String sentence, String road) {
        String low = sentence.toLowerCase(Locale.ROOT);
        boolean coast = low.contains("coastbound");
        boolean london = low.contains("londonbound") || low.contains("london-bound") || low.contains("london bound");
        if (coast == london) {
            return coast ? Direction.BOTH : Direction.UNKNOWN;
        }
        return of(coast, road);
    }

    /** The compass direction of the road's coastbound (or London-bound) carriageway; UNKNOWN for other roads. */
    public static Direction of(boolean coast, String road) {
        if (EAST.contains(road)) {
            return coast ? Direction.EASTBOUND : Direction.WESTBOUND;
        }
        if (SOUTH.contains(road)) {
            return coast ? Direction.SOUTHBOUND : Direction.NORTHBOUND;
        }
        return Direction.UNKNOWN;
    }
}
