package uk.interchange.roadworks.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.ElementKind;
import uk.interchange.roadworks.model.IncludedElement;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.RestrictionType;

/**
 * Finds the restrictions a sentence states. A sentence is cut into clauses, one a verb ("will be closed", "will be in
 * place"); in each, the restrictions are the noun phrases that name one ("lane closures", "a 50mph speed limit") and,
 * before "will be closed", each thing said to close ("Lane 3 and the eastbound entry slip road at junction 7").
 * Each takes the road, direction and location it names itself, else those of its clause.
 */
final class RestrictionParser {
    /** The verb of a closure; terse bulletins leave out its auxiliary ("Northbound carriageway closed 20:00 - 06:00"). */
    private static final Pattern CLOSED =
            Pattern.compile("(?i)\\b(?:(?:will\\s+(?:also\\s+|then\\s+)?(?:be|remain)|are|is"
                    + "|remains?|to\\s+be|being|be)\\s+)?(?:also\\s+|then\\s+)?(?:fully\\s+|completely\\s+)?(?:closed|shut)\\b"
                    + "|\\b(?:will\\s+(?:also\\s+|then\\s+)?|to\\s+)(?:fully\\s+)?close\\b|\\bcloses\\b");
    /** "a closure of the eastbound exit slip road at junction 8": what is closed follows the noun. */
    private static final Pattern CLOSURE_OF = Pattern.compile(
            "(?i)\\b(?:a\\s+|the\\s+)?(?:full\\s+|complete\\s+)?closures?"
                    + "\\s+of\\s+(?:the\\s+)?(.+?)(?=\\s+(?:on|from|between|overnight|until|for|during|in)\\b|[,.;|]|$)");

    private static final Pattern BETWEEN_SLIP_ROADS = Pattern.compile(
            "(?i)between\\s+the\\s+(?:entry\\s+and\\s+exit\\s+|exit\\s+and\\s+entry\\s+)?slip\\s*roads?");
    private static final Pattern CUT = Pattern.compile("(?i)\\s(?:and|with|while|whilst|but)\\s|;");
    private static final Pattern INCLUDING = Pattern.compile(
            "(?i)(?<!\\band\\s)\\b(?:including|includ(?:es|ing)|together\\s+with|along\\s+with)\\b(.*?)(?=\\b(?:will|are|is|remains?)\\b|$)");
    private static final Pattern NO_ENTRY = Pattern.compile("(?i)no\\s+(?:entry|exit|access)[^,.;|]*");
    private static final Pattern CONJUNCT = Pattern.compile("(?i),\\s+(?=(?:the\\s+)?(?:lanes?\\s+\\d|"
            + "(?:north|south|east|west)bound\\s|entry|exit|link|hard|between\\b|" + Words.ROAD + "))"
            + "|(?<!\\bexit)(?<!\\bentry)(?<!\\blanes?\\s\\d)(?<!\\bnorth)(?<!\\bsouth)(?<!\\beast)(?<!\\bwest)"
            + "(?<!\\bclockwise)\\s+and\\s+(?=(?:the\\s+)?(?:lanes?\\s+\\d"
            + "|(?:north|south|east|west)bound\\s|entry\\s+slip|exit\\s+slip|link|hard|" + Words.ROAD
            + "|[A-Z][a-z]+\\s+(?:Road|Lane|Street)))");
    private static final Pattern OPEN_BETWEEN = Pattern.compile("(?i)\\bbetween\\b(?!.*\\band\\b)");
    private static final Pattern LEAD = Pattern.compile(
            "(?i)^(?:\\s|,)*(?:please\\s+note:?|in\\s+addition|additionally|also|then|and|meanwhile|the\\s+work\\s+will\\s+see)?[,\\s]*");
    private static final Pattern GROUP = Pattern.compile(
            "(?i)\\bon\\s+the\\s+((?:north|south|east|west)bound|(?:anti-?\\s?)?clockwise)\\s+carriageway");

