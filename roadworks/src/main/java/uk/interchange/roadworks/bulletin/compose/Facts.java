package uk.interchange.roadworks.bulletin.compose;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.interchange.roadworks.bulletin.Coastbound;
import uk.interchange.roadworks.bulletin.time.TimeExpr;
import uk.interchange.roadworks.bulletin.time.TimeGrammar;
import uk.interchange.roadworks.bulletin.token.Token;
import uk.interchange.roadworks.bulletin.token.TokenKind;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.RestrictionType;

/**
 * What one sentence (or heading, or line) of a bulletin says, read from its tokens: the roads and directions it
 * names before any diversion, the kinds of restriction it announces, and its time phrases. The reader decides from
 * these alone whether the sentence is a heading, a time heading, a restriction or neither, whatever the layout.
 */
record Facts(
        String text,
        List<String> roads,
        List<String> subjects,
        Set<Direction> directions,
        Set<RestrictionType> kinds,
        List<TimeGrammar.Item> time,
        boolean diversion,
        boolean allDay,
        int diversionAt,
        Set<String> cues,
        boolean negated) {

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");

    static Facts of(String text, List<Token> tokens) {
        int div = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == TokenKind.DIVERSION) {
                div = i;
                break;
            }
        }
        List<Token> before = tokens.subList(0, div);
        Set<String> roads = new LinkedHashSet<>();
        // a direction belongs to the road before it ("the M18 southbound link road to M1 northbound"), or to the
        // first road when it comes before any ("the northbound carriageway of the M1")
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        Set<Direction> others = EnumSet.noneOf(Direction.class);
        // the roads named before the restriction's noun are what it is on; those after may be places on it
        // ("the southbound carriageway will be closed between Red Lodge and A14 junction 38")
        Set<String> subjects = new LinkedHashSet<>();
        boolean noun = false;
        for (int i = 0; i < before.size(); i++) {
            Token t = before.get(i);
            noun |= t.kind() == TokenKind.RESTRICTION;
            if (t.kind() == TokenKind.ROAD) {
                roads.add(t.value());
                if (!noun) {
                    subjects.add(t.value());
                }
            } else if (t.kind() == TokenKind.DIRECTION) {
                Direction d = direction(t.value());
                if (t.value().equals("COASTBOUND") || t.value().equals("LONDONBOUND")) {
                    // "the M20 coastbound": which compass way depends on the road named with it
                    String road = roads.isEmpty()
                            ? nextRoad(before, i)
                            : List.copyOf(roads).get(roads.size() - 1);
                    d = road == null
                            ? Direction.UNKNOWN
                            : Coastbound.of(t.value().equals("COASTBOUND"), road);
                }
                if (d != Direction.UNKNOWN) {
                    (roads.size() <= 1 ? directions : others).add(d);
                }
            } else if (t.kind() == TokenKind.WORD
                    && COMPASS.contains(t.value().toLowerCase(java.util.Locale.ROOT))
                    && i + 2 < before.size()
                    && before.get(i + 1).is(TokenKind.CONNECTOR, "AND")
                    && before.get(i + 2).kind() == TokenKind.DIRECTION) {
                // "north and southbound"
                (roads.size() <= 1 ? directions : others)
                        .add(direction(t.value().toUpperCase(java.util.Locale.ROOT) + "BOUND"));
            }
        }
        if (directions.isEmpty()) {
            directions.addAll(others);
        }
        boolean allDay = tokens.stream().anyMatch(t -> t.is(TokenKind.PART_OF_DAY, "ALL_DAY"));
        Set<String> cues = new java.util.HashSet<>();
        boolean negated = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.CUE) {
                cues.add(t.value());
            }
            // "will not close", "won't be closed", "will not be shut": a restriction said not to happen
            for (int k = i + 1; t.is(TokenKind.CUE, "NOT") && k < Math.min(tokens.size(), i + 4); k++) {
                negated |= tokens.get(k).kind() == TokenKind.RESTRICTION;
            }
        }
        return new Facts(
                text,
                new ArrayList<>(roads),
                new ArrayList<>(subjects),
                directions,
                kinds(before),
                TimeGrammar.parse(tokens, text),
                div < tokens.size(),
                allDay,
                div,
                Set.copyOf(cues),
                negated || cues.contains("NO_WORK"));
    }

    boolean hasDays() {
        return time.stream()
                .anyMatch(x -> !(x.value() instanceof TimeExpr.Hours)
                        && !(x.value() instanceof TimeExpr.Clock)
                        && !(x.value() instanceof TimeExpr.Night));
    }

    /** This sentence with only the time phrases before its diversion (or only those after it). */
    Facts timeBeforeDiversion(boolean before) {
        List<TimeGrammar.Item> kept =
                time.stream().filter(x -> before == x.to() <= diversionAt).toList();
        return new Facts(text, roads, subjects, directions, kinds, kept, diversion, allDay, diversionAt, cues, negated);
    }

    boolean says(String cue) {
        return cues.contains(cue);
    }

    /** Hours alone, no day: "The closures will take place between 8pm and 6am". */
    boolean hoursOnly() {
        return hasHours() && !hasDays();
    }

    /** Names a road, but announces no restriction: a heading or a location. */
    boolean isRoadHeading() {
        return !roads.isEmpty() && kinds.isEmpty() && !diversion;
    }

    boolean hasHours() {
        return time.stream()
                .anyMatch(x -> x.value() instanceof TimeExpr.Hours
                        || x.value() instanceof TimeExpr.Windows
                        || x.value() instanceof TimeExpr.MomentRange);
    }

    private static String nextRoad(List<Token> t, int from) {
        for (int i = from + 1; i < t.size(); i++) {
            if (t.get(i).kind() == TokenKind.ROAD) {
                return t.get(i).value();
            }
        }
        return null;
    }

    /** The kinds of restriction a sentence announces, from its nouns: "slip road closures", "lane one closure". */
    static Set<RestrictionType> kinds(List<Token> t) {
        Set<RestrictionType> out = EnumSet.noneOf(RestrictionType.class);
        boolean closure = false;
        boolean slip = false;
        boolean link = false;
        boolean lane = false;
        boolean allLanes = false;
        boolean shoulder = false;
        boolean tunnel = false;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.kind() == TokenKind.RESTRICTION) {
                switch (x.value()) {
                    case "CLOSURE" -> closure = true;
                    case "NARROW_LANES" -> out.add(RestrictionType.NARROW_LANES);
                    case "CONTRAFLOW" -> out.add(RestrictionType.CONTRAFLOW);
                    case "SPEED_LIMIT" -> out.add(RestrictionType.SPEED_LIMIT);
                    case "SIGNALS" -> out.add(RestrictionType.TRAFFIC_SIGNALS);
                    case "STOP_GO" -> out.add(RestrictionType.STOP_GO_BOARDS);
                    case "CONVOY" -> out.add(RestrictionType.CONVOY_WORKING);
                    case "TRAFFIC_MANAGEMENT" -> out.add(RestrictionType.LANE_CLOSURE);
                    default -> {}
                }
            } else if (x.kind() == TokenKind.CARRIAGEWAY) {
                switch (x.value()) {
                    case "ENTRY_SLIP", "EXIT_SLIP", "SLIP" -> slip = true;
                    case "LINK" -> link = true;
                    case "LANE" -> {
                        boolean all = i > 0
                                && t.get(i - 1).kind() == TokenKind.WORD
                                && t.get(i - 1).value().equalsIgnoreCase("all");
                        allLanes |= all;
                        lane |= !all;
                    }
                    case "HARD_SHOULDER" -> shoulder = true;
                    case "TUNNEL" -> tunnel = true;
                    default -> {}
                }
            }
        }
        if (closure) {
            if (slip) {
                out.add(RestrictionType.SLIP_ROAD_CLOSURE);
            }
            if (link) {
                out.add(RestrictionType.LINK_ROAD_CLOSURE);
            }
            if (tunnel) {
                out.add(RestrictionType.TUNNEL_CLOSURE);
            }
            if (lane) {
                out.add(RestrictionType.LANE_CLOSURE);
            }
            if (shoulder) {
                out.add(RestrictionType.HARD_SHOULDER_CLOSURE);
            }
            if (allLanes || (!slip && !link && !tunnel && !lane && !shoulder)) {
                out.add(RestrictionType.CARRIAGEWAY_CLOSURE);
            }
        }
        return out;
    }

    /** The lexicon's directions are named as {@link Direction}'s; coastbound and London-bound depend on the road. */
    private static Direction direction(String value) {
        return value.equals("COASTBOUND") || value.equals("LONDONBOUND") ? Direction.UNKNOWN : Direction.valueOf(value);
    }
}
