package uk.interchange.roadworks.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interchange.roadworks.model.Junction;
import uk.interchange.roadworks.model.Location;

/**
 * Reads a works heading: "M1 junctions 23a (A453) to 24 Kegworth, Leicestershire: resurfacing", "A46 Newark,
 * Nottinghamshire to Widmerpool, Leicestershire: drainage", "M6 J10 to J8 - resurfacing".
 */
final class HeadingParser {
    private static final Pattern ROADS = Pattern.compile(
            "^(?:The\\s+)?(" + Words.ROAD + ")((?:\\s*(?:and|&|/|,)\\s*" + Words.ROAD + "(?![\\w(]))*)");
    private static final String JN = WhereParser.JN;
    private static final String J = "(?i:junctions?|jct\\.?|jn\\.?|j)\\s*";
    private static final Pattern FIRST_JUNCTION = Pattern.compile("^\\s*" + J + "(" + JN + ")\\s*(\\(([^)]*)\\))?");
    private static final Pattern SECOND_JUNCTION = Pattern.compile("^\\s*([A-Z][\\w'.]*(?:\\s+[A-Z][\\w'.]*)*)?\\s*"
            + "(?i:to|-|\u2013|and|&)\\s*(?:" + J + ")?(" + JN + ")\\s*(\\(([^)]*)\\))?");
    private static final Pattern COUNTY_TO = Pattern.compile("^(.+?)\\s+to\\s+(.+)$");
    private static final Pattern DASH = Pattern.compile("\\s[\u2013-]\\s");
    private static final Pattern PLACE_TO = Pattern.compile("^(.+?)\\s+to\\s+(.+)$");

    private HeadingParser() {}

    static Heading parse(String heading) {
        String text = heading.strip();
        String left = text;
        Optional<String> purpose = Optional.empty();
        int colon = text.indexOf(':');
        if (colon >= 0) {
            left = text.substring(0, colon);
            purpose = nonEmpty(text.substring(colon + 1));
        } else {
            Matcher dash = DASH.matcher(text);
            while (dash.find()) {
                if (!looksLikeJunctionDash(text, dash.start())) {
                    left = text.substring(0, dash.start());
                    purpose = nonEmpty(text.substring(dash.end()));
                    break;
                }
            }
        }
        List<String> roads = new ArrayList<>();
        Matcher r = ROADS.matcher(left);
        String rest = left;
        if (r.find()) {
            roads.add(Words.road(r.group(1)));
            Matcher more = Words.ROAD_REF.matcher(r.group(2));
            while (more.find()) {
                roads.add(Words.road(more.group()));
            }
            rest = left.substring(r.end());
        } else {
            Matcher named = Words.NAMED_ROAD_START.matcher(left);
            if (named.find()) {
                roads.add(named.group(1));
                rest = left.substring(named.end());
            }
        }
        Location location = Location.NOWHERE;
        Matcher j1 = FIRST_JUNCTION.matcher(rest);
        boolean placeAfterJunction = false;
        if (j1.find()) {
            Junction a = junction(j1.group(1), j1.group(3));
            rest = rest.substring(j1.end());
            Matcher j2 = SECOND_JUNCTION.matcher(rest);
            String firstPlace = null;
            if (j2.find()) {
                firstPlace = j2.group(1);
                Junction b = junction(j2.group(2), j2.group(4));
                location = Location.between(a, b);
                rest = rest.substring(j2.end());
            } else {
                location = Location.at(a);
            }
            if (firstPlace != null) {
                rest = firstPlace + " to " + rest.strip();
            }
            // Words straight after the junctions name the place ("junction 15 Hanchurch"); a county follows a
            // comma.
            placeAfterJunction = !rest.isBlank() && !rest.strip().startsWith(",");
        }
        List<String> parts = new ArrayList<>();
        List<String> counties = new ArrayList<>();
        String[] segments = rest.split(",");
        for (int i = 0; i < segments.length; i++) {
            String p = segments[i];
            Matcher ct = COUNTY_TO.matcher(p.strip());
            if (i > 0 && ct.find() && Counties.isCounty(ct.group(1))) {
                // "A46 Newark, Nottinghamshire to Widmerpool, Leicestershire": the county ends the first place.
                counties.add(ct.group(1));
                parts.add("to " + ct.group(2).strip());
            } else if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1).matches("\\(([^()]*)\\)")) {
            // "M6 Jct 16-17 (Cheshire)": a county in brackets at the end
            String inner = parts.get(parts.size() - 1).replaceAll("^\\(|\\)$", "");
            if (Counties.isCounty(inner)) {
                parts.remove(parts.size() - 1);
                counties.add(inner);
            }
        }
        while (!parts.isEmpty()
                && (parts.size() > 1 || !placeAfterJunction)
                && Counties.isCounty(parts.get(parts.size() - 1))) {
            counties.add(0, parts.remove(parts.size() - 1));
        }
        Optional<String> place = parts.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(", ", parts).replace(", to ", " to "));
        if (place.isPresent() && place.get().endsWith(" to")) {
            place = nonEmpty(place.get().substring(0, place.get().length() - 3));
        }
        if (location.isEmpty() && place.isPresent()) {
            Matcher pt = PLACE_TO.matcher(place.get());
            if (pt.find()) {
                location =
                        Location.betweenPlaces(pt.group(1).strip(), pt.group(2).strip());
            }
        }
        Optional<String> county = counties.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", counties));
        return new Heading(text, roads, location, place, county, purpose);
    }

    /** "M20 junctions 3 – 5" uses a dash between junctions, not before the purpose. */
    private static boolean looksLikeJunctionDash(String text, int at) {
        String before = text.substring(0, at).strip();
        String after = text.substring(at).replaceFirst("^\\s*[\u2013-]\\s*", "");
        return before.matches("(?s).*\\b(?i:junctions?|j)\\s*" + JN + "$") && after.matches("(?s)^(?i:j)?\\d.*");
    }

    private static Junction junction(String number, String name) {
        return name == null || name.isBlank() ? Junction.of(number) : Junction.of(number, name.strip());
    }

    private static Optional<String> nonEmpty(String s) {
        String t = s.strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
}