    /** A way of naming a restriction, and a word every match contains, checked before the pattern runs. */
    private record Noun(RestrictionType type, Pattern pattern, String key) {
        Noun(RestrictionType type, Pattern pattern) {
            this(type, pattern, keyOf(type));
        }

        private static String keyOf(RestrictionType type) {
            return switch (type) {
                case SPEED_LIMIT -> "mph";
                case NARROW_LANES -> "lane";
                case CONTRAFLOW -> "contra";
                case TRAFFIC_SIGNALS -> "traffic";
                case STOP_GO_BOARDS -> "stop";
                case CONVOY_WORKING -> "convoy";
                case HARD_SHOULDER_CLOSURE -> "shoulder";
                case LANE_CLOSURE -> "lane";
                case SLIP_ROAD_CLOSURE -> "slip";
                case LINK_ROAD_CLOSURE -> "link";
                case TUNNEL_CLOSURE -> "tunnel";
                case OTHER -> "management";
                default -> "closure";
            };
        }
    }

    private static final List<Noun> NOUNS = List.of(
            new Noun(
                    RestrictionType.SPEED_LIMIT,
                    Pattern.compile("(?i)\\b(\\d{2})\\s*mph\\b(?:\\s+(?:temporary\\s+)?"
                            + "(?:speed\\s+)?(?:limits?|restrictions?))?")),
            new Noun(
                    RestrictionType.NARROW_LANES,
                    Pattern.compile("(?i)\\bnarrow(?:ed)?\\s+lanes?\\b|\\blane\\s+narrowing\\b"
                            + "|\\breduced\\s+lane\\s+widths?\\b")),
            new Noun(RestrictionType.CONTRAFLOW, Pattern.compile("(?i)\\bcontra-?flows?\\b")),
            new Noun(RestrictionType.OTHER, Pattern.compile("(?i)\\btraffic\\s+management\\b")),
            new Noun(
                    RestrictionType.TRAFFIC_SIGNALS,
                    Pattern.compile("(?i)\\b(?:(?:temporary|portable|two|three|four|"
                            + "multi|2|3|4)[- ]?(?:way\\s+)?)*traffic\\s+(?:lights|signals|light\\s+control)\\b")),
            // "two-way temporary lights": lights qualified as roadworks lights, without "traffic"
            new Noun(
                    RestrictionType.TRAFFIC_SIGNALS,
                    Pattern.compile("(?i)\\b(?:(?:two|three|four|multi|2|3|4)[- ]?way\\s+)?(?:temporary|portable)\\s+"
                            + "lights\\b|\\b(?:two|three|four|multi|2|3|4)[- ]?way\\s+lights\\b"),
                    "lights"),
            new Noun(
                    RestrictionType.STOP_GO_BOARDS,
                    Pattern.compile("(?i)\\bstop\\s*[/-]\\s*go(?:\\s+boards?)?\\b|\\bstop\\s+and\\s+go\\s+boards?\\b")),
            new Noun(RestrictionType.CONVOY_WORKING, Pattern.compile("(?i)\\bconvoy(?:\\s+working|\\s+system)?\\b")),
            new Noun(RestrictionType.HARD_SHOULDER_CLOSURE, Pattern.compile("(?i)\\bhard\\s+shoulder\\s+closures?\\b")),
            new Noun(
                    RestrictionType.LANE_CLOSURE,
                    Pattern.compile("(?i)\\b(?:various\\s+|overnight\\s+)?lane\\s+(?:closures?|restrictions?)\\b"
                            + "|\\blanes?\\s+\\d(?:\\s*(?:,|and|&)\\s*\\d)*\\s+closures?\\b"
                            // "reduced to one lane": the other lanes are closed
                            + "|\\breduced\\s+to\\s+(?:one|a\\s+single|two|three|1|2|3)\\s+lanes?\\b")),
            new Noun(
                    RestrictionType.SLIP_ROAD_CLOSURE,
                    Pattern.compile("(?i)\\b(?:various\\s+)?(?:(?:entry|exit|on|off)[- ]?)?"
                            + "slip(?:\\s+road)?\\s+closures?\\b")),
            new Noun(RestrictionType.LINK_ROAD_CLOSURE, Pattern.compile("(?i)\\blink\\s+road\\s+closures?\\b")),
            new Noun(RestrictionType.TUNNEL_CLOSURE, Pattern.compile("(?i)\\btunnel\\s+closures?\\b")),
            new Noun(
                    RestrictionType.CARRIAGEWAY_CLOSURE,
                    Pattern.compile("(?i)\\b(?:full|complete|total)\\s+(?:"
                            + "(?:north|south|east|west)bound\\s+)?(?:carriageway\\s+|road\\s+)?closures?\\b"
                            + "|\\bcarriageway\\s+closures?\\b|\\broad\\s+closures?\\b"
                            // "Closures: M1 northbound between J28 and J29, ...": a label before the list
                            + "|^\\s*closures?(?=\\s*:)"
                            // "Northbound closure between J24 and J25", "weekend closures"
                            + "|\\b(?:(?:north|south|east|west)bound|(?:anti-?\\s?)?clockwise|overnight|weekend|night)"
                            + "\\s+closures?\\b")));

