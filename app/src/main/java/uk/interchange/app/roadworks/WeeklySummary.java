package uk.interchange.app.roadworks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interchange.roadworks.bulletin.BulletinWriter;
import uk.interchange.roadworks.bulletin.ReadResult;

/** A reading written back as a weekly summary, for the region and week the bulletin named. */
public final class WeeklySummary {
    private static final Pattern REGION = Pattern.compile("(?i)roadworks in (.+?)(?::|,| - |\\s+\\u2013|$)");

    private WeeklySummary() {}

    /** "North West weekly roadworks bulletin: ..." names its region before the words for what it is. */
    private static String fromLabel(String title) {
        for (String part : title.split("[:,\u2013]| - ")) {
            String region = part.replaceAll(
                            "(?i)\\b(?:planned|weekly|roadworks|road\\s+works|bulletin|update|summary|"
                                    + "highways england|national highways)\\b",
                            " ")
                    .replaceAll("(?i)^\\s*(?:week\\s+commencing|w/c)\\b.*", "")
                    .replaceAll("[\\s-]+", " ")
                    .strip()
                    .replaceFirst("(?i)^(?:for|in|of|across)\\s+", "");
            if (!region.isEmpty() && !Character.isDigit(region.charAt(0))) {
                return region;
            }
        }
        return "the region";
    }

    public static String of(ReadResult r) {
        LocalDate monday = r.source()
                .periodStart()
                .or(() -> r.source().published())
                .orElse(LocalDate.now())
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate published = r.source().published().orElse(monday.minusDays(3));
        String title = r.source().title();
        Matcher m = REGION.matcher(title);
        String region = m.find() ? m.group(1).strip() : fromLabel(title);
        return BulletinWriter.write(region, monday, published, r.works());
    }
}
