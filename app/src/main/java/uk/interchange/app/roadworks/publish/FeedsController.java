package uk.interchange.app.roadworks.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.roadworks.store.NoSuchWork;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.app.security.Access;
import uk.interchange.roadworks.model.Road;
import uk.interchange.roadworks.publish.Datex;
import uk.interchange.roadworks.publish.Event;
import uk.interchange.roadworks.publish.FeedWork;
import uk.interchange.roadworks.publish.ICalendar;
import uk.interchange.roadworks.publish.Wzdx;

/** The open-data feeds at stable addresses: WZDx, DATEX II, and iCalendar per road and per work. */
@Controller
public class FeedsController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);
    static final String PUBLISHER = "Interchange roadworks";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FeedSource source;
    /** Rendered bodies for the current snapshot only: cleared when the snapshot changes. */
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    private volatile FeedSource.Snapshot renderedFor;

    public FeedsController(FeedSource source) {
        this.source = source;
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/feeds/wzdx.geojson")
    public ResponseEntity<byte[]> wzdx(WebRequest request) {
        return render(
                        "wzdx",
                        s -> Rendered.of(
                                JSON.writerWithDefaultPrettyPrinter()
                                        .writeValueAsString(wzdxFeed(s).json()),
                                s.lastChange(),
                                GEO_JSON))
                .answer(request);
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/feeds/wzdx/validation")
    public String wzdxValidation(Model model) {
        FeedSource.Snapshot s = source.snapshot();
        Wzdx.Feed feed = wzdxFeed(s);
        model.addAttribute("features", ((List<?>) feed.json().get("features")).size());
        model.addAttribute("omitted", feed.omitted());
        model.addAttribute("works", s.works().size());
        model.addAttribute("generated", s.read());
        return "roadworks/feed-validation";
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/feeds/datex2.xml")
    public ResponseEntity<byte[]> datex(WebRequest request) {
        return render(
                        "datex",
                        s -> Rendered.of(
                                Datex.write("Interchange", s.works(), WorkStore::occurrencesOf, s.read()),
                                s.lastChange(),
                                XML))
                .answer(request);
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/roadworks/roads/{road}/calendar.ics")
    public ResponseEntity<byte[]> roadCalendar(@PathVariable String road, WebRequest request) {
        String key = Road.key(road);
        if (!Road.isKey(key)) {
            throw NoSuchWork.onRoad(road);
        }
        return render("ics-road-" + key, s -> {
                    List<FeedWork> works = s.works().stream()
                            .filter(w -> w.work().restrictions().stream().anyMatch(r -> Road.key(
                                            r.road().isBlank() ? w.work().mainRoad() : r.road())
                                    .equals(key)))
                            .toList();
                    return Rendered.of(
                            ICalendar.write(
                                    "Roadworks on the " + key,
                                    "interchange",
                                    works,
                                    WorkStore::occurrencesOf,
                                    s.from(),
                                    s.to(),
                                    s.lastChange()),
                            s.lastChange(),
                            CALENDAR);
                })
                .answer(request);
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/roadworks/works/{reference}/calendar.ics")
    public ResponseEntity<byte[]> workCalendar(@PathVariable String reference, WebRequest request) {
        FeedWork w = source.byReference(reference).orElseThrow(() -> new NoSuchWork(reference));
        return render(
                        "ics-work-" + w.reference().toUpperCase(Locale.ROOT),
                        s -> Rendered.of(
                                ICalendar.write(
                                        w.reference() + ": " + w.work().heading(),
                                        "interchange",
                                        List.of(w),
                                        WorkStore::occurrencesOf,
                                        s.from(),
                                        s.to(),
                                        s.lastChange()),
                                s.lastChange(),
                                CALENDAR))
                .answer(request);
    }

    /** A snapshot's WZDx feed, built once: the feed and its check page both use it. */
    private record BuiltFeed(FeedSource.Snapshot snapshot, Wzdx.Feed feed) {}

    private volatile BuiltFeed built;

    /** The WZDx feed of a snapshot: one event per restriction, direction and occurrence. */
    private Wzdx.Feed wzdxFeed(FeedSource.Snapshot s) {
        BuiltFeed b = built;
        if (b == null || b.snapshot() != s) {
            List<Event> events = s.works().stream()
                    .flatMap(w -> Event.of(w, WorkStore::occurrencesOf, s.from(), s.to()).stream())
                    .toList();
            b = new BuiltFeed(s, Wzdx.build(PUBLISHER, s.works(), events, s.read()));
            built = b;
        }
        return b.feed();
    }

    private Rendered render(String key, java.util.function.Function<FeedSource.Snapshot, Rendered> make) {
        FeedSource.Snapshot s = source.snapshot();
        if (renderedFor != s) {
            rendered.clear();
            renderedFor = s;
        }
        return rendered.computeIfAbsent(key, k -> make.apply(s));
    }
}
