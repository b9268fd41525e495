package uk.interchange.app.roadworks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.bulletin.Warning;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.schedule.LondonTime;
import uk.interchange.roadworks.schedule.ScheduleExpander;

/** A reading for people: each work, its restrictions and their times in London time, then the warnings. */
public final class ReadResultText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private ReadResultText() {}

    public static String of(ReadResult r) {
        StringBuilder b = new StringBuilder();
        if (!r.source().title().isEmpty()) {
            b.append(r.source().title()).append('\n');
        }
        r.source().published().ifPresent(d -> b.append("Published ").append(d).append('\n'));
        b.append('\n');
        for (Work w : r.works()) {
            b.append(w.heading())
                    .append("  [")
                    .append(w.id())
                    .append(", ")
                    .append(w.lifecycle().code())
                    .append("]\n");
            for (Restriction x : w.restrictions()) {
                b.append("  - ").append(x.type().code()).append(' ').append(x.road());
                if (x.direction() != Direction.UNKNOWN) {
                    b.append(' ').append(x.direction().code());
                }
                String where = where(x.location());
                if (!where.isEmpty()) {
                    b.append(", ").append(where);
                }
                x.speedLimitMph().ifPresent(s -> b.append(", ").append(s).append("mph"));
                b.append('\n');
                List<Occurrence> occ = ScheduleExpander.occurrences(x.schedule());
                for (Occurrence o : occ) {
                    b.append("      ")
                            .append(local(o.start().atZone(LondonTime.ZONE)))
                            .append(" to ")
                            .append(local(o.end().atZone(LondonTime.ZONE)))
                            .append('\n');
                }
                x.schedule().openEnd().ifPresent(oe -> b.append("      from ")
                        .append(oe.from())
                        .append(" until ")
                        .append(oe.untilText())
                        .append(oe.untilEstimate()
                                .map(d -> " (estimate " + d + ")")
                                .orElse(""))
                        .append('\n'));
                x.diversion().ifPresent(d -> b.append("      diversion")
                        .append(d.via().isEmpty() ? ": " + d.text() : " via " + String.join(" > ", d.via()))
                        .append('\n'));
            }
            b.append('\n');
        }
        long notes = r.warnings().stream()
                .filter(w -> w.kind() != Warning.Kind.BOILERPLATE)
                .count();
        b.append(r.works().size())
                .append(" works, ")
                .append(notes)
                .append(" warnings (")
                .append(r.warnings().size() - notes)
                .append(" boilerplate sentences set aside)\n");
        for (Warning w : r.warnings()) {
            if (w.kind() != Warning.Kind.BOILERPLATE) {
                b.append("  ! ")
                        .append(w.reason())
                        .append("\n      \"")
                        .append(w.text())
                        .append("\"\n");
            }
        }
        return b.toString();
    }

    private static String local(ZonedDateTime t) {
        return WHEN.format(t);
    }

    private static String where(Location l) {
        StringBuilder b = new StringBuilder();
        if (l.fromJunction().isPresent()) {
            b.append("J")
                    .append(l.fromJunction().get().number())
                    .append(" to J")
                    .append(l.toJunction().map(j -> j.number()).orElse("?"));
        } else if (l.atJunction().isPresent()) {
            b.append(l.betweenSlips() ? "between the slips at J" : "at J")
                    .append(l.atJunction().get().number());
        } else if (l.fromPlace().isPresent()) {
            b.append(l.fromPlace().get()).append(" to ").append(l.toPlace().orElse("?"));
        } else if (l.atPlace().isPresent()) {
            b.append("at ").append(l.atPlace().get());
        }
        if (!l.lanes().isEmpty()) {
            b.append(b.isEmpty() ? "" : ", ").append("lanes ").append(l.lanes());
        }
        if (!l.includes().isEmpty()) {
            b.append(b.isEmpty() ? "" : ", ")
                    .append("including ")
                    .append(l.includes().size())
                    .append(" slip/link");
        }
        return b.toString();
    }
}
