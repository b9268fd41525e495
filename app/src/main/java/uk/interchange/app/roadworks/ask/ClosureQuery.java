package uk.interchange.app.roadworks.ask;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import uk.interchange.app.web.BadRequest;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.model.Road;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * A question about closures: a time (an instant, or a range) and optional filters. Built from the words people type
 * in a form or a query string; every problem is reported with its field.
 *
 * @param from start of the time asked about (inclusive)
 * @param to end (exclusive); equal to {@code from} for "at an instant"
 */
public record ClosureQuery(
        Instant from,
        Instant to,
        Optional<String> road,
        OptionalInt fromJunction,
        OptionalInt toJunction,
        Optional<Direction> direction,
        Optional<String> county,
        Optional<RestrictionType> type) {

    public boolean atInstant() {
        return from.equals(to);
    }

    /**
     * The raw parameters, as strings, from a form or query string (Spring binds them by name); blank means not
     * given.
     */
    public record Params(
            String at,
            String from,
            String to,
            String road,
            String junctions,
            String direction,
            String county,
            String type) {}

    public static ClosureQuery parse(Params p, Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant from;
        Instant to;
        if (blank(p.from()) && blank(p.to())) {
            from = blank(p.at()) || p.at().strip().equalsIgnoreCase("now")
                    ? clock.instant()
                    : time("at", p.at(), false, problems);
            to = from;
        } else {
            if (!blank(p.at())) {
                problems.add(new FieldProblem("at", "give either a time or a range (from and to), not both"));
            }
            from = blank(p.from()) ? clock.instant() : time("from", p.from(), false, problems);
            to = blank(p.to()) ? null : time("to", p.to(), true, problems);
            if (to == null && problems.isEmpty()) {
                problems.add(new FieldProblem("to", "is required with from"));
            }
            if (from != null && to != null && !to.isAfter(from)) {
                problems.add(new FieldProblem("to", "must be after from"));
            }
        }
        OptionalInt jFrom = OptionalInt.empty();
        OptionalInt jTo = OptionalInt.empty();
        if (!blank(p.junctions())) {
            String[] parts = p.junctions().strip().replaceAll("(?i)j", "").split("\\s*(?:-|to|\u2013)\\s*");
            try {
                int a = Integer.parseInt(parts[0].replaceAll("[a-zA-Z]$", ""));
                int b = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("[a-zA-Z]$", "")) : a;
                if (parts.length > 2 || a < 0 || b < 0) {
                    throw new NumberFormatException();
                }
                jFrom = OptionalInt.of(Math.min(a, b));
                jTo = OptionalInt.of(Math.max(a, b));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("junctions", "should be a junction or a range such as 10 or 10-13"));
            }
            if (blank(p.road())) {
                problems.add(new FieldProblem("road", "is needed with junctions: junction numbers belong to a road"));
            }
        }
        Optional<Direction> direction = Optional.empty();
        if (!blank(p.direction())) {
            try {
                direction = Optional.of(Direction.fromCode(p.direction()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(
                        "direction",
                        "should be northbound, southbound, eastbound, westbound," + " clockwise or anticlockwise"));
            }
        }
        Optional<RestrictionType> type = Optional.empty();
        if (!blank(p.type())) {
            try {
                type = Optional.of(RestrictionType.fromCode(p.type()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("type", "is not a kind of restriction we record: " + p.type()));
            }
        }
        Optional<String> road =
                Optional.ofNullable(p.road()).filter(r -> !blank(r)).map(Road::key);
        if (road.isPresent() && !Road.isKey(road.get())) {
            problems.add(new FieldProblem("road", "should be a road number such as M6 or A38"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return new ClosureQuery(
                from,
                to,
                road,
                jFrom,
                jTo,
                direction,
                Optional.ofNullable(p.county()).filter(c -> !blank(c)).map(String::strip),
                type);
    }

    /** An ISO instant, a London local date-time, or a date (its start; for an end, the start of the next day). */
    private static Instant time(String field, String raw, boolean end, List<FieldProblem> problems) {
        String s = raw.strip();
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return LondonTime.instant((end ? d.plusDays(1) : d).atStartOfDay());
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(s).toInstant();
            }
            return LondonTime.instant(LocalDateTime.parse(s));
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(
                    field, "is not a date or time we can read: '" + s + "' (use 2026-03-20 or 2026-03-20T22:00)"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
