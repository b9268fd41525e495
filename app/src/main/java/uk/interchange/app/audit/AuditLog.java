package uk.interchange.app.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit entries. A caller waits until its entry is committed: an action that must be logged does not go
 * ahead unlogged. One writer thread takes whatever has queued, numbers and chains it, writes it with a newly signed
 * tree head in one transaction and then answers every waiting caller (group commit), so many callers share one
 * commit. One server appends to a database: a second one would collide on the entry numbers, and its writes
 * would be refused (and its actions with them), never interleaved.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int BATCH = 2_000;
    private static final long WAIT_SECONDS = 30;

    private record Pending(AuditRecord record, CompletableFuture<AuditEntry> done) {}

    private final AuditStore store;
    private final TransactionTemplate tx;
    private final HeadSigner signer;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;
    private MerkleFrontier tree;
    private byte[] last;

    public AuditLog(AuditStore store, TransactionTemplate tx, HeadSigner signer, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.signer = signer;
        this.clock = clock;
        store.trust(signer.keyId(), signer.publicKey());
        AuditStore.End end = store.end();
        this.tree = end.tree();
        this.last = end.lastLeaf();
        this.writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::write);
    }

    /** Writes one entry and returns it once it is committed; fails if it could not be written. */
    public AuditEntry append(AuditRecord record) {
        if (!open) {
            throw new AuditUnavailable("the audit log is closed");
        }
        Pending p = new Pending(record, new CompletableFuture<>());
        queue.add(p);
        try {
            return p.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailable("interrupted while writing to the audit log");
        } catch (ExecutionException | TimeoutException e) {
            throw new AuditUnavailable("the audit log could not be written: " + e.getMessage());
        }
    }

    /** How many entries the log holds. */
    public long size() {
        synchronized (this) {
            return tree.size();
        }
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        MerkleFrontier next = tree.copy();
        byte[] previous = last;
        List<AuditEntry> entries = new ArrayList<>(batch.size());
        var now = clock.instant();
        for (Pending p : batch) {
            AuditEntry e = AuditEntry.write(next.size() + 1, now, p.record(), previous);
            entries.add(e);
            next.append(e.leaf());
            previous = e.leaf();
        }
        TreeHead head = signer.sign(next.size(), next.root(), now);
        try {
            tx.executeWithoutResult(s -> {
                store.insert(entries);
                store.insert(head, next);
            });
        } catch (RuntimeException e) {
            log.error("Could not write {} audit entries; the actions that needed them are refused", batch.size(), e);
            batch.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        synchronized (this) {
            tree = next;
        }
        last = previous;
        for (int k = 0; k < batch.size(); k++) {
            batch.get(k).done().complete(entries.get(k));
        }
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }
}
