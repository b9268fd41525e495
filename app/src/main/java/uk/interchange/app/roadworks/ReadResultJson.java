package uk.interchange.app.roadworks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.bulletin.Source;
import uk.interchange.roadworks.bulletin.Warning;
import uk.interchange.roadworks.model.Diversion;
import uk.interchange.roadworks.model.IncludedElement;
import uk.interchange.roadworks.model.Junction;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.OpenEnd;
import uk.interchange.roadworks.model.Period;
import uk.interchange.roadworks.model.Recurring;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.Schedule;
import uk.interchange.roadworks.model.Span;
import uk.interchange.roadworks.model.WindowChange;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.schedule.ScheduleExpander;

/** The JSON form of a bulletin reading: the contract documented in docs/formats/roadworks-json.md. */
public final class ReadResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReadResultJson() {}

    public static ObjectNode of(ReadResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("source", source(r.source()));
        if (r.sources().size() > 1) {
            ArrayNode all = root.putArray("sources");
            r.sources().forEach(s -> all.add(source(s)));
        }
        ArrayNode works = root.putArray("works");
        int restrictions = 0;
        int occurrences = 0;
        for (Work w : r.works()) {
            works.add(work(w));
            restrictions += w.restrictions().size();
            for (Restriction x : w.restrictions()) {
                occurrences += ScheduleExpander.occurrences(x.schedule()).size();
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        Map<Warning.Kind, Integer> byKind = new EnumMap<>(Warning.Kind.class);
        for (Warning w : r.warnings()) {
            ObjectNode n = warnings.addObject();
            n.put("text", w.text());
            n.put("reason", w.reason());
            n.put("kind", w.kind().code());
            byKind.merge(w.kind(), 1, Integer::sum);
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("works", r.works().size());
        summary.put("restrictions", restrictions);
        summary.put("occurrences", occurrences);
        summary.put("sentences", r.sentences().size());
        ObjectNode kinds = summary.putObject("warnings");
        for (Warning.Kind k : Warning.Kind.values()) {
            kinds.put(k.code(), byKind.getOrDefault(k, 0));
        }
        return root;
    }

    public static String pretty(ReadResult r) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(of(r));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode source(Source s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("title", s.title());
        putDate(n, "published", s.published());
        putDate(n, "period_start", s.periodStart());
        putDate(n, "period_end", s.periodEnd());
        return n;
    }

    private static ObjectNode work(Work w) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", w.id());
        n.put("road", w.mainRoad());
        ArrayNode roads = n.putArray("roads");
        w.roads().forEach(roads::add);
        n.put("heading", w.heading());
        putText(n, "place", w.place());
        putText(n, "county", w.county());
        putText(n, "purpose", w.purpose());
        n.put("lifecycle", w.lifecycle().code());
        putText(n, "completion", w.completion());
        putText(n, "description", w.description());
        location(n.putObject("location"), w.location());
        ArrayNode rs = n.putArray("restrictions");
        w.restrictions().forEach(r -> rs.add(restriction(r)));
        return n;
    }

    private static ObjectNode restriction(Restriction r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", r.type().code());
        n.put("road", r.road());
        n.put("direction", r.direction().code());
        location(n, r.location());
        if (r.speedLimitMph().isPresent()) {
            n.put("speed_limit_mph", r.speedLimitMph().getAsInt());
        } else {
            n.putNull("speed_limit_mph");
        }
        n.set("schedule", schedule(r.schedule()));
        ArrayNode occ = n.putArray("occurrences");
        for (Occurrence o : ScheduleExpander.occurrences(r.schedule())) {
            ObjectNode on = occ.addObject();
            on.put("start", o.start().toString());
            on.put("end", o.end().toString());
        }
        if (r.schedule().openEnd().isPresent()) {
            OpenEnd oe = r.schedule().openEnd().get();
            ObjectNode on = n.putObject("open_ended");
            on.put("from", oe.from().toString());
            on.put("until_text", oe.untilText());
            putDate(on, "until_estimate", oe.untilEstimate());
            on.put("estimated", true);
        } else {
            n.putNull("open_ended");
        }
        if (r.diversion().isPresent()) {
            n.set("diversion", diversion(r.diversion().get()));
        } else {
            n.putNull("diversion");
        }
        n.put("source_text", r.sourceText());
        return n;
    }

    private static void location(ObjectNode n, Location l) {
        putJunction(n, "from_junction", l.fromJunction());
        putJunction(n, "to_junction", l.toJunction());
        putJunction(n, "at_junction", l.atJunction());
        putText(n, "from_place", l.fromPlace());
        putText(n, "to_place", l.toPlace());
        putText(n, "at_place", l.atPlace());
        if (l.betweenSlips()) {
            n.put("between_slips", true);
        }
        ArrayNode lanes = n.putArray("lanes");
        l.lanes().forEach(lanes::add);
        ArrayNode inc = n.putArray("includes");
        for (IncludedElement e : l.includes()) {
            ObjectNode en = inc.addObject();
            en.put("kind", e.kind().code());
            putJunction(en, "junction", e.junction());
            en.put("text", e.text());
        }
    }

    private static ObjectNode schedule(Schedule s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", s.text());
        n.put("time_zone", "Europe/London");
        ArrayNode rules = n.putArray("rules");
        for (Period p : s.periods()) {
            ObjectNode rn = rules.addObject();
            switch (p) {
                case Recurring r -> {
                    rn.put("kind", "recurring");
                    rn.put("from", r.from().toString());
                    rn.put("until", r.until().toString());
                    rn.put("start", r.start().toString());
                    rn.put("end", r.end().toString());
                    rn.put("overnight", r.overnight());
                    ArrayNode days = rn.putArray("days");
                    for (DayOfWeek d : DayOfWeek.values()) {
                        if (r.days().contains(d)) {
                            days.add(d.name().toLowerCase(Locale.ROOT));
                        }
                    }
                    if (r.nights().isPresent()) {
                        rn.put("count", r.nights().getAsInt());
                    }
                }
                case Span sp -> {
                    rn.put("kind", "span");
                    rn.put("start", sp.start().toString());
                    rn.put("end", sp.end().toString());
                }
            }
        }
        ArrayNode changes = n.putArray("changes");
        for (WindowChange c : s.changes()) {
            ObjectNode cn = changes.addObject();
            cn.put("day", c.day().toString());
            c.start().ifPresent(t -> cn.put("start", t.toString()));
            c.end().ifPresent(t -> cn.put("end", t.toString()));
        }
        return n;
    }

    private static ObjectNode diversion(Diversion d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", d.text());
        ArrayNode via = n.putArray("via");
        d.via().forEach(via::add);
        putText(n, "vehicles", d.vehicles());
        ArrayNode routes = n.putArray("routes");
        for (Diversion.Route r : d.routes()) {
            ObjectNode rn = routes.addObject();
            ArrayNode rv = rn.putArray("via");
            r.via().forEach(rv::add);
            putText(rn, "vehicles", r.vehicles());
        }
        return n;
    }

    private static void putJunction(ObjectNode n, String field, Optional<Junction> j) {
        if (j.isPresent()) {
            n.put(field, j.get().number());
            j.get().name().ifPresent(name -> n.put(field + "_name", name));
        } else {
            n.putNull(field);
        }
    }

    private static void putText(ObjectNode n, String field, Optional<String> v) {
        if (v.isPresent()) {
            n.put(field, v.get());
        } else {
            n.putNull(field);
        }
    }

    private static void putDate(ObjectNode n, String field, Optional<LocalDate> d) {
        if (d.isPresent()) {
            n.put(field, d.get().toString());
        } else {
            n.putNull(field);
        }
    }
}
