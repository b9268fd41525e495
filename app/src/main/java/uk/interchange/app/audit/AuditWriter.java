package uk.interchange.app.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one thread that numbers and chains committed entries into the log: it takes what waits in audit.pending in
 * one transaction (up to {@link #BATCH} at a time), appends it to the hash chain and the Merkle tree, and deletes it
 * from pending, so an entry is moved whole or not at all. Nobody waits for it while holding a connection: callers
 * have committed their entries already. A tree head is signed at most once a second ({@link #HEAD_EVERY}) and
 * whenever the log falls quiet; each head is then written to the head file and sent to the witness.
 */
final class AuditWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final int BATCH = 2_000;
    private static final long IDLE_MILLIS = 200;
    private static final long CLOSE_SECONDS = 5;
    /** The longest a chained entry waits for a signed head while the log is busy. */
    static final Duration HEAD_EVERY = Duration.ofSeconds(1);

    private final AuditStore store;
    private final PendingEntries pending;
    private final TransactionTemplate tx;
    private final HeadSigner signer;
    private final EntryMac mac;
    private final Clock clock;
    private final HeadFile file;
    private final HeadWitness witness;
    private final Object signal = new Object();
    private final Thread thread;
    private volatile boolean open = true;
    private boolean woken;
    private long rounds;
    private MerkleFrontier tree;
    private byte[] last;
    private long signedSize;
    private Instant signedAt;
    /** A head committed to the database but not yet to the head file: nothing more is chained until it is. */
    private Optional<TreeHead> unkept = Optional.empty();
    /** Why the writer is not chaining, while it is not; the auditors' page says so. */
    private volatile Optional<String> problem = Optional.empty();

    private final java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();

    /** Another server appended to the same log: its end is read and checked again. */
    private static final class OtherWriter extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    AuditWriter(
            AuditStore store,
            PendingEntries pending,
            TransactionTemplate tx,
            HeadSigner signer,
            EntryMac mac,
            Clock clock,
            HeadFile file,
            HeadWitness witness) {
        this.store = store;
        this.pending = pending;
        this.tx = tx;
        this.signer = signer;
        this.mac = mac;
        this.clock = clock;
        this.file = file;
        this.witness = witness;
        load();
        this.thread = Thread.ofPlatform().name("audit-writer").daemon().start(this::run);
    }

    private void load() {
        LogStart.End end = LogStart.check(store, file, signer, mac);
        synchronized (this) {
            tree = end.tree();
        }
        last = end.lastLeaf();
        signedSize = end.signedSize();
        signedAt = end.signedAt();
    }

    synchronized long size() {
        return tree.size();
    }

    /** Why entries are not being chained now, if they are not. */
    Optional<String> problem() {
        return problem;
    }

    /** Something was committed to pending: chain it soon. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Waits until every entry committed before the call is chained (for tests and benchmarks). */
    boolean awaitChained(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            long target = rounds + 2; // the round under way may have begun before the caller's commit
            woken = true;
            signal.notifyAll();
            while (rounds < target || problem.isPresent()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                signal.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private void run() {
        while (open) {
            try {
                boolean idle;
                synchronized (signal) {
                    if (!woken) {
                        signal.wait(IDLE_MILLIS);
                    }
                    idle = !woken; // nothing was committed for a while: a head now covers what came before
                    woken = false;
                }
                drain(idle);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (AuditLogRefused e) {
                problem = Optional.of(e.getMessage());
                log.error(
                        "The audit log was changed under the server; entries stay in audit.pending: {}",
                        e.getMessage());
                pause();
            } catch (RuntimeException e) {
                problem = Optional.of("entries could not be chained: " + e.getMessage());
                log.error("Could not chain audit entries; they stay in audit.pending and will be tried again", e);
                pause();
            }
            synchronized (signal) {
                rounds++;
                signal.notifyAll();
            }
        }
        try {
            drain(true);
        } catch (RuntimeException e) {
            log.warn(
                    "Audit entries left in audit.pending at shutdown are chained at the next start: {}",
                    e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Chains everything pending, then signs a head over it if the log has fallen quiet. */
    private void drain(boolean quiet) {
        try {
            if (!keepUnkept()) {
                return;
            }
            while (chainBatch() == BATCH) {
                // a full batch: there may be more
            }
            if (quiet && size() > signedSize) {
                signQuiet();
            }
            if (unkept.isEmpty()) {
                problem = Optional.empty();
            }
        } catch (OtherWriter e) {
            log.warn("Another server appended to the audit log; reading its end again");
            load();
        }
    }

    /**
     * Writes a head that the head file missed; false while it still cannot be written. Entries are not chained
     * meanwhile (they wait, committed, in audit.pending): a head the file does not hold would let the log be cut
     * back to the file's newest head without trace.
     */
    private boolean keepUnkept() {
        if (unkept.isEmpty()) {
            return true;
        }
        try {
            file.append(unkept.get());
            unkept = Optional.empty();
            return true;
        } catch (RuntimeException e) {
            problem = Optional.of("the signed head over " + unkept.get().size() + " entries cannot be written to "
                    + file.path() + " (" + e.getMessage() + "); entries wait in audit.pending until it can");
            return false;
        }
    }

    private int chainBatch() {
        List<AuditEntry> entries = new ArrayList<>();
        MerkleFrontier next = tree.copy();
        byte[][] previous = {last};
        int[] took = {0};
        Instant now = clock.instant();
        Optional<TreeHead> head = tx.execute(s -> {
            pending.lockForWriting();
            if (store.lastSeq() != next.size()) {
                throw new OtherWriter();
            }
            List<PendingEntries.Pending> taken = pending.take(BATCH);
            took[0] = taken.size();
            if (taken.isEmpty()) {
                return Optional.<TreeHead>empty();
            }
            List<PendingEntries.Pending> forged = taken.stream()
                    .filter(p -> !mac.validPending(p.at(), p.record(), p.mac()))
                    .toList();
            Set<Long> refusedIds =
                    forged.stream().map(PendingEntries.Pending::id).collect(Collectors.toSet());
            if (!forged.isEmpty()) {
                pending.refuse(forged, "no valid MAC: not written by this server's audit log");
                refused.addAndGet(forged.size());
                log.error(
                        "{} row(s) in audit.pending without a valid MAC were moved to audit.refused, not chained:"
                                + " someone wrote them with SQL",
                        forged.size());
            }
            for (PendingEntries.Pending p : taken) {
                if (refusedIds.contains(p.id())) {
                    continue;
                }
                AuditEntry e = AuditEntry.write(next.size() + 1, p.at(), p.record(), previous[0]);
                entries.add(e);
                next.append(e.leaf());
                previous[0] = e.leaf();
            }
            store.insert(entries, mac);
            pending.delete(
                    taken.stream().filter(p -> !refusedIds.contains(p.id())).toList());
            Optional<TreeHead> h = Duration.between(signedAt, now).compareTo(HEAD_EVERY) >= 0
                    ? Optional.of(signer.sign(next.size(), next.root(), now))
                    : Optional.empty();
            h.ifPresent(x -> store.insert(x, next));
            return h;
        });
        if (!entries.isEmpty()) {
            synchronized (this) {
                tree = next;
            }
            last = previous[0];
        }
        head.ifPresent(this::signed);
        return took[0]; // rows taken, chained or refused: a full batch means there may be more
    }

    private void signQuiet() {
        MerkleFrontier at = tree.copy();
        TreeHead h = signer.sign(at.size(), at.root(), clock.instant());
        tx.executeWithoutResult(s -> {
            pending.lockForWriting();
            if (store.lastSeq() != at.size()) {
                throw new OtherWriter();
            }
            store.insert(h, at);
        });
        signed(h);
    }

    /** A head is committed: it goes outside the database too. */
    private void signed(TreeHead h) {
        signedSize = h.size();
        signedAt = h.signedAt();
        try {
            file.append(h);
        } catch (RuntimeException e) {
            log.error(
                    "The signed tree head over {} entries could not be written to {}; it is in the database and"
                            + " will be written at the next start",
                    h.size(),
                    file.path(),
                    e);
        }
        witness.send(h);
    }

    /** Chains what is pending and signs a last head (for a few seconds at most), then stops. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        wake();
        thread.join(CLOSE_SECONDS * 1_000);
        witness.close();
    }
}
