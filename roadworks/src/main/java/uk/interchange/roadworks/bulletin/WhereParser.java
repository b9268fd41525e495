package uk.interchange.roadworks.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.ElementKind;
import uk.interchange.roadworks.model.IncludedElement;
import uk.interchange.roadworks.model.Junction;
import uk.interchange.roadworks.model.Location;

/**
 * Reads road, direction and location from a piece of sentence whose time phrases are already blanked out: junction
 * ranges ("between junctions 3 and 2"), single junctions, named places on A-roads ("from the A449 Coven
 * roundabout to Gailey Island"), lanes by number, and the slips and links a closure includes.
 */
final class WhereParser {
    static final String JN = "\\d{1,3}[a-zA-Z]?(?:/\\d{1,3}[a-zA-Z]?)?";
    private static final String J = "(?:junctions?|jct\\.?|jn\\.?|j)\\s*";
    private static final String LINK_WORDS =
            "(?:at|of|upon|on|junction|roundabout|interchange|link|services|service|area"
                    + "|bridge|corner|road|lane|street|way|hill|cross|crossroads|flyover|viaduct|tunnel|hospital|pub|park|junctions"
                    + "|island|gyratory|circus|services)\\b";
    // Possessive: a place name never gives words back, so a failed match fails at once instead of backtracking.
    static final String PLACE = "(?:(?:[A-Z0-9][\\w'/.()-]*+)(?:\\s+(?:[A-Z0-9(][\\w'/.()-]*+|" + LINK_WORDS + "))*+)";

    private static final Pattern BOTH = Pattern.compile("(?i)both\\s+(?:directions|carriageways|ways|sides)"
            + "|(?:north|south|east|west)(?:bound)?\\s*(?:and|&|/)\\s*(?:north|south|east|west)bound"
            + "|(?:anti-?\\s?clockwise|clockwise)\\s+and\\s+(?:anti-?\\s?clockwise|clockwise)"
            + "|in\\s+each\\s+direction|either\\s+direction|each\\s+carriageway");
    private static final Pattern ONE = Pattern.compile(
            "(?i)\\b(north|south|east|west)bound\\b|\\b(anti-?\\s?clockwise)\\b|\\b(clockwise)\\b|\\b(nb|sb|eb|wb|n/b|s/b|e/b|w/b)\\b");
    private static final Pattern RANGE = lowerCase("(?i)(?:between|from)\\s+" + J + "(" + JN
            + ")(?:\\s*\\([^)]*\\))?\\s*(?:and|to|&|-|\u2013)\\s*(?:" + J + ")?(" + JN + ")\\b"
            + "|" + J + "(" + JN + ")(?:\\s*\\([^)]*\\))?\\s*(?:to|-|\u2013|and|&)\\s*(?:" + J + ")?(" + JN + ")\\b");
    private static final Pattern BETWEEN_SLIPS = lowerCase(
            "(?i)between\\s+the\\s+(?:entry\\s+and\\s+exit\\s+|exit\\s+and\\s+entry\\s+)?slip\\s*roads?\\s+(?:at|of)\\s+"
                    + J + "(" + JN + ")\\b");
    private static final Pattern AT = lowerCase("(?i)(?:\\bat|\\bof|\\bnear)\\s+" + J + "(" + JN
            + ")((?:\\s*(?:,|and|&)\\s*" + JN + "\\b)*)|\\b" + J + "(" + JN + ")\\b");
    private static final Pattern PLACE_RANGE = Pattern.compile("(?i:between|from)\\s+(?:the\\s+)?(" + PLACE
            + ")\\s+(?i:and|to|&|up\\s+to(?:\\s+and\\s+including)?)\\s+" + "(?:the\\s+)?(" + PLACE + ")");
    private static final Pattern AFTER_PLACE = Pattern.compile("(?i:after)\\s+(?:the\\s+)?(" + PLACE
            + ")\\s+(?i:up\\s+to(?:\\s+and\\s+including)?|to|until)\\s+(?:the\\s+)?(" + PLACE + ")");
    private static final Pattern AT_PLACE = Pattern.compile("(?i:\\bat|\\bnear|\\bon)\\s+(?:the\\s+)?(" + PLACE + ")");
    private static final Pattern LANES = lowerCase(
            "(?i)\\blanes?\\s+(\\d|one|two|three|four|five)((?:\\s*(?:,|and|&)\\s*(?:lanes?\\s+)?(?:\\d|one|two|three|four|five)\\b)*)"
                    + "(?!\\s*(?:mph|miles|nights|days|weeks))");
    private static final Pattern LANE_NUMBER = Pattern.compile("\\d|one|two|three|four|five");
    private static final Pattern NAMED_ROAD = Pattern.compile("^(?:(?i:the)\\s+)?((?:[A-Z][a-z']+\\s+){1,3}"
            + "(?:Road|Lane|Street|Way|Avenue|Drive|Hill|Bypass|By-pass|Parade|Link))\\b");
    private static final Pattern SLIP_LIST = Pattern.compile("(?i)(?:" + J + ")?(" + JN + "(?:\\s*(?:,|and|&)\\s*" + JN
            + ")*)\\s+(?:(?:north|south|east|west)bound\\s+)?(entry|exit)\\s+(?:and\\s+(entry|exit)\\s+)?slip");
    private static final Pattern SLIP_AT = Pattern.compile("(?i)(entry|exit)\\s+(?:and\\s+(entry|exit)\\s+)?slip\\s*(?:"
            + "roads?)?s?\\s+(?:at|of|to|from)\\s+" + J + "(" + JN + "(?:\\s*(?:,|and|&)\\s*" + JN + ")*)");
    private static final Pattern LINK =
            Pattern.compile("(?i)link(?:\\s+roads?|s)?\\b[^,;]*?(?:" + J + "(" + JN + "))?");
    private static final Pattern SERVICES = Pattern.compile("(?i)(?:to|from|at)\\s+((?:[A-Z][\\w']*\\s+)+services)");
    private static final Pattern JN_ITEM = Pattern.compile("(?i)" + JN);