    private static final Pattern DIVERSION_TAIL = Pattern.compile(
            "(?i)(?:,\\s*)?\\b(?:with\\s+)?(?:traffic|vehicles|drivers|hgvs)\\s+(?:being\\s+|will\\s+be\\s+)?diverted\\b"
                    + "|(?:,\\s*)?\\b(?:with\\s+)?a\\s+(?:clearly\\s+)?signed\\s+diversion\\b|\\bdiversion\\s*(?:route)?\\s*:");

    private static final List<String> RESTRICTION_WORDS = List.of(
            "clos",
            "shut",
            "lane",
            "mph",
            "contra",
            "traffic",
            "light",
            "stop",
            "convoy",
            "shoulder",
            "slip",
            "link",
            "tunnel");

    private RestrictionParser() {}

    /** The restrictions in a sentence whose time phrases are blanked ({@link When#masked()}). */
    static List<Draft> parse(String masked) {
        String lowMasked = masked.toLowerCase(Locale.ROOT);
        if (RESTRICTION_WORDS.stream().noneMatch(lowMasked::contains)) {
            return List.of(); // no restriction can be named without one of these
        }
        Matcher inc = INCLUDING.matcher(masked);
        List<IncludedElement> includes = new ArrayList<>();
        StringBuilder text = new StringBuilder(masked);
        Matcher divert = DIVERSION_TAIL.matcher(masked);
        if (divert.find() && divert.start() > 0) {
            // "..., with traffic diverted via the A1": the roads of a diversion are not the restriction's road
            blank(text, divert.start(), masked.length());
        }
        if ((lowMasked.contains("includ") || lowMasked.contains("together") || lowMasked.contains("along"))
                && inc.find()) {
            includes.addAll(WhereParser.includes(inc.group(1)));
            blank(text, inc.start(), inc.end());
        }
        Matcher noEntry = NO_ENTRY.matcher(text);
        while (lowMasked.contains("no ") && noEntry.find()) {
            includes.addAll(WhereParser.includes(noEntry.group()));
            blank(text, noEntry.start(), noEntry.end());
        }
        List<Draft> out = new ArrayList<>();
        String all = text.toString();
        for (int[] piece : clauses(all)) {
            out.addAll(clause(all.substring(piece[0], piece[1]), piece[0], includes));
        }
        return out;
    }

    /** Words that carry a clause's verb; found with indexOf, which is far cheaper than a pattern over the sentence. */
    private static final List<String> PREDICATE_WORDS = List.of(
            "closed",
            "close ",
            "close.",
            "close,",
            "closes",
            "in place",
            "in operation",
            "in force",
            "in use",
            "operating",
            "there will be");

