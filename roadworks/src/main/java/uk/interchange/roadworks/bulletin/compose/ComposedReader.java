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
    private ComposedReader() {}

    public static ReadResult read(String text, LocalDate published) {
        return new Reading(TimeAlgebra.Context.publishedOn(published)).run(TextCleaner.clean(text));
    }

    private static final class Reading {
        private final TimeAlgebra.Context ctx;
        private final List<Work> works = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private final List<Accounted> sentences = new ArrayList<>();
        private List<String> roads = List.of();
        private Set<Direction> directions = EnumSet.noneOf(Direction.class);
        private List<TimeGrammar.Item> days = List.of();
        private List<TimeGrammar.Item> usualHours = List.of();
        private Set<RestrictionType> kinds = Set.of();

        Reading(TimeAlgebra.Context ctx) {
            this.ctx = ctx;
        }

        ReadResult run(String text) {
            for (String line : text.split("\n")) {
                String body = unbulleted(line);
                for (String sentence : SentenceSplitter.split(body)) {
                    sentence(sentence);
                }
            }
            return new ReadResult(List.of(Source.UNTITLED), works, warnings, sentences);
        }

        private void sentence(String s) {
            if (s.startsWith("Source:") || s.contains("http://") || s.contains("https://")) {
                warn(s, "a link or a source, not works", Warning.Kind.BOILERPLATE);
                return;
            }
            Facts f = Facts.of(s, Tokenizer.tokens(s));
            boolean own = !f.roads().isEmpty() || !f.directions().isEmpty();
            if (!f.kinds().isEmpty() && !own && !f.hasDays()) {
                if (f.hasHours()) {
                    // "Closures will take place between 8pm and 6am, unless otherwise stated"
                    usualHours = f.time();
                    account(s, Accounted.Use.HEADING);
                } else if (isHeading(s)) {
                    // "Full closures": the kind of the items under it
                    kinds = f.kinds();
                    account(s, Accounted.Use.HEADING);
                } else {
                    // "One lane will be closed.": what happens at the place and times just given
                    restriction(f, f.kinds());
                }
            } else if (!f.kinds().isEmpty() && (!f.diversion() || !f.roads().isEmpty())) {
                restriction(f, f.kinds());
            } else if (!f.roads().isEmpty()
                    && !f.diversion()
                    && !kinds.isEmpty()
                    && !f.directions().isEmpty()) {
                // an item under a heading that says what kind it is: "A14 westbound Swavesey to New Ellington"
                restriction(f, kinds);
            } else if (!f.roads().isEmpty() && !f.diversion()) {
                roads = f.roads();
                directions = f.directions();
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
            List<String> rs = f.roads().isEmpty() ? roads : f.roads();
            Set<Direction> ds = f.directions().isEmpty() ? directions : f.directions();
            if (rs.isEmpty()) {
                warn(f.text(), "a restriction, but no road is named here or before", Warning.Kind.NOT_READ);
                return;
            }
            List<TimeGrammar.Item> when = new ArrayList<>(f.time());
            if (!f.hasDays()) {
                when.addAll(days);
            }
            if (!f.hasHours()
                    && days.stream()
                            .noneMatch(x ->
                                    x.value() instanceof TimeExpr.Hours || x.value() instanceof TimeExpr.Windows)) {
                when.addAll(usualHours);
            }
            TimeAlgebra.Reading r = TimeAlgebra.resolve(when, ctx);
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
            if (d == Direction.UNKNOWN) {
                warn(f.text(), "a restriction, but its direction is not given", Warning.Kind.NOT_READ);
                return;
            }
            Schedule schedule = Schedule.of(f.text(), r.periods());
            List<Restriction> out = new ArrayList<>();
            for (RestrictionType k : what) {
                for (Direction one : d == Direction.BOTH || ds.size() <= 1 ? List.of(d) : List.copyOf(ds)) {
                    out.add(new Restriction(
                            k,
                            rs.get(0),
                            one,
                            Location.NOWHERE,
                            schedule,
                            OptionalInt.empty(),
                            Optional.empty(),
                            f.text()));
                }
            }
            works.add(new Work(
                    rs.get(0) + "-" + (works.size() + 1),
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
            roads = rs;
            directions = ds;
            account(f.text(), Accounted.Use.RESTRICTION);
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

        /** A short line with no full stop: a heading, not a sentence. */
        private static boolean isHeading(String s) {
            return !s.endsWith(".") && s.split("\\s+").length <= 6;
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