    private WhereParser() {}

    /** Matched against a lower-cased copy: case-sensitive matching is much the faster. */
    private static Pattern lowerCase(String regex) {
        return Pattern.compile(regex.replace("(?i)", "").toLowerCase(Locale.ROOT));
    }

    static Direction direction(String s) {
        String low = s.toLowerCase(Locale.ROOT);
        if (!low.contains("bound")
                && !low.contains("clockwise")
                && !low.contains("both")
                && !low.contains("each")
                && !low.contains("either")
                && !low.contains("/b")
                && !hasShortDirection(low)) {
            return Direction.UNKNOWN; // the common case, decided without the larger patterns
        }
        if (mayBeBoth(low) && BOTH.matcher(s).find()) {
            return Direction.BOTH;
        }
        // "the link from the M6 northbound to the M54 westbound": the first direction named is the one travelled.
        Direction first = Direction.UNKNOWN;
        int at = Integer.MAX_VALUE;
        for (var e : DIRECTION_WORDS.entrySet()) {
            int k = low.indexOf(e.getKey());
            if (k >= 0 && k < at) {
                at = k;
                first = e.getValue();
            }
        }
        if (first == Direction.UNKNOWN) {
            Matcher m = ONE.matcher(s);
            return m.find() ? single(m) : Direction.UNKNOWN;
        }
        return first;
    }

