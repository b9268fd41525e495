package uk.interchange.roadworks.bulletin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Diversion;
import uk.interchange.roadworks.model.ElementKind;
import uk.interchange.roadworks.model.IncludedElement;
import uk.interchange.roadworks.model.Junction;
import uk.interchange.roadworks.model.Lifecycle;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.OpenEnd;
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.model.Schedule;
import uk.interchange.roadworks.model.Span;
import uk.interchange.roadworks.model.WindowChange;
import uk.interchange.roadworks.model.Work;

/**
 * Writes works as a weekly summary in the house style: a heading for each work, a sentence saying what it is for,
 * a sentence for each restriction with its times, its diversion, and when the scheme ends. {@link BulletinReader}
 * reads what this writes back into the same works.
 */
public final class BulletinWriter {
    private BulletinWriter() {}

    /**
     * @param region named in the title ("Central Southern England")
     * @param weekStart the Monday the summary covers
     * @param published the date the summary is issued
     */
    public static String write(String region, LocalDate weekStart, LocalDate published, List<Work> works) {
        StringBuilder b = new StringBuilder();
        LocalDate weekEnd = weekStart.plusDays(6);
        b.append("Planned roadworks in ")
                .append(region)
                .append(": weekly summary for ")
                .append(dayMonth(weekStart))
                .append(" to ")
                .append(dayMonth(weekEnd))
                .append(' ')
                .append(weekEnd.getYear())
                .append("\n\n");
        b.append("This list of planned and continuing works was issued on ")
                .append(weekdayDate(published))
                .append("; plans can change at short notice, for example in bad weather.\n\n");
        for (Work w : works) {
            b.append(work(w)).append('\n');
        }
        return b.toString();
    }

    /** One work: heading, description, restrictions and completion, paragraphs separated by blank lines. */
    public static String work(Work w) {
        List<String> paras = new ArrayList<>();
        paras.add(w.heading().isBlank() ? heading(w) : w.heading());
        paras.add(w.description().orElseGet(() -> description(w)));
        for (Restriction r : w.restrictions()) {
            StringBuilder p = new StringBuilder(restriction(r));
            for (WindowChange c : r.schedule().changes()) {
                p.append(' ').append(change(c));
            }
            r.diversion().ifPresent(d -> p.append(' ').append(diversion(d)));
            paras.add(p.toString());
        }
        w.completion().ifPresent(c -> paras.add("The scheme is expected to finish in " + c + "."));
        return String.join("\n\n", paras) + "\n";
    }

    static String heading(Work w) {
        StringBuilder b = new StringBuilder(String.join(" and ", w.roads()));
        Location l = w.location();
        if (l.fromJunction().isPresent() && l.toJunction().isPresent()) {
            b.append(" junctions ")
                    .append(l.fromJunction().get())
                    .append(" to ")
                    .append(l.toJunction().get());
        } else if (l.atJunction().isPresent()) {
            b.append(" junction ").append(l.atJunction().get());
        }
        w.place().ifPresent(p -> b.append(' ').append(p));
        w.county().ifPresent(c -> b.append(", ").append(c));
        b.append(": ").append(w.purpose().orElse("roadworks"));
        return b.toString();
    }

    private static String description(Work w) {
        String verb =
                switch (w.lifecycle()) {
                    case STARTS -> "starts";
                    case FINISHES -> "finishes";
                    case TAKES_PLACE -> "takes place";
                    case CONTINUES, UNKNOWN -> "continues";
                };
        String what = w.purpose().map(p -> "Work to carry out " + p).orElse("Work on the " + w.mainRoad());
        return w.lifecycle() == Lifecycle.UNKNOWN ? what + " is planned." : what + " " + verb + " this week.";
    }

    static String restriction(Restriction r) {
        String where = location(r.location());
        String when = when(r.schedule());
        String onThe = onThe(r);
        return switch (r.type()) {
                    case CARRIAGEWAY_CLOSURE -> carriageway(r, where, when);
                    case LANE_CLOSURE ->
                        r.location().lanes().isEmpty()
                                ? join("Lane closures will be in place", onThe, where, when)
                                : join(
                                        lanes(r.location().lanes()) + " of the " + r.road() + " "
                                                + carriagewayWord(r.direction()),
                                        where,
                                        "will be closed",
                                        when);
                    case SLIP_ROAD_CLOSURE -> join(slip(r), "will be closed", when);
                    case LINK_ROAD_CLOSURE ->
                        join("The " + dirWord(r.direction()) + "link road", where, "will be closed", when);
                    case HARD_SHOULDER_CLOSURE ->
                        join(
                                "The " + dirWord(r.direction()) + "hard shoulder of the " + r.road(),
                                where,
                                "will be closed",
                                when);
                    case NARROW_LANES -> join("Narrow lanes will be in place", onThe, where, when);
                    case CONTRAFLOW -> join("A contraflow will be in place", onThe, where, when);
                    case SPEED_LIMIT ->
                        join(
                                "A " + r.speedLimitMph().orElse(50) + "mph speed limit will be in place",
                                onThe,
                                where,
                                when);
                    case TRAFFIC_SIGNALS -> join("Temporary traffic signals will operate", onThe, where, when);
                    case STOP_GO_BOARDS -> join("Stop/go boards will be in place", onThe, where, when);
                    case CONVOY_WORKING -> join("Convoy working will be in place", onThe, where, when);
                    case TUNNEL_CLOSURE ->
                        join("The " + r.road() + " tunnel will be closed", dirPhrase(r.direction()), when);
                    case OTHER ->
                        r.sourceText().isBlank()
                                ? join("Works will take place on the " + r.road(), where, when)
                                : r.sourceText();
                }
                + (r.type() == RestrictionType.OTHER && !r.sourceText().isBlank() ? "" : ".");
    }

