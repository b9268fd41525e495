package uk.interchange.roadworks.bulletin.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import uk.interchange.roadworks.bulletin.Accounted;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.bulletin.SentenceSplitter;
import uk.interchange.roadworks.bulletin.Source;
import uk.interchange.roadworks.bulletin.TextCleaner;
import uk.interchange.roadworks.bulletin.Warning;
import uk.interchange.roadworks.bulletin.time.TimeAlgebra;
import uk.interchange.roadworks.bulletin.time.TimeExpr;
import uk.interchange.roadworks.bulletin.time.TimeGrammar;
import uk.interchange.roadworks.bulletin.token.Token;
import uk.interchange.roadworks.bulletin.token.TokenKind;
import uk.interchange.roadworks.bulletin.token.Tokenizer;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Lifecycle;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.model.Schedule;
import uk.interchange.roadworks.model.Work;

/**
 * A bulletin reader free of layout (issue "Roadworks 3"): every line and sentence is tokenized and read for its
 * facts ({@link Facts}), and what it is follows from those alone. The rules of context, applied in the order of
 * the text:
 *
 * <ul>
 *   <li>A sentence that names roads but announces no restriction (a heading, a "Location:" line) sets the road and
 *       direction that later sentences mean, and clears the days set before it.
 *   <li>A sentence that gives only times (a day heading such as "Monday 2 to Tuesday 3 (two nights)", a
 *       "Schedule:" line) sets the days, and its hours, that later restrictions without their own take; hours alone
 *       in such a sentence ("Closures will take place between 8pm and 6am") are the bulletin's usual hours.
 *   <li>A sentence that announces a restriction is read with its own roads, directions, days and hours, each taken
 *       from the context above where it gives none. It also sets the road and direction for the sentences after.
 *   <li>A restriction with no day, no hours or no direction it can take is not guessed: it is a warning with the
 *       reason.
 * </ul>
 *
 * Not yet used by the product: it is measured beside the reader it is to replace ({@code RealBulletinAccuracy
 * --reader composed}).
 */
public final class ComposedReader {
    /** Roads whose directions are clockwise and anticlockwise. */
    private static final Set<String> ORBITAL = Set.of("M25", "M60", "M621", "A4540", "A1016");

    private ComposedReader() {}

    public static ReadResult read(String text, LocalDate published) {
        return new Reading(TimeAlgebra.Context.publishedOn(published)).run(TextCleaner.clean(text));
    }

    private static final class Reading {
        private TimeAlgebra.Context ctx;
        private final List<Work> works = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private final List<Accounted> sentences = new ArrayList<>();
        private List<String> roads = List.of();
        private Set<Direction> directions = EnumSet.noneOf(Direction.class);
        private List<TimeGrammar.Item> days = List.of();
        private List<TimeGrammar.Item> usualHours = List.of();
        private Set<RestrictionType> kinds = Set.of();
        private List<TimeGrammar.Item> schemeHours = List.of();
        private List<TimeGrammar.Item> lastWhen = List.of();
        private boolean inScheme;
        private final List<Facts> all = new ArrayList<>();
        private int at;

        Reading(TimeAlgebra.Context ctx) {
            this.ctx = ctx;
        }

        ReadResult run(String text) {
            for (String line : joined(text.split("\n"))) {
                String body = unbulleted(line);
                for (String sentence : SentenceSplitter.split(body)) {
                    List<Token> tokens = Tokenizer.tokens(sentence);
                    List<String> parts = clauses(sentence, tokens);
                    if (parts.size() == 1) {
                        all.add(Facts.of(sentence, tokens));
                    } else {
                        parts.forEach(c -> all.add(Facts.of(c, Tokenizer.tokens(c))));
                    }
                }
            }
            for (at = 0; at < all.size(); at++) {
                sentence(all.get(at));
            }
            return new ReadResult(List.of(Source.UNTITLED), works, warnings, sentences);
        }

        /**
         * The hours a scheme gives in a sentence of their own, anywhere in it ("the closures will be in place from
         * 8pm to 6am"): looked for from the sentence that starts the scheme to the next road heading.
         */
        private List<TimeGrammar.Item> schemeHours(int from) {
            for (int j = from + 1; j < all.size(); j++) {
                Facts f = all.get(j);
                if (f.isRoadHeading()) {
                    break;
                }
                if (f.hoursOnly() && f.roads().isEmpty()) {
                    return f.time();
                }
            }
            return List.of();
        }

