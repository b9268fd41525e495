package uk.interchange.app.roadworks.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.interchange.app.roadworks.store.NewWork;
import uk.interchange.app.roadworks.store.StoredWork;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.roadworks.bulletin.BulletinReader;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.model.WorkStatus;

/**
 * Reading a bulletin into works: a preview that stores nothing, then a confirmation that stores the works the
 * planner kept. Each work is keyed by its own words (see {@link #key}), so the same bulletin imported twice adds
 * nothing the second time, even when a sentence elsewhere was corrected in between.
 */
@Service
public class BulletinImports {
    private final WorkStore store;
    private final Clock clock;

    public BulletinImports(WorkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ReadResult preview(String text, Optional<LocalDate> published) {
        return BulletinReader.read(text, new BulletinReader.Options(published, LocalDate.now(clock)));
    }

    /** What a confirmation did: the works it added and those already stored from an earlier import. */
    public record Outcome(List<StoredWork> created, List<StoredWork> alreadyStored) {}

    /** Stores the works read from {@code text}, except those whose ids are in {@code skip}. */
    @Transactional
    public Outcome confirm(
            String authorityId, String text, Optional<LocalDate> published, Set<String> skip, String user) {
        ReadResult read = preview(text, published);
        List<StoredWork> created = new java.util.ArrayList<>();
        List<StoredWork> already = new java.util.ArrayList<>();
        for (Work w : read.works()) {
            if (skip.contains(w.id())) {
                continue;
            }
            String key = key(authorityId, w);
            Optional<StoredWork> existing = store.findByImportKey(key);
            if (existing.isPresent()) {
                already.add(existing.get());
                continue;
            }
            NewWork n =
                    new NewWork(authorityId, w, WorkStatus.CONFIRMED, List.of(), Optional.empty(), Optional.of(key));
            created.add(store.create(
                    n, user, "imported from bulletin: " + read.source().title()));
        }
        return new Outcome(created, already);
    }

    /**
     * A work's import key: its authority, heading and the sentences its restrictions were read from. The same work
     * in the same words has the same key, whatever else in the bulletin changed around it.
     */
    static String key(String authorityId, Work w) {
        StringBuilder sb =
                new StringBuilder(authorityId).append('\n').append(w.heading().strip());
        w.restrictions().forEach(r -> sb.append('\n').append(r.sourceText().strip()));
        return hash(sb.toString());
    }

    public static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
