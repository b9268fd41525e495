package uk.interchange.roadworks.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.LonLat;
import uk.interchange.roadworks.model.WorkStatus;

/**
 * A WZDx 4.2 WorkZoneFeed: one road event per direction and occurrence. Built as plain maps and lists in the
 * order the specification lists the fields, for the app to write as JSON. Works without a line are left out and
 * listed with the reason (WZDx requires a geometry).
 */
public final class Wzdx {
    public static final String VERSION = "4.2";
    public static final String LICENCE = "https://creativecommons.org/publicdomain/zero/1.0/";

    private Wzdx() {}

    /** A work left out of the feed, and why. */
    public record Omitted(String reference, String reason) {}

    public record Feed(Map<String, Object> json, List<Omitted> omitted) {}

    public static Feed build(String publisher, List<FeedWork> works, List<Event> events, Instant generated) {
        List<Omitted> omitted = new ArrayList<>();
        for (FeedWork w : works) {
            if (w.geometry().isEmpty()) {
                omitted.add(new Omitted(
                        w.reference(),
                        "no line: the work has no recorded coordinates and the junction gazetteer has no position for"
                                + " its junctions"));
            }
        }
        List<Object> features = new ArrayList<>();
        Instant latest = Instant.EPOCH;
        for (Event e : events) {
            if (e.source().geometry().isEmpty()) {
                continue;
            }
            features.add(feature(e));
            latest = e.source().updatedAt().isAfter(latest) ? e.source().updatedAt() : latest;
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("data_source_id", sourceId(publisher));
        source.put("organization_name", publisher);
        source.put("update_date", time(latest.equals(Instant.EPOCH) ? generated : latest));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("publisher", publisher);
        info.put("version", VERSION);
        info.put("license", LICENCE);
        info.put("update_date", time(generated));
        info.put("data_sources", List.of(source));
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("feed_info", info);
        feed.put("type", "FeatureCollection");
        feed.put("features", features);
        return new Feed(feed, omitted);
    }

    static String sourceId(String publisher) {
        return UUID.nameUUIDFromBytes(("interchange-source|" + publisher).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static Map<String, Object> feature(Event e) {
        FeedWork w = e.source();
        Map<String, Object> core = new LinkedHashMap<>();
        core.put("event_type", "work-zone");
        core.put("data_source_id", sourceId(w.authority()));
        core.put(
                "road_names",
                List.of(
                        e.restriction().road().isBlank()
                                ? w.work().mainRoad()
                                : e.restriction().road()));
        core.put("direction", direction(e.direction()));
        core.put("name", w.reference() + "-" + e.seq());
        core.put(
                "description",
                e.summary() + ". "
                        + w.work().purpose().map(p -> "Work: " + p + ".").orElse(""));
        core.put("update_date", time(w.updatedAt()));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("core_details", core);
        p.put("start_date", time(e.when().start()));
        p.put("end_date", time(e.when().end()));
        p.put("is_start_date_verified", false);
        p.put("is_end_date_verified", false);
        p.put("is_start_position_verified", w.geometryRecorded());
        p.put("is_end_position_verified", w.geometryRecorded());
        p.put("location_method", w.geometryRecorded() ? "other" : "junction-method");
        p.put("vehicle_impact", impact(e));
        p.put("event_status", status(w.status(), e));
        e.restriction().speedLimitMph().ifPresent(mph -> p.put("reduced_speed_limit_kph", Math.round(mph * 1.609344)));
        Map<String, Object> geometry = new LinkedHashMap<>();
        List<List<Double>> coords = new ArrayList<>();
        for (LonLat ll : w.geometry()) {
            coords.add(List.of(ll.lon(), ll.lat()));
        }
        geometry.put("type", coords.size() >= 2 ? "LineString" : "MultiPoint");
        geometry.put("coordinates", coords);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", e.id());
        f.put("type", "Feature");
        f.put("properties", p);
        f.put("geometry", geometry);
        return f;
    }

    static String direction(Direction d) {
        return switch (d) {
            case NORTHBOUND -> "northbound";
            case SOUTHBOUND -> "southbound";
            case EASTBOUND -> "eastbound";
            case WESTBOUND -> "westbound";
            // traffic keeps left: the clockwise carriageway of a ring is the outer one
            case CLOCKWISE -> "outer-loop";
            case ANTICLOCKWISE -> "inner-loop";
            case BOTH -> "undefined";
            case UNKNOWN -> "unknown";
        };
    }

    static String impact(Event e) {
        return switch (e.restriction().type()) {
            case CARRIAGEWAY_CLOSURE, SLIP_ROAD_CLOSURE, LINK_ROAD_CLOSURE, TUNNEL_CLOSURE -> "all-lanes-closed";
            case LANE_CLOSURE, HARD_SHOULDER_CLOSURE, CONTRAFLOW -> "some-lanes-closed";
            case NARROW_LANES, SPEED_LIMIT -> "all-lanes-open";
            case TRAFFIC_SIGNALS -> "temporary-traffic-signal";
            case STOP_GO_BOARDS, CONVOY_WORKING -> "alternating-one-way";
            case OTHER -> "unknown";
        };
    }

    static String status(WorkStatus s, Event e) {
        return switch (s) {
            case PROVISIONAL -> "pending";
            case CONFIRMED -> "planned";
            case IN_PROGRESS -> "active";
            case COMPLETED -> "completed";
            case CANCELLED -> "cancelled";
        };
    }

    /** RFC 3339 in UTC to the second, as the examples write it. */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