    private static String carriageway(Restriction r, String where, String when) {
        String includes = includes(r.location().includes());
        return switch (r.direction()) {
            case BOTH -> join("The " + r.road() + " will be closed in both directions", where, when);
            case UNKNOWN -> join("The " + r.road() + " will be closed", where, when);
            default ->
                join(
                        "The " + r.road() + " " + r.direction().word() + " carriageway",
                        where,
                        includes,
                        "will be closed",
                        when);
        };
    }

    private static String slip(Restriction r) {
        List<IncludedElement> slips = r.location().includes();
        String kind = slips.isEmpty()
                ? "slip roads"
                : slips.get(0).kind() == ElementKind.ENTRY_SLIP ? "entry slip road" : "exit slip road";
        Optional<Junction> at = r.location()
                .atJunction()
                .or(() -> slips.isEmpty() ? Optional.empty() : slips.get(0).junction());
        return "The " + dirWord(r.direction()) + kind
                + at.map(j -> " at junction " + j.number()).orElse("");
    }

    private static String onThe(Restriction r) {
        return switch (r.direction()) {
            case BOTH -> "on both carriageways of the " + r.road();
            case UNKNOWN -> "on the " + r.road();
            default -> "on the " + r.road() + " " + r.direction().word() + " carriageway";
        };
    }

    private static String carriagewayWord(Direction d) {
        return d == Direction.UNKNOWN || d == Direction.BOTH ? "carriageways" : d.word() + " carriageway";
    }

    private static String dirWord(Direction d) {
        return d == Direction.UNKNOWN || d == Direction.BOTH ? "" : d.word() + " ";
    }

    private static String dirPhrase(Direction d) {
        return switch (d) {
            case BOTH -> "in both directions";
            case UNKNOWN -> "";
            default -> d.word();
        };
    }

    private static String lanes(List<Integer> lanes) {
        if (lanes.size() == 1) {
            return "Lane " + lanes.get(0);
        }
        List<String> s = lanes.stream().map(String::valueOf).toList();
        return "Lanes " + String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }

