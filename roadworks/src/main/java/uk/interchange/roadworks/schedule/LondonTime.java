package uk.interchange.roadworks.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Bulletins speak in the time on the clocks in Great Britain; feeds speak in instants. */
public final class LondonTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {}

    /**
     * The instant a London wall-clock time names. In the spring gap (01:00 to 02:00 does not exist) the time moves on
     * by the gap; in the autumn overlap the earlier of the two instants is taken.
     */
    public static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    /** The time on London's clocks at an instant. */
    public static LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, ZONE);
    }
}