        private void startScheme(List<String> rs, Set<Direction> ds) {
            boolean same = rs.equals(roads);
            roads = rs;
            directions = ds;
            if (!same || !inScheme) {
                schemeHours = schemeHours(at);
            }
            inScheme = true;
        }

        private void sentence(Facts f) {
            String s = f.text();
            if (s.startsWith("Source:") || s.contains("http://") || s.contains("https://")) {
                warn(s, "a link or a source, not works", Warning.Kind.BOILERPLATE);
                return;
            }
            boolean own = !f.roads().isEmpty() || !f.directions().isEmpty();
            java.util.Optional<java.time.LocalDate[]> period = f.roads().isEmpty()
                            && f.kinds().isEmpty()
                            && !inScheme
                            && works.isEmpty()
                            && !(s.split("\\s+").length <= 8 && !s.endsWith("."))
                    ? TimeAlgebra.period(f.time(), ctx)
                    : java.util.Optional.empty();
            if (period.isPresent()) {
                // "weekly summary for Monday 16 to Sunday 22 November 2015": the days the bulletin covers, which
                // bare weekdays are read in; not the days of the works after it
                ctx = new TimeAlgebra.Context(ctx.published(), period.get()[0], period.get()[1]);
                account(s, Accounted.Use.INTRODUCTION);
                return;
            }
            if (f.hasDays() && !works.isEmpty() && f.says("NO_WORK")) {
                // "No work planned on Friday, May 12 to Sunday, May 14": those days left out of the work just read
                leaveOut(TimeAlgebra.daysNamed(f.time(), ctx));
                account(s, Accounted.Use.SCHEDULE_CHANGE);
                return;
            }
            if (f.negated()) {
                // "We will not close the A1 in both directions at the same time."
                account(s, Accounted.Use.DESCRIPTION);
                return;
            }
            if (f.hoursOnly() && f.says("USUAL")) {
                // "... usually overnight between 8pm and 6am, unless otherwise stated": the bulletin's usual hours
                usualHours = f.time();
                account(s, Accounted.Use.HEADING);
            } else if (!f.kinds().isEmpty() && !own && f.hasDays() && isHeading(s)) {
                // "Full closures Monday October 12 to Wednesday October 14 for three nights": kind and days of the
                // items under it
                kinds = f.kinds();
                days = f.time();
                account(s, Accounted.Use.HEADING);
            } else if (!f.kinds().isEmpty() && !own && !f.hasDays()) {
                if (f.hasHours()) {
                    // "Closures will take place between 8pm and 6am, unless otherwise stated": the bulletin's
                    // usual hours when no scheme has begun; inside one, the scheme's (found by looking ahead)
                    if (!inScheme || f.says("USUAL")) {
                        usualHours = f.time();
                    }
                    account(s, Accounted.Use.HEADING);
                } else if (isHeading(s)) {
                    // "Full closures": the kind of the items under it
                    kinds = f.kinds();
                    account(s, Accounted.Use.HEADING);
                } else {
                    // "One lane will be closed.": what happens at the place and times just given
                    restriction(f, f.kinds());
                }
            } else if (!f.kinds().isEmpty()) {
                restriction(f, f.kinds());
            } else if (!f.roads().isEmpty()
                    && !kinds.isEmpty()
                    && !f.directions().isEmpty()) {
                // an item under a heading that says what kind it is: "A14 westbound Swavesey to New Ellington";
                // days after its diversion are the next item's heading run into it ("... junction 21 Thursday 15
                // to Friday 16 for two nights")
                Facts after = f.timeBeforeDiversion(false);
                restriction(f.timeBeforeDiversion(true), kinds);
                if (after.hasDays()) {
                    days = after.time();
                }
            } else if (!f.roads().isEmpty() && !f.diversion()) {
                startScheme(f.roads(), f.directions());
                days = f.time();
                account(s, Accounted.Use.HEADING);
            } else if (!f.time().isEmpty() && f.roads().isEmpty() && f.kinds().isEmpty()) {
                if (f.hasDays()) {
                    days = f.time();
                } else if (f.hasHours()) {
                    usualHours = f.time();
                }
                account(s, Accounted.Use.HEADING);
            } else if (f.diversion()) {
                account(s, Accounted.Use.DIVERSION);
            } else {
                warn(s, "no road, restriction or time read", Warning.Kind.NOT_READ);
            }
        }

