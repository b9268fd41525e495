package uk.interchange.app.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * ahead unlogged. One writer thread takes whatever has queued, numbers and chains it, writes it in one transaction
 * and then answers every waiting caller (group commit), so many callers share one commit. A tree head is signed
 * at most once a second ({@link #HEAD_EVERY}) and whenever the log falls quiet or closes: signing and checking an
 * Ed25519 signature costs about half a millisecond here, and a head per commit would make verifying a log of a
 * million entries take longer than reading it. Entries not yet under a head are held by the hash chain. One server appends to a database: a second one would collide on the entry numbers, and its writes
 * would be refused (and its actions with them), never interleaved.
 */
public final class AuditLog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int BATCH = 2_000;
    private static final long WAIT_SECONDS = 30;
    private static final long CLOSE_SECONDS = 5;
    /** The longest a committed entry waits for a signed head while the log is busy. */
    public static final Duration HEAD_EVERY = Duration.ofSeconds(1);

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
    private long signedSize;
    private Instant signedAt = Instant.EPOCH;

    public AuditLog(AuditStore store, TransactionTemplate tx, HeadSigner signer, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.signer = signer;
        this.clock = clock;
        store.trust(signer.keyId(), signer.publicKey());
        AuditStore.End end = store.end();
        this.tree = end.tree();
        this.last = end.lastLeaf();
        this.signedSize = end.signedSize();
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
                    signIfBehind(); // the log is quiet: put what is there under a head now
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Could not sign an audit tree head; will try again", e);
            } finally {
                batch.clear();
            }
        }
        signIfBehind();
    }

    private void commit(List<Pending> batch) {
        MerkleFrontier next = tree.copy();
        byte[] previous = last;
        List<AuditEntry> entries = new ArrayList<>(batch.size());
        Instant now = clock.instant();
        for (Pending p : batch) {
            AuditEntry e = AuditEntry.write(next.size() + 1, now, p.record(), previous);
            entries.add(e);
            next.append(e.leaf());
            previous = e.leaf();
        }
        Optional<TreeHead> head = Duration.between(signedAt, now).compareTo(HEAD_EVERY) >= 0
                ? Optional.of(signer.sign(next.size(), next.root(), now))
                : Optional.empty();
        try {
            tx.executeWithoutResult(s -> {
                store.insert(entries);
                head.ifPresent(h -> store.insert(h, next));
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
        head.ifPresent(this::signed);
        for (int k = 0; k < batch.size(); k++) {
            batch.get(k).done().complete(entries.get(k));
        }
    }

    /** Signs a head over every committed entry, if some are not under one yet. */
    private void signIfBehind() {
        if (tree.size() == signedSize) {
            return;
        }
        TreeHead h = signer.sign(tree.size(), tree.root(), clock.instant());
        MerkleFrontier at = tree.copy();
        tx.executeWithoutResult(s -> store.insert(h, at));
        signed(h);
    }

    private void signed(TreeHead h) {
        signedSize = h.size();
        signedAt = h.signedAt();
    }

    /**
     * Stops taking entries, lets the writer finish what is queued and sign a last head. The wait is short: at JVM
     * exit the embedded database may already be stopping, and entries left unsigned are still on the chain; the
     * next start signs them.
     */
    @Override
    public void close() throws InterruptedException {
        open = false;
        writer.join(TimeUnit.SECONDS.toMillis(CLOSE_SECONDS));
    }
}
