package uk.interchange.app.partnership.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.interchange.partnership.imports.EntityCsv;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/** A checked CSV file stored: its entities, then the links between them and records already held; all or none. */
@Service
public class Imports {
    private final EntityStore entities;
    private final LinkStore links;

    public Imports(EntityStore entities, LinkStore links) {
        this.entities = entities;
        this.links = links;
    }

    /** What was stored. */
    public record Stored(int entities, int links) {}

    /**
     * The kind of a record named "owner/id" in a file, when the viewer may read it; the look-up is logged with the
     * reason. Anything else (not a record, or one they may not read) is empty alike.
     */
    public Optional<String> kindOf(Viewer viewer, String name, String reason) {
        return entities.named(viewer, name, reason, Optional.empty()).map(Found::kind);
    }

    @Transactional
    public Stored store(Viewer viewer, EntityCsv.Reading reading, Sharing sharing, String reason) {
        List<UUID> ids = entities.importAll(viewer, reading.good(), sharing, reason);
        Map<Integer, Found> byLine = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            EntityCsv.Good g = reading.good().get(i);
            byLine.put(g.line(), new Found(sharing.owner(), ids.get(i), g.kind(), g.label()));
        }
        int made = 0;
        for (EntityCsv.LinkRow l : reading.links()) {
            Optional<Found> from = end(viewer, l.from(), reading, byLine, reason);
            Optional<Found> to = end(viewer, l.to(), reading, byLine, reason);
            if (from.isEmpty() || to.isEmpty()) {
                // the preview checked every end; one gone since (erased, or no longer shared) stops the whole import
                throw new IllegalStateException("line " + l.line() + " names a record that is no longer readable");
            }
            links.create(viewer, from.get(), to.get(), l.kind(), l.role(), sharing);
            made++;
        }
        return new Stored(ids.size(), made);
    }

    private Optional<Found> end(
            Viewer viewer, String name, EntityCsv.Reading reading, Map<Integer, Found> byLine, String reason) {
        Integer line = reading.refs().get(name);
        if (line != null) {
            return Optional.ofNullable(byLine.get(line));
        }
        return entities.named(viewer, name, reason, Optional.empty());
    }
}
