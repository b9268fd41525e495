package uk.interchange.partnership.response.profiles;

import java.time.LocalDate;
import java.util.List;

/**
 * A local profile's content, as it was made (kept as JSON, so these names are its fields); {@code madeFor} names the
 * organisations it was made for (absent in early versions). What goes in each line: {@link ProfileContents}.
 */
public record Profile(
        String organisation,
        String area,
        String period,
        LocalDate made,
        String madeBy,
        List<GroupLine> groups,
        List<HotspotLine> hotspots,
        List<StrandLine> strands,
        List<String> overdue,
        List<String> vulnerabilities,
        List<String> madeFor) {

    /** A crime group active in the area, with its mapping and latest assessment in words. */
    public record GroupLine(String reference, String name, String area, String mapping, String assessment) {}

    /** A hotspot and the change in each of its phases, in words. */
    public record HotspotLine(String name, List<String> changes) {}

    /** One of the four Ps: its actions by status, and how many of them are overdue. */
    public record StrandLine(String strand, int open, int inProgress, int done, int dropped, int overdue) {}

    /** A stored version, for lists. */
    public record Version(String owner, int version, String area, String period, String madeBy, LocalDate made) {}
}
