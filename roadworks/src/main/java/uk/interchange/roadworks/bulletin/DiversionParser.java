package uk.interchange.roadworks.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interchange.roadworks.model.Diversion;
import uk.interchange.roadworks.model.Junction;

/**
 * Reads diversions: chains ("via A417 to A40 to M5 junction 11"), lists ("via the A38, A5 and A34"), a route per
 * vehicle class ("lorries to use the A38 instead"), one bullet line per origin, and routes that are no route ("via
 * the next junction and return").
 */
final class DiversionParser {
    private static final Pattern MENTIONS =
            Pattern.compile("(?i)\\bdivert|\\bdiversions?\\b|\\bdiverted\\b|\\bsent\\s+via\\b"
                    + "|\\bre-?routed\\b|\\b(?:signed|alternative)\\s+route\\b");
    private static final Pattern VIA = Pattern.compile(
            "(?i)\\bvia\\b:?|\\bdiverted\\s+along\\b|\\bin\\s+place\\s*:|\\bdiversion\\s*:|\\broute\\s*:");
    private static final Pattern END = Pattern.compile(
            "(?i)\\s(?:for|with|due|while|whilst|during|because|suitable|except)\\b|(?<!\\(M)\\)|;|\\.$|\\.\\s"
                    + "|,?\\s+and\\s+(?=(?:other|all|non|HGV|heavy|cars|motorway|standard|local)\\b)");
    private static final Pattern VEHICLES = Pattern.compile("(?i)\\b(HGVs?|heavy\\s+goods\\s+vehicles|lorries|"
            + "high[- ]sided\\s+vehicles|(?:non[- ])?motorway[- ](?:permitted\\s+)?(?:vehicles|traffic)|standard\\s+vehicles"
            + "|cars|buses|cyclists|pedestrians|vehicles\\s+over\\s+[\\d.]+\\s*(?:tonnes|t|m|metres))\\b");
    private static final Pattern SPLIT =
            Pattern.compile("(?i)\\s+(?:to|then|onto|via|towards)\\s+|\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern JUNCTION_ITEM = Pattern.compile("(?i)(?:\\b(" + Words.ROAD + ")\\s*)?(?:at\\s+)?"
            + "(?:(?:north|south|east|west)bound\\s+|(?:anti-?\\s?)?clockwise\\s+)?\\b(?:junction|jct|j)\\s*("
            + WhereParser.JN + ")\\b");
    private static final Pattern ROAD_ITEM = Pattern.compile("\\b(" + Words.ROAD + ")(?![\\w(])");
    private static final Pattern NO_ROUTE =
            Pattern.compile("(?i)next\\s+(?:suitable\\s+)?junction|adjacent\\s+junctions?|around\\s+the\\s+junction");
    private static final Pattern RETURN = Pattern.compile("(?i)\\s+and\\s+return(?:ed|ing)?\\b.*$");

    private static final Pattern LABEL = Pattern.compile("^[^:]{0,40}:\\s*");

    private DiversionParser() {}

    static boolean mentionsDiversion(String sentence) {
        String low = sentence.toLowerCase(Locale.ROOT);
        return (low.contains("divert")
                        || low.contains("diversion")
                        || low.contains("sent via")
                        || low.contains("routed")
                        || low.contains(" route"))
                && MENTIONS.matcher(sentence).find();
    }

    /** The routes in one sentence or bullet line; {@code road} is the work's road, for a bare "junction 7". */
    static List<Diversion.Route> routes(String sentence, String road, boolean bullet) {
        String s = bullet ? sentence.replaceFirst("^\\s*(?:[-*]|\\d{1,2}[.)])\\s+", "") : sentence;
        List<Diversion.Route> out = new ArrayList<>();
        if (bullet) {
            out.add(new Diversion.Route(items(s, road), vehicles(s)));
            return out;
        }
        Matcher via = VIA.matcher(s);
        int pos = 0;
        int lastEnd = 0;
        while (pos < s.length() && via.find(pos)) {
            int start = via.end();
            Matcher end = END.matcher(s);
            int stop = end.find(start) ? end.start() : s.length();
            String before = s.substring(lastEnd, via.start());
            String after = s.substring(stop, Math.min(s.length(), stop + 40));
            Optional<String> veh = vehicles(before).or(() -> vehicles(after));
            String routeText = s.substring(start, stop);
            if (via.group().toLowerCase(Locale.ROOT).startsWith("in")) {
                routeText = routeText.replaceFirst("(?i)^\\s*continue\\s+(?:on|along)\\s+", "");
            }
            List<String> items = NO_ROUTE.matcher(routeText).find() ? List.of() : items(routeText, road);
            if (!routeText.isBlank()) {
                out.add(new Diversion.Route(items, veh));
            }
            lastEnd = stop;
            pos = Math.max(stop, start) + 1;
        }
        return out;
    }

    private static Optional<String> vehicles(String s) {
        Matcher m = VEHICLES.matcher(s);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static List<String> items(String routeText, String road) {
        List<String> out = new ArrayList<>();
        String junctionsOf = road;
        String text = RETURN.matcher(routeText.replaceAll("\\([^)]*\\)", " "))
                .replaceFirst("")
                .strip();
        for (String raw : SPLIT.split(text)) {
            String item = raw.strip()
                    .replaceAll("[.:;]+$", "")
                    .replaceFirst("(?i)^the\\s+", "")
                    .strip();
            if (item.isEmpty() || item.equalsIgnoreCase("and")) {
                continue;
            }
            Matcher label = LABEL.matcher(item);
            if (label.find()) {
                // "Traffic from the M6: leave at junction 21a": the label's road owns the junctions that follow
                junctionsOf = Words.firstRoad(label.group()).orElse(junctionsOf);
                item = item.substring(label.end());
            }
            if (item.isEmpty()) {
                continue;
            }
            Matcher j = JUNCTION_ITEM.matcher(item);
            Matcher r = ROAD_ITEM.matcher(item);
            if (j.find()) {
                // A junction without a road is one of the work's road ("rejoin at J8").
                String rd = j.group(1) != null ? Words.road(j.group(1)) : junctionsOf;
                if (!out.isEmpty() && out.get(out.size() - 1).equals(rd)) {
                    out.remove(out.size() - 1); // "M3 to junction 4" is one place: M3 J4
                }
                out.add((rd.isEmpty() ? "" : rd + " ") + "J" + Junction.normalise(j.group(2)));
            } else if (r.find()) {
                out.add(Words.road(r.group(1)));
            } else if (Character.isUpperCase(item.charAt(0)) && item.length() < 60) {
                out.add(item.replaceAll("\\s+(?:(?:north|south|east|west)bound|(?:anti-?\\s?)?clockwise)$", ""));
            }
        }
        return out;
    }
}
