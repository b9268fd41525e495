package uk.interchange.roadworks.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to one day's window of a recurring rule ("On Friday work will take place between 8pm and 7am"; "Work on
 * Saturday will finish at 7am" changes the end of the window that starts on Friday).
 *
 * @param day the day the changed window starts on
 */
public record WindowChange(LocalDate day, Optional<LocalTime> start, Optional<LocalTime> end) {
    public WindowChange {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