    private static List<int[]> clauses(String s) {
        List<int[]> preds = new ArrayList<>();
        String low = s.toLowerCase(Locale.ROOT);
        for (String w : PREDICATE_WORDS) {
            for (int k = low.indexOf(w); k >= 0; k = low.indexOf(w, k + 1)) {
                if (k == 0 || !Character.isLetter(low.charAt(k - 1))) {
                    preds.add(new int[] {k, k + w.length()});
                }
            }
        }
        if (preds.size() < 2) {
            return List.<int[]>of(new int[] {0, s.length()});
        }
        preds.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 1 < preds.size(); i++) {
            int gapStart = preds.get(i)[1];
            int gapEnd = preds.get(i + 1)[0];
            Matcher c = CUT.matcher(s.substring(gapStart, gapEnd));
            int cut = -1;
            while (c.find()) {
                cut = gapStart + c.start();
            }
            if (cut >= 0) {
                out.add(new int[] {from, cut});
                from = cut;
            }
        }
        out.add(new int[] {from, s.length()});
        return out;
    }

    /** The restrictions of one clause, which starts at {@code offset} in the sentence. */
    private static List<Draft> clause(String clause, int offset, List<IncludedElement> includes) {
        int clauseEnd = offset + clause.length();
        int closureOfAt = clause.length();
        Where whole = WhereParser.read(clause);
        List<Where> groups = groups(clause);
        List<Draft> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(clause);
        Matcher closed = CLOSED.matcher(clause);
        if ((clause.toLowerCase(Locale.ROOT).contains("clos")
                        || clause.toLowerCase(Locale.ROOT).contains("shut"))
                && closed.find()) {
            String subject = clause.substring(0, closed.start());
            Matcher lead = LEAD.matcher(subject);
            int s0 = lead.lookingAt() ? lead.end() : 0;
            String tail = clause.substring(closed.end());
            Where tailWhere = WhereParser.read(tail);
            RestrictionType previous = null;
            for (String conj : conjuncts(subject.substring(s0))) {
                if (!conj.isBlank() && !hasNoun(conj)) {
                    List<Draft> ds = subjectDrafts(conj, tailWhere, whole, includes, previous);
                    ds.forEach(d -> found.add(d.at(offset, clauseEnd)));
                    previous = ds.isEmpty() ? previous : ds.get(ds.size() - 1).type();
                }
            }
            blank(rest, 0, closed.end());
        } else {
            Matcher of = CLOSURE_OF.matcher(clause);
            if (of.find()) {
                Where tailWhere = WhereParser.read(clause.substring(of.end()));
                int at = offset + of.start();
                subjectDrafts(of.group(1), tailWhere, whole, includes, null)
                        .forEach(d -> found.add(d.at(at, clauseEnd)));
                blank(rest, of.start(), of.end());
                closureOfAt = of.start();
            }
        }
        List<int[]> spans = new ArrayList<>();
        List<RestrictionType> types = new ArrayList<>();
        String lowRest = rest.toString().toLowerCase(Locale.ROOT);
        for (Noun n : NOUNS) {
            if (!lowRest.contains(n.key())) {
                continue;
            }
            Matcher m = n.pattern().matcher(rest);
            while (m.find()) {
                if (spans.stream().noneMatch(sp -> sp[0] < m.end() && m.start() < sp[1])) {
                    spans.add(new int[] {m.start(), m.end()});
                    types.add(n.type());
                }
            }
        }
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            int segEnd = k + 1 < order.length ? spans.get(order[k + 1])[0] : clause.length();
            if (closureOfAt > spans.get(i)[0] && closureOfAt < segEnd) {
                segEnd = closureOfAt; // "Lane closures ..., with a full closure of the carriageway on Wednesday"
            }
            String segment = clause.substring(spans.get(i)[0], Math.max(segEnd, spans.get(i)[1]));
            String mention = clause.substring(spans.get(i)[0], spans.get(i)[1]);
            Where own = WhereParser.read(segment);
            Where base = merge(own, whole);
            RestrictionType type = types.get(i);
            OptionalInt speed = type == RestrictionType.SPEED_LIMIT ? speed(mention) : OptionalInt.empty();
            Location loc = base.location();
            if (type == RestrictionType.LANE_CLOSURE
                    && !WhereParser.lanes(mention).isEmpty()) {
                loc = loc.withLanes(WhereParser.lanes(mention));
            } else if (type != RestrictionType.LANE_CLOSURE) {
                loc = loc.withLanes(List.of());
            }
            if (type == RestrictionType.CARRIAGEWAY_CLOSURE) {
                loc = loc.withIncludes(includes);
            }
            Direction dir = base.direction();
            if (type == RestrictionType.CONTRAFLOW && dir == Direction.UNKNOWN) {
                dir = Direction.BOTH; // a contraflow carries both directions on one carriageway
            }
            Matcher dm = Pattern.compile("(?i)(north|south|east|west)bound").matcher(mention);
            if (dm.find()) {
                dir = WhereParser.direction(mention);
            }
            boolean slipOrLink = type == RestrictionType.SLIP_ROAD_CLOSURE || type == RestrictionType.LINK_ROAD_CLOSURE;
            Optional<String> road = slipOrLink && !roadFirst(segment) ? Optional.empty() : base.road();
            Draft d = new Draft(type, road, dir, loc, speed)
                    .at(offset + (k == 0 ? 0 : spans.get(order[k - 1])[1]), offset + Math.max(segEnd, spans.get(i)[1]));
            int colon = clause.indexOf(':', spans.get(i)[1]);
            List<Draft> items = colon >= 0 && colon < segEnd
                    ? listed(clause, colon + 1, segEnd, offset, whole, includes, type)
                    : List.of();
            if (!items.isEmpty()) {
                found.addAll(items);
            } else if (groups.size() > 1) {
                for (Where g : groups) {
                    found.add(new Draft(
                                    d.type(),
                                    d.road().or(g::road),
                                    g.direction(),
                                    g.location().hasPosition() ? d.location().atPositionOf(g.location()) : d.location(),
                                    d.speed())
                            .at(d.from(), d.to()));
                }
            } else {
                found.add(d);
            }
        }
        return found;
    }

    private static final Pattern ITEM_BREAK =
            Pattern.compile("(?i);\\s*|(?:,|\\s+and)\\s+(?=the\\s|" + Words.ROAD + "\\s)");

    /**
     * "Overnight slip road closures at junction 24: the clockwise entry slip on Monday 6 November and the anticlockwise
     * exit slip on Tuesday 7 November": a list after a colon, one restriction an item, each with its own words.
     */
    private static List<Draft> listed(
            String clause,
            int from,
            int to,
            int offset,
            Where whole,
            List<IncludedElement> includes,
            RestrictionType type) {
        List<Draft> out = new ArrayList<>();
        Matcher m = ITEM_BREAK.matcher(clause).region(from, to);
        int start = from;
        List<int[]> items = new ArrayList<>();
        while (m.find()) {
            items.add(new int[] {start, m.start()});
            start = m.end();
        }
        items.add(new int[] {start, to});
        if (items.size() < 2) {
            return List.of();
        }
        Where none = new Where(Optional.empty(), Direction.UNKNOWN, Location.NOWHERE);
        for (int[] item : items) {
            String text = clause.substring(item[0], item[1]);
            for (Draft d : subjectDrafts(text, none, whole, includes, type)) {
                out.add(d.at(offset + item[0], offset + item[1]));
            }
        }
        return out;
    }

    /** "on the southbound carriageway between A and B and on the northbound carriageway between B and C". */
    private static List<Where> groups(String clause) {
        String low = clause.toLowerCase(Locale.ROOT);
        if (low.indexOf("carriageway") == low.lastIndexOf("carriageway")) {
            return List.of();
        }
        Matcher g = GROUP.matcher(clause);
        List<Integer> starts = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        while (g.find()) {
            starts.add(g.start());
            dirs.add(g.group(1).toLowerCase(Locale.ROOT));
        }
        if (starts.size() < 2 || dirs.stream().distinct().count() < 2) {
            return List.of();
        }
        List<Where> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : clause.length();
            out.add(WhereParser.read(clause.substring(starts.get(i), end)));
        }
        return out;
    }

    /** Splits a subject at "and" or a comma before a new thing closed, but not inside "between A and B". */
    static List<String> conjuncts(String subject) {
        if (!subject.contains(" and ") && !subject.contains(",")) {
            return List.of(subject);
        }
        List<String> out = new ArrayList<>();
        Matcher m = CONJUNCT.matcher(subject);
        int from = 0;
        while (m.find()) {
            if (m.group().contains("and")
                    && OPEN_BETWEEN.matcher(subject.substring(from, m.start())).find()) {
                continue;
            }
            out.add(subject.substring(from, m.start()));
            from = m.end();
        }
        out.add(subject.substring(from));
        return out;
    }

    private static List<Draft> subjectDrafts(
            String conj, Where tail, Where whole, List<IncludedElement> includes, RestrictionType previous) {
        // "the carriageway between the slip roads at junction 7" closes the carriageway, not a slip.
        String low = BETWEEN_SLIP_ROADS.matcher(conj).replaceAll(" ").toLowerCase(Locale.ROOT);
        Where own = WhereParser.read(conj);
        Where near = merge(own, tail);
        Where base = new Where(
                near.road().or(whole::road),
                near.direction() != Direction.UNKNOWN ? near.direction() : whole.direction(),
                near.location());
        // A slip or link belongs to the road named first ("the M23 northbound entry slip"); a road named later is
        // where it leads from or to ("the entry slip from the A5148"), and then it is the work's road.
        Optional<String> slipRoad = roadFirst(conj) ? own.road() : Optional.empty();
        if (previous != null && !headNoun(low)) {
            if (previous == RestrictionType.SLIP_ROAD_CLOSURE) {
                low = low + " slip";
            } else {
                return List.of(new Draft(
                        previous,
                        previous == RestrictionType.LINK_ROAD_CLOSURE ? slipRoad : base.road(),
                        base.direction(),
                        base.location().withLanes(List.of()),
                        OptionalInt.empty()));
            }
        }
        List<Draft> out = new ArrayList<>();
        if (low.contains("slip")) {
            List<IncludedElement> slips = WhereParser.includes(conj);
            if (slips.isEmpty()) {
                boolean entry = low.contains("entry") || low.contains("on-slip") || low.contains("on slip");
                boolean exit = low.contains("exit") || low.contains("off-slip") || low.contains("off slip");
                Optional<uk.interchange.roadworks.model.Junction> at =
                        base.location().atJunction();
                if (entry) {
                    slips.add(new IncludedElement(ElementKind.ENTRY_SLIP, at, conj.strip()));
                }
                if (exit) {
                    slips.add(new IncludedElement(ElementKind.EXIT_SLIP, at, conj.strip()));
                }
            }
            if (slips.isEmpty()) {
                out.add(new Draft(
                        RestrictionType.SLIP_ROAD_CLOSURE,
                        slipRoad,
                        base.direction(),
                        base.location().withLanes(List.of()),
                        OptionalInt.empty()));
            }
            for (IncludedElement e : slips) {
                Location loc = e.junction().isPresent() && !own.location().hasPosition()
                        ? Location.at(e.junction().get())
                        : base.location().withLanes(List.of());
                out.add(new Draft(
                        RestrictionType.SLIP_ROAD_CLOSURE,
                        slipRoad,
                        base.direction(),
                        loc.withIncludes(List.of(e)),
                        OptionalInt.empty()));
            }
            return out;
        }
        RestrictionType type;
        Location loc = base.location();
        if (low.matches("(?s).*\\blinks?\\b.*")) {
            type = RestrictionType.LINK_ROAD_CLOSURE;
        } else if (low.contains("tunnel")) {
            type = RestrictionType.TUNNEL_CLOSURE;
        } else if (low.contains("hard shoulder")) {
            type = RestrictionType.HARD_SHOULDER_CLOSURE;
        } else if (!WhereParser.lanes(conj).isEmpty()
                || low.matches("(?s).*\\b(?:lane|lanes)\\b.*") && !low.contains("carriageway")) {
            type = RestrictionType.LANE_CLOSURE;
            loc = loc.withLanes(WhereParser.lanes(conj));
        } else if (headNoun(low) || low.isBlank() || PLACE_NOUN.matcher(low).find()) {
            type = RestrictionType.CARRIAGEWAY_CLOSURE;
            loc = loc.withLanes(List.of()).withIncludes(includes);
        } else {
            // "To allow the work to take place, the M18 ... exit slip will be closed": the first part names nothing
            return out;
        }
        if (type != RestrictionType.LANE_CLOSURE) {
            loc = loc.withLanes(List.of());
        }
        Optional<String> road = type == RestrictionType.LINK_ROAD_CLOSURE ? slipRoad : base.road();
        out.add(new Draft(type, road, base.direction(), loc, OptionalInt.empty()));
        return out;
    }

    /** Whether a conjunct names what is closed, or leans on the one before ("..., between B and C"). */
    /** Places that close as a whole ("Stonebridge Island closed", "the junction will be closed"). */
    private static final Pattern PLACE_NOUN = Pattern.compile(
            "\\b(?:junction|roundabout|island|interchange|bridge|flyover|viaduct|gyratory|crossing|bypass|it)\\b");

    private static boolean headNoun(String low) {
        if (low.strip().startsWith("between")) {
            return false;
        }
        return low.matches(
                        "(?s).*\\b(?:slip|slips|link|links|tunnel|shoulder|lanes?|carriageways?|road|roads|street|way)\\b.*")
                || Words.ROAD_REF.matcher(low.toUpperCase(Locale.ROOT)).find();
    }

    private static final Pattern ROAD_WITH_WAY = Pattern.compile("(?:^|\\s)(?:(?i:the)\\s+)?" + Words.ROAD
            + "\\s+(?i:(?:north|south|east|west)bound|(?:anti-?\\s?)?clockwise|junction|jct|j\\d|[nsew]/b)");
    private static final Pattern SLIP_OR_LINK = Pattern.compile("(?i)\\b(?:slip|link)");

    /** Whether a road with its direction or junction is named before the slip or link ("the M23 northbound entry slip"). */
    private static boolean roadFirst(String text) {
        Matcher road = ROAD_WITH_WAY.matcher(text);
        Matcher thing = SLIP_OR_LINK.matcher(text);
        int thingAt = thing.find() ? thing.start() : text.length();
        return road.find() && road.start() < thingAt;
    }

    private static boolean hasNoun(String s) {
        String low = s.toLowerCase(Locale.ROOT);
        return NOUNS.stream()
                .anyMatch(n -> low.contains(n.key()) && n.pattern().matcher(s).find());
    }

    /** The first's facts where it has them, else the second's. */
    static Where merge(Where a, Where b) {
        Location loc = a.location().hasPosition()
                ? a.location()
                : b.location().hasPosition() ? a.location().atPositionOf(b.location()) : a.location();
        if (loc.lanes().isEmpty()
                && !b.location().lanes().isEmpty()
                && !a.location().hasPosition()) {
            loc = loc.withLanes(b.location().lanes());
        }
        return new Where(a.road().or(b::road), a.direction() != Direction.UNKNOWN ? a.direction() : b.direction(), loc);
    }

    private static OptionalInt speed(String mention) {
        Matcher m = Pattern.compile("(\\d{2})").matcher(mention);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    private static void blank(StringBuilder b, int from, int to) {
        for (int i = from; i < to; i++) {
            b.setCharAt(i, ' ');
        }
    }
}