        private void restriction(Facts f, Set<RestrictionType> what) {
            List<String> rs = !f.subjects().isEmpty()
                    ? f.subjects()
                    : !roads.isEmpty() || f.roads().isEmpty() ? roads : f.roads();
            Set<Direction> ds = f.directions().isEmpty() ? directions : f.directions();
            if (rs.isEmpty()) {
                warn(f.text(), "a restriction, but no road is named here or before", Warning.Kind.NOT_READ);
                return;
            }
            List<TimeGrammar.Item> when = new ArrayList<>(f.time());
            if (!f.hasDays() && f.says("SAME_TIMES")) {
                // "... will have lanes one and two shut at the same time": the times of the restriction before
                when.addAll(lastWhen);
            } else if (!f.hasDays()) {
                when.addAll(days);
            }
            boolean hoursGiven = f.hasHours()
                    || days.stream()
                            .anyMatch(
                                    x -> x.value() instanceof TimeExpr.Hours || x.value() instanceof TimeExpr.Windows);
            if (!f.subjects().isEmpty() || roads.isEmpty()) {
                startScheme(rs, f.directions().isEmpty() ? directions : f.directions());
            }
            // "24/7", "a 24-hour closure": never given another sentence's hours
            if (!hoursGiven && !f.allDay()) {
                when.addAll(schemeHours.isEmpty() ? usualHours : schemeHours);
            }
            TimeAlgebra.Reading r = TimeAlgebra.resolve(when, ctx);
            if (!r.periods().isEmpty()) {
                lastWhen = when;
            }
            if (r.periods().isEmpty()) {
                warn(
                        f.text(),
                        "a restriction, but "
                                + (r.flags().isEmpty()
                                        ? "no day and hours"
                                        : r.flags().get(0)),
                        Warning.Kind.NOT_READ);
                return;
            }
            Direction d = direction(ds);
            boolean wholeRoad = d == Direction.UNKNOWN
                    && (!f.subjects().isEmpty() || f.says("THE_ROAD"))
                    && what.equals(Set.of(RestrictionType.CARRIAGEWAY_CLOSURE));
            if (wholeRoad) {
                // "The A9 will be shut": a road closed with no direction named is closed both ways (flagged)
                d = Direction.BOTH;
                ds = EnumSet.of(Direction.BOTH);
                directions = ds;
                warnings.add(new Warning(
                        f.text(), "no direction is named: the road is taken as closed both ways", Warning.Kind.ODDITY));
            }
            if (d == Direction.UNKNOWN) {
                warn(f.text(), "a restriction, but its direction is not given", Warning.Kind.NOT_READ);
                return;
            }
            String road = roadFor(rs, d);
            Schedule schedule = Schedule.of(f.text(), r.periods());
            List<Restriction> out = new ArrayList<>();
            for (RestrictionType k : what) {
                for (Direction one : d == Direction.BOTH || ds.size() <= 1 ? List.of(d) : List.copyOf(ds)) {
                    out.add(new Restriction(
                            k, road, one, Location.NOWHERE, schedule, OptionalInt.empty(), Optional.empty(), f.text()));
                }
            }
            works.add(new Work(
                    road + "-" + (works.size() + 1),
                    rs,
                    f.text(),
                    Location.NOWHERE,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Lifecycle.UNKNOWN,
                    Optional.empty(),
                    Optional.empty(),
                    out));
            r.flags().forEach(flag -> warnings.add(new Warning(f.text(), flag, Warning.Kind.ODDITY)));
            account(f.text(), Accounted.Use.RESTRICTION);
        }

        /**
         * Of the roads a heading names ("M1 junction 43 to M621 junction 3"), the one a direction means: clockwise
         * and anticlockwise belong to an orbital road; otherwise the first.
         */
        private static String roadFor(List<String> rs, Direction d) {
            if (rs.size() > 1 && (d == Direction.CLOCKWISE || d == Direction.ANTICLOCKWISE)) {
                for (String r : rs) {
                    if (ORBITAL.contains(r)) {
                        return r;
                    }
                }
            }
            return rs.get(0);
        }

        /** The days left out of the restrictions of the last work read. */
        private void leaveOut(Set<java.time.LocalDate> left) {
            Work w = works.remove(works.size() - 1);
            List<Restriction> kept = new ArrayList<>();
            for (Restriction r : w.restrictions()) {
                Schedule sc = r.schedule();
                kept.add(r.withSchedule(Schedule.of(sc.text(), TimeAlgebra.without(sc.periods(), left))));
            }
            works.add(w.withRestrictions(kept));
        }