    private static String includes(List<IncludedElement> items) {
        if (items.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (IncludedElement e : items) {
            String j = e.junction().map(x -> "junction " + x.number() + " ").orElse("");
            parts.add(
                    switch (e.kind()) {
                        case ENTRY_SLIP -> j + "entry slip";
                        case EXIT_SLIP -> j + "exit slip";
                        case LINK_ROAD ->
                            "the link road"
                                    + e.junction()
                                            .map(x -> " at junction " + x.number())
                                            .orElse("");
                        case SERVICES, OTHER -> e.text();
                    });
        }
        return "including " + String.join(" and ", parts);
    }

    static String location(Location l) {
        if (l.betweenSlips() && l.atJunction().isPresent()) {
            return "between the slip roads at junction " + l.atJunction().get().number();
        }
        if (l.fromJunction().isPresent() && l.toJunction().isPresent()) {
            return "between junctions " + l.fromJunction().get().number() + " and "
                    + l.toJunction().get().number();
        }
        if (l.atJunction().isPresent()) {
            return "at junction " + l.atJunction().get().number();
        }
        if (l.fromPlace().isPresent() && l.toPlace().isPresent()) {
            return "between " + l.fromPlace().get() + " and " + l.toPlace().get();
        }
        return l.atPlace().map(p -> "at " + p).orElse("");
    }

    /** The schedule's rule in words the reader reads back. */
    static String when(Schedule s) {
        if (s.openEnd().isPresent()) {
            OpenEnd oe = s.openEnd().get();
            return ", 24 hours a day until " + oe.untilText();
        }
        List<String> parts = new ArrayList<>();
        for (Period p : s.periods()) {
            parts.add(
                    switch (p) {
                        case Recurring r -> recurring(r);
                        case Span sp -> span(sp);
                    });
        }
        return String.join(", and ", parts);
    }

    /** Whole days read better as days: "24 hours a day from Monday 6 November 2023 until Friday 17 November 2023". */
    private static String span(Span sp) {
        boolean wholeDays = sp.start().toLocalTime().equals(LocalTime.MIDNIGHT)
                && sp.end().toLocalTime().equals(LocalTime.MIDNIGHT);
        if (wholeDays) {
            return ", 24 hours a day from " + weekdayDate(sp.start().toLocalDate()) + " until "
                    + weekdayDate(sp.end().toLocalDate().minusDays(1));
        }
        return "from " + time(sp.start()) + " until " + time(sp.end());
    }

    private static String recurring(Recurring r) {
        String window = (r.overnight() ? "overnight, " : "") + "between " + Clock.format(r.start()) + " and "
                + Clock.format(r.end()) + ", ";
        if (r.from().equals(r.until())) {
            return window + "on " + weekdayDate(r.from());
        }
        Optional<String> run = qualifier(r.days());
        if (run.isEmpty()) {
            // days that are not one run of the week ("Mondays and Thursdays"): name each date
            List<String> dates = new ArrayList<>();
            for (LocalDate d = r.from(); !d.isAfter(r.until()); d = d.plusDays(1)) {
                if (r.days().contains(d.getDayOfWeek())) {
                    dates.add(weekdayDate(d));
                }
            }
            // a rule whose days fall outside its dates has no nights; write its range as given
            return dates.isEmpty()
                    ? window + "from " + weekdayDate(r.from()) + " to " + weekdayDate(r.until())
                    : window + "on " + listed(dates);
        }
        String qualifier = run.get();
        if (r.nights().isPresent()) {
            int n = r.nights().getAsInt();
            String unit = r.overnight() ? (n == 1 ? "night" : "nights") : (n == 1 ? "day" : "days");
            return window + "from " + weekdayDate(r.from()) + " for " + Words.countWord(n) + " " + unit + qualifier;
        }
        return window + "from " + weekdayDate(r.from()) + " to " + weekdayDate(r.until()) + qualifier;
    }

    /**
     * "(Monday to Friday only)", "(Sunday to Thursday only)": the days as one run of the week, wrapping past Sunday;
     * empty when they are not one run.
     */
    private static Optional<String> qualifier(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return Optional.of("");
        }
        for (DayOfWeek first : days) {
            if (days.contains(first.minus(1))) {
                continue;
            }
            DayOfWeek last = first;
            int n = 1;
            while (days.contains(last.plus(1)) && n < days.size()) {
                last = last.plus(1);
                n++;
            }
            return n == days.size()
                    ? Optional.of(" (" + Words.weekdayName(first) + " to " + Words.weekdayName(last) + " only)")
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String change(WindowChange c) {
        if (c.start().isPresent() && c.end().isPresent()) {
            return "On " + weekdayDate(c.day()) + " work will take place between "
                    + Clock.format(c.start().get()) + " and "
                    + Clock.format(c.end().get()) + ".";
        }
        if (c.end().isPresent()) {
            LocalTime end = c.end().get();
            LocalDate finishDay = end.getHour() < 12 ? c.day().plusDays(1) : c.day();
            return "Work on " + weekdayDate(finishDay) + " will finish at " + Clock.format(end) + ".";
        }
        return "Work on " + weekdayDate(c.day()) + " will start at "
                + Clock.format(c.start().orElseThrow()) + ".";
    }

    static String diversion(Diversion d) {
        if (d.routes().isEmpty() || d.via().isEmpty() && d.routes().size() == 1) {
            return d.text().isBlank() ? "Traffic will be diverted to the next junction and back." : d.text();
        }
        List<String> parts = new ArrayList<>();
        for (Diversion.Route r : d.routes()) {
            String via = String.join(
                    " to ", r.via().stream().map(BulletinWriter::place).toList());
            parts.add(r.vehicles().map(v -> v + " will be diverted via " + via).orElse("via " + via));
        }
        String first = parts.get(0);
        String lead = first.startsWith("via ") ? "A signed diversion route will run " + first : first;
        List<String> rest = parts.subList(1, parts.size());
        return lead + (rest.isEmpty() ? "" : ", and " + String.join(", and ", rest)) + ".";
    }

    /** "M25 J13" as the house style writes it: "M25 junction 13". */
    private static String place(String item) {
        return item.replaceFirst("^(" + Words.ROAD + ")\\s+J(\\S+)$", "$1 junction $2");
    }

    private static String time(LocalDateTime t) {
        return Clock.format(t.toLocalTime()) + " on " + weekdayDate(t.toLocalDate());
    }

    static String weekdayDate(LocalDate d) {
        return Words.weekdayName(d.getDayOfWeek()) + " " + d.getDayOfMonth() + " " + Words.monthName(d.getMonth()) + " "
                + d.getYear();
    }

    private static String dayMonth(LocalDate d) {
        return Words.weekdayName(d.getDayOfWeek()) + " " + d.getDayOfMonth() + " " + Words.monthName(d.getMonth());
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(p.strip());
            }
        }
        return b.toString().replace(" ,", ",");
    }
}
