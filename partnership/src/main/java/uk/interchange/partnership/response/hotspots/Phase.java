package uk.interchange.partnership.response.hotspots;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One phase of Clear-Hold-Build: when it started and, once over, when it ended. */
public record Phase(String phase, LocalDate starts, Optional<LocalDate> ends) {
    /** The phases, in the order they are done. */
    public static final List<String> NAMES = List.of("clear", "hold", "build");

    /** The phase's name as a heading: "Clear". */
    public String title() {
        return title(phase);
    }

    /** A phase's name as a heading: its first letter in capitals. */
    public static String title(String phase) {
        return Character.toUpperCase(phase.charAt(0)) + phase.substring(1);
    }
}
