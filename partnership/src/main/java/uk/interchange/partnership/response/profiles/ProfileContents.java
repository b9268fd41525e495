package uk.interchange.partnership.response.profiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.response.hotspots.Measures;
import uk.interchange.partnership.response.hotspots.Months;
import uk.interchange.partnership.response.hotspots.Phase;
import uk.interchange.partnership.response.profiles.Profile.HotspotLine;
import uk.interchange.partnership.response.profiles.Profile.StrandLine;
import uk.interchange.partnership.response.vulnerabilities.Vulnerability;

/**
 * What a local profile says, line by line, from what its readers may all read (the caller reads only that): the
 * groups' mapping and assessment in words, each hotspot's change by phase, the action plans by strand and status
 * with those overdue, and the vulnerabilities counted by kind.
 */
public final class ProfileContents {
    private ProfileContents() {}

    /** A group's mapping: "42, band B (2025-03-01)", or "not mapped". */
    public static String mapping(Optional<Integer> score, String band, LocalDate on) {
        return score.map(s -> s + ", band " + band + " (" + on + ")").orElse("not mapped");
    }

    /** A group's latest assessment: "61.5, high confidence (2025-04-02)", or "not assessed". */
    public static String assessment(Optional<Double> score, String confidence, LocalDate on) {
        return score.map(s -> String.format(Locale.UK, "%.1f, %s confidence (%s)", s, confidence, on))
                .orElse("not assessed");
    }

    /** A hotspot with each phase's change in words, or "no phases recorded". */
    public static HotspotLine hotspot(String name, Months months, List<Phase> phases) {
        List<String> changes = Measures.changes(months, phases).stream()
                .map(c -> c.phase() + ": " + c.words())
                .toList();
        return new HotspotLine(name, changes.isEmpty() ? List.of("no phases recorded") : changes);
    }

    /** Each of the four Ps with its actions counted by status, and those overdue. */
    public static List<StrandLine> strands(List<Action> plans, LocalDate today) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Action.STRANDS.forEach(s -> counts.put(s, new int[5]));
        for (Action a : plans) {
            int[] c = counts.get(a.strand());
            c[Action.STATUSES.indexOf(a.status())]++;
            if (a.overdue(today)) {
                c[4]++;
            }
        }
        List<StrandLine> out = new ArrayList<>();
        counts.forEach((s, c) -> out.add(new StrandLine(s, c[0], c[1], c[2], c[3], c[4])));
        return out;
    }

    /** The overdue actions: "Close the trap house (pursue, tvp, due 2025-06-30)". */
    public static List<String> overdue(List<Action> plans, LocalDate today) {
        return plans.stream()
                .filter(a -> a.overdue(today))
                .map(a -> a.title() + " (" + a.strand() + ", " + a.responsible() + ", due " + a.due() + ")")
                .toList();
    }

    /** Vulnerabilities counted by kind, in the counts' order: "cuckooed address: 3". */
    public static List<String> vulnerabilities(Map<String, Integer> countsByKind) {
        List<String> out = new ArrayList<>();
        countsByKind.forEach((kind, n) -> out.add(Vulnerability.KINDS.get(kind) + ": " + n));
        return out;
    }
}
