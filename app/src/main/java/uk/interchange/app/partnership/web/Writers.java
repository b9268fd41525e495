package uk.interchange.app.partnership.web;

import org.springframework.security.access.AccessDeniedException;
import uk.interchange.partnership.sharing.Viewer;

/** Only people who work on records (analysts, intelligence officers, coordinators) write them. */
public final class Writers {
    private Writers() {}

    /** The viewer, if they may write records; refused, saying what they tried, if not. */
    public static Viewer require(Viewer v, String doing) {
        if (!v.readsRecords()) {
            throw new AccessDeniedException("only analysts, intelligence officers and coordinators " + doing);
        }
        return v;
    }
}
