package uk.interchange.app.roadworks.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.interchange.app.roadworks.store.WorkStore;

/**
 * A road's picture and table for a week, drawn once and kept until any work changes: the busiest roads take the
 * database longest to answer (a motorway's week is thousands of occurrences), and between planners' saves every
 * visitor would be shown the same thing. Whether anything changed is asked on each request
 * ({@link WorkStore#lastChangeRecent()}): a save on this server is seen at once, one on another server sharing the
 * database within a quarter second. At most {@value #MAX_CHARS} characters are kept; the
 * least recently shown go first. A week is kept only when it is asked for a second time: asked once and never again
 * (a visitor paging far ahead), keeping it only pushed out weeks that others ask for and gave the garbage collector
 * old pages to clear (a seventh of the server's time when every request asked for a different week).
 */
@Component
public class RoadViews {
    static final long MAX_CHARS = 48_000_000;
    /** How many weeks asked for once are remembered (only their keys), waiting for a second asking. */
    static final int MAX_SEEN = 100_000;

    /** What the road page shows below its heading. */
    public record View(String svg, String rows, boolean nothing, boolean truncated) {
        long chars() {
            return svg.length() + rows.length() + 64L;
        }
    }

    private record Key(String road, LocalDate first) {}

    private final WorkStore store;
    private final LinkedHashMap<Key, View> kept = new LinkedHashMap<>(1024, 0.75f, true);
    private final LinkedHashMap<Key, Boolean> seenOnce = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
            return size() > MAX_SEEN;
        }
    };
    private Instant asOf = Instant.MIN;
    private long chars;

    public RoadViews(WorkStore store) {
        this.store = store;
    }

    /** The road's view for the week from {@code first}: kept, or drawn by {@code draw} and kept. */
    public View of(String road, LocalDate first, Supplier<View> draw) {
        Instant last = store.lastChangeRecent();
        Key key = new Key(road, first);
        synchronized (this) {
            if (!last.equals(asOf)) {
                kept.clear();
                seenOnce.clear();
                chars = 0;
                asOf = last;
            }
            View v = kept.get(key);
            if (v != null) {
                return v;
            }
        }
        View drawn = draw.get(); // outside the lock: other roads are served meanwhile
        synchronized (this) {
            if (last.equals(asOf) && !kept.containsKey(key)) {
                if (seenOnce.remove(key) == null) {
                    seenOnce.put(key, Boolean.TRUE); // asked for the first time: remembered, not kept
                } else {
                    keep(key, drawn);
                }
            }
        }
        return drawn;
    }

    /** Keeps a view, letting the least recently shown go while more than {@link #MAX_CHARS} are kept. */
    private void keep(Key key, View drawn) {
        kept.put(key, drawn);
        chars += drawn.chars();
        var oldest = kept.entrySet().iterator();
        while (chars > MAX_CHARS && oldest.hasNext()) {
            Map.Entry<Key, View> e = oldest.next();
            chars -= e.getValue().chars();
            oldest.remove();
        }
    }

    /** How many weeks are kept drawn (for tests). */
    synchronized int keptCount() {
        return kept.size();
    }
}