    private static final java.util.Map<String, Direction> DIRECTION_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("northbound", Direction.NORTHBOUND),
            java.util.Map.entry("southbound", Direction.SOUTHBOUND),
            java.util.Map.entry("eastbound", Direction.EASTBOUND),
            java.util.Map.entry("westbound", Direction.WESTBOUND),
            java.util.Map.entry("anti-clockwise", Direction.ANTICLOCKWISE),
            java.util.Map.entry("anticlockwise", Direction.ANTICLOCKWISE),
            java.util.Map.entry("anti clockwise", Direction.ANTICLOCKWISE),
            java.util.Map.entry("clockwise", Direction.CLOCKWISE),
            java.util.Map.entry("n/bound", Direction.NORTHBOUND),
            java.util.Map.entry("s/bound", Direction.SOUTHBOUND),
            java.util.Map.entry("e/bound", Direction.EASTBOUND),
            java.util.Map.entry("w/bound", Direction.WESTBOUND));

    /** "nb", "sb", "eb", "wb" standing as words. */
    private static boolean hasShortDirection(String low) {
        for (int k = low.indexOf('b', 1); k > 0; k = low.indexOf('b', k + 1)) {
            char d = low.charAt(k - 1);
            boolean before = k < 2 || !Character.isLetterOrDigit(low.charAt(k - 2));
            boolean after = k + 1 >= low.length() || !Character.isLetterOrDigit(low.charAt(k + 1));
            if ((d == 'n' || d == 's' || d == 'e' || d == 'w') && before && after) {
                return true;
            }
        }
        return false;
    }

    /** Every way of saying "both directions" has one of these; most sentences have none. */
    private static boolean mayBeBoth(String low) {
        if (low.contains("both") || low.contains("each") || low.contains("either")) {
            return true;
        }
        for (int k = low.indexOf("bound"); k >= 0; k = low.indexOf("bound", k + 1)) {
            // "north and southbound", "east/westbound": a joining word just before the second direction
            String before = low.substring(Math.max(0, k - 14), k);
            if (before.contains(" and ") || before.contains("&") || before.contains("/")) {
                return true;
            }
        }
        return low.contains("clockwise and") || low.contains("and anti");
    }

    private static Direction single(Matcher m) {
        if (m.group(1) != null) {
            return Direction.valueOf(m.group(1).toUpperCase(Locale.ROOT) + "BOUND");
        }
        if (m.group(2) != null) {
            return Direction.ANTICLOCKWISE;
        }
        if (m.group(3) != null) {
            return Direction.CLOCKWISE;
        }
        return switch (m.group(4).toLowerCase(Locale.ROOT).substring(0, 1)) {
            case "n" -> Direction.NORTHBOUND;
            case "s" -> Direction.SOUTHBOUND;
            case "e" -> Direction.EASTBOUND;
            default -> Direction.WESTBOUND;
        };
    }

    /** Reads one piece of sentence (time phrases blanked, any "including ..." list already cut off). */
    static Where read(String s) {
        StringBuilder rest = new StringBuilder(s);
        Location loc = Location.NOWHERE;
        // Cheap word checks first: each pattern runs only where its key word is present.
        String low = WhenScanner.lowerSameLength(s);
        boolean hasJ = low.indexOf('j') >= 0;
        Matcher slips = BETWEEN_SLIPS.matcher(low);
        Matcher range = RANGE.matcher(low);
        if (low.contains("slip") && slips.find()) {
            Junction at = Junction.of(slips.group(1));
            loc = new Location(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(at),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    true,
                    List.of(),
                    List.of());
            blank(rest, slips.start(), slips.end());
        } else if (hasJ && range.find()) {
            String a = range.group(1) != null ? range.group(1) : range.group(3);
            String b = range.group(1) != null ? range.group(2) : range.group(4);
            loc = Location.between(Junction.of(a), Junction.of(b));
            blank(rest, range.start(), range.end());
        } else {
            Matcher pr = PLACE_RANGE.matcher(s);
            Matcher after = AFTER_PLACE.matcher(s);
            Matcher at = AT.matcher(low);
            if ((low.contains("between") || low.contains("from")) && pr.find() && !startsWithJunction(pr.group(1))) {
                loc = Location.betweenPlaces(trimPlace(pr.group(1)), trimPlace(pr.group(2)));
                blank(rest, pr.start(), pr.end());
            } else if (low.contains("after") && after.find()) {
                loc = Location.betweenPlaces(trimPlace(after.group(1)), trimPlace(after.group(2)));
                blank(rest, after.start(), after.end());
            } else if (hasJ && at.find()) {
                String n = at.group(1) != null ? at.group(1) : at.group(3);
                loc = Location.at(Junction.of(n));
                blank(rest, at.start(), at.end());
            } else if (low.contains("at ") || low.contains("near ") || low.contains("on ")) {
                Matcher ap = AT_PLACE.matcher(s);
                while (ap.find()) {
                    // "on the A556 at Mere crossroads": the place is what follows the road.
                    String place = trimPlace(ap.group(1).replaceFirst("^" + Words.ROAD + "\\s+at\\s+(?:the\\s+)?", ""));
                    if (!place.isEmpty()
                            && !Character.isDigit(place.charAt(0)) // "at 8pm" is a time, not a place
                            && !Words.ROAD_REF.matcher(place).matches()
                            && !place.toLowerCase(Locale.ROOT).startsWith("lane")) {
                        loc = new Location(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(place),
                                false,
                                List.of(),
                                List.of());
                        blank(rest, ap.start(), ap.end());
                        break;
                    }
                }
            }
        }
        List<Integer> lanes = lanes(s);
        if (!lanes.isEmpty()) {
            loc = loc.withLanes(lanes);
        }
        return new Where(road(rest.toString()), direction(s), loc);
    }

    private static boolean startsWithJunction(String p) {
        return p.toLowerCase(Locale.ROOT).matches("^(junctions?|j\\d).*");
    }

    static List<Integer> lanes(String s) {
        List<Integer> out = new ArrayList<>();
        if (s.indexOf("ane") < 0) {
            return out;
        }
        Matcher m = LANES.matcher(WhenScanner.lowerSameLength(s));
        if (m.find()) {
            out.add(Words.count(m.group(1)).orElse(1));
            Matcher more = LANE_NUMBER.matcher(m.group(2));
            while (more.find()) {
                out.add(Words.count(more.group()).orElse(1));
            }
        }
        return out;
    }

    /** The road a piece names: a numbered road, or a named street at its start ("Longfield Road will be closed"). */
    static Optional<String> road(String s) {
        Matcher named = NAMED_ROAD.matcher(s.strip());
        if (named.find()) {
            return Optional.of(named.group(1));
        }
        return Words.firstRoad(s);
    }

    /** The slips, links and services in an "including ..." list. */
    static List<IncludedElement> includes(String s) {
        List<IncludedElement> out = new ArrayList<>();
        StringBuilder rest = new StringBuilder(s);
        Matcher list = SLIP_LIST.matcher(s);
        while (list.find()) {
            addSlips(out, list.group(1), list.group(2), list.group(3), list.group());
            blank(rest, list.start(), list.end());
        }
        Matcher at = SLIP_AT.matcher(rest.toString());
        while (at.find()) {
            addSlips(out, at.group(3), at.group(1), at.group(2), at.group());
            blank(rest, at.start(), at.end());
        }
        Matcher link = LINK.matcher(rest.toString());
        while (link.find()) {
            Optional<Junction> j = Optional.ofNullable(link.group(1)).map(Junction::of);
            out.add(new IncludedElement(ElementKind.LINK_ROAD, j, link.group().strip()));
        }
        Matcher services = SERVICES.matcher(s);
        while (services.find()) {
            out.add(new IncludedElement(
                    ElementKind.SERVICES, Optional.empty(), services.group(1).strip()));
        }
        return out;
    }

    private static void addSlips(List<IncludedElement> out, String numbers, String kind1, String kind2, String text) {
        Matcher n = JN_ITEM.matcher(numbers);
        while (n.find()) {
            for (String k : kind2 == null ? new String[] {kind1} : new String[] {kind1, kind2}) {
                ElementKind kind = k.equalsIgnoreCase("entry") ? ElementKind.ENTRY_SLIP : ElementKind.EXIT_SLIP;
                out.add(new IncludedElement(kind, Optional.of(Junction.of(n.group())), text.strip()));
            }
        }
    }

    static String trimPlace(String p) {
        String t = p.strip().replaceAll("[,.;]+$", "");
        t = t.replaceAll("(?i)\\s+(?:on|at|of)$", "");
        return t.strip();
    }

    private static void blank(StringBuilder b, int from, int to) {
        for (int i = from; i < to; i++) {
            b.setCharAt(i, ' ');
        }
    }
}