        /** One direction, both when two opposite ones are named; UNKNOWN when none. */
        private static Direction direction(Set<Direction> ds) {
            if (ds.isEmpty()) {
                return Direction.UNKNOWN;
            }
            if (ds.contains(Direction.BOTH)
                    || ds.containsAll(EnumSet.of(Direction.NORTHBOUND, Direction.SOUTHBOUND))
                    || ds.containsAll(EnumSet.of(Direction.EASTBOUND, Direction.WESTBOUND))
                    || ds.containsAll(EnumSet.of(Direction.CLOCKWISE, Direction.ANTICLOCKWISE))) {
                return Direction.BOTH;
            }
            return ds.iterator().next();
        }

        private void warn(String s, String reason, Warning.Kind kind) {
            warnings.add(new Warning(s, reason, kind));
            account(s, Accounted.Use.WARNING);
        }

        private void account(String s, Accounted.Use use) {
            sentences.add(new Accounted(s, use));
        }

        /**
         * Lines as written, with a sentence broken over two lines joined again: a line that does not end a sentence
         * goes on into the next when that starts in lower case or with a digit ("... on Friday" / "12 March ...").
         */
        private static List<String> joined(String[] lines) {
            List<String> out = new ArrayList<>();
            for (String line : lines) {
                String s = line.strip();
                int last = out.size() - 1;
                if (last >= 0
                        && !s.isEmpty()
                        && !out.get(last).isEmpty()
                        && (Character.isLowerCase(s.charAt(0)) || Character.isDigit(s.charAt(0)))
                        && !endsSentence(out.get(last))) {
                    out.set(last, out.get(last) + " " + s);
                } else {
                    out.add(s);
                }
            }
            return out;
        }

        private static boolean endsSentence(String s) {
            char c = s.charAt(s.length() - 1);
            return c == '.' || c == ':' || c == '!' || c == '?';
        }

        /**
         * A sentence that gives two directions each with its own times ("The northbound carriageway will be closed
         * between 10pm and 5am every Tuesday night with the southbound carriageway closed ... every Wednesday night")
         * is read as two clauses, split before the word that joins them ("with", "and", "while", ";"), so that each
         * direction keeps its own times.
         */
        private static List<String> clauses(String sentence, List<Token> t) {
            List<Integer> dirs = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).kind() == TokenKind.DIRECTION) {
                    dirs.add(i);
                }
            }
            if (dirs.size() != 2) {
                return List.of(sentence);
            }
            int second = dirs.get(1);
            boolean timeBetween = false;
            for (int i = dirs.get(0); i < second; i++) {
                TokenKind k = t.get(i).kind();
                timeBetween |= k == TokenKind.TIME || k == TokenKind.WEEKDAY || k == TokenKind.DATE;
            }
            boolean timeAfter = false;
            for (int i = second; i < t.size(); i++) {
                TokenKind k = t.get(i).kind();
                timeAfter |= k == TokenKind.TIME || k == TokenKind.WEEKDAY || k == TokenKind.DATE;
            }
            if (!timeBetween || !timeAfter) {
                return List.of(sentence);
            }
            for (int i = second - 1; i > dirs.get(0); i--) {
                Token j = t.get(i);
                boolean joins = j.is(TokenKind.CONNECTOR, "AND")
                        || j.is(TokenKind.PUNCT, ";")
                        || j.kind() == TokenKind.WORD
                                && (j.value().equalsIgnoreCase("with")
                                        || j.value().equalsIgnoreCase("while"));
                if (joins) {
                    return List.of(
                            sentence.substring(0, j.start()).strip(),
                            sentence.substring(j.start()).strip());
                }
            }
            return List.of(sentence);
        }

        /** A short line with no full stop, or one with no verb of its own: a heading, not a sentence. */
        private static boolean isHeading(String s) {
            String low = s.toLowerCase(java.util.Locale.ROOT);
            boolean verb =
                    low.contains(" will ") || low.contains(" is ") || low.contains(" are ") || low.contains(" be ");
            return !s.endsWith(".") && s.split("\\s+").length <= 6 || !verb && s.split("\\s+").length <= 16;
        }

        private static String unbulleted(String line) {
            String s = line.strip();
            while (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '*' || s.charAt(0) == '\u2013')) {
                s = s.substring(1).strip();
            }
            return s;
        }
    }
}
