package uk.interchange.roadworks.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How traffic is sent round a closure.
 *
 * @param text the sentence(s) as written
 * @param routes the routes given, the main one first; none when the text gives no route ("via the next junction and
 *     return" gives none, and says so in its text)
 */
public record Diversion(String text, List<Route> routes) {
    public Diversion {
        Objects.requireNonNull(text, "text");
        routes = List.copyOf(routes);
    }

    /** The main route's roads and junctions, in order; empty when no route is given. */
    public List<String> via() {
        return routes.isEmpty() ? List.of() : routes.get(0).via();
    }

    /** The class of vehicle the main route is for, when the text names one. */
    public Optional<String> vehicles() {
        return routes.isEmpty() ? Optional.empty() : routes.get(0).vehicles();
    }

    /**
     * One route.
     *
     * @param via roads and junctions in order ("A417", "A40", "M5 J11")
     * @param vehicles the class of vehicle it is for ("HGVs", "non-motorway vehicles")
     */
    public record Route(List<String> via, Optional<String> vehicles) {
        public Route {
            via = List.copyOf(via);
            Objects.requireNonNull(vehicles, "vehicles");
        }
    }
}
