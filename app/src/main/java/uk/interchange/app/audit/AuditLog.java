package uk.interchange.app.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit entries. An entry is written in the caller's own transaction, on the caller's own connection: it
 * commits with the action it records, and an action rolled back (or a server killed before the commit) leaves no
 * entry. Outside a transaction the entry commits on its own before {@link #append} returns, so a look-up is logged
 * before its answer is given. Committed entries are numbered, hash-chained and put under signed tree heads by
 * {@link AuditWriter}, within milliseconds; until then they wait in audit.pending, where they are as durable as the
 * action. Text that cannot go into the log is refused first ({@link AuditText}), so one caller's bad entry never
 * fails another's.
 */
public final class AuditLog implements AutoCloseable {
    /** Entries of one transaction are sent to the database in batches of this many (an import makes thousands). */
    private static final int FLUSH_EVERY = 500;

    private final PendingEntries pending;
    private final Clock clock;
    private final EntryMac mac;
    private final AuditWriter writer;
    private volatile boolean open = true;

    public AuditLog(
            AuditStore store,
            PendingEntries pending,
            TransactionTemplate tx,
            HeadSigner signer,
            Clock clock,
            HeadFile heads,
            HeadWitness witness) {
        this.pending = pending;
        this.clock = clock;
        store.trust(signer.keyId(), signer.publicKey());
        this.mac = EntryMac.of(signer);
        this.writer = new AuditWriter(store, pending, tx, signer, mac, clock, heads, witness);
    }

    /**
     * Writes one entry: inside the caller's transaction if there is one (it commits with it), else committed now.
     * Refused (400, naming the field) when its text cannot be kept; {@link AuditUnavailable} when it cannot be
     * written, so the action that needed it does not go ahead.
     */
    public void append(AuditRecord record) {
        if (!open) {
            throw new AuditUnavailable("the audit log is closed");
        }
        AuditText.check(record);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PendingEntries.Pending p = new PendingEntries.Pending(0, at, record, mac.pending(at, record));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                // the entry would be refused at the commit, after the reading it records had been done
                throw new IllegalStateException("an audit entry cannot be written inside a read-only transaction");
            }
            staged().add(p);
            return;
        }
        write(List.of(p));
        writer.wake();
    }

    private void write(List<PendingEntries.Pending> entries) {
        try {
            pending.insert(entries);
        } catch (DataAccessException e) {
            throw new AuditUnavailable("the audit log could not be written: " + e.getMessage());
        }
    }

    /**
     * This transaction's staged entries. They are kept in the transaction's own synchronizations, which Spring
     * suspends and resumes with the transaction, so a transaction begun inside another (REQUIRES_NEW) stages its
     * entries apart and commits them with itself.
     */
    private Staged staged() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Staged mine && mine.log() == this) {
                return mine;
            }
        }
        Staged made = new Staged();
        TransactionSynchronizationManager.registerSynchronization(made);
        return made;
    }

    /** One transaction's entries, sent with it and committed with it. */
    private final class Staged implements TransactionSynchronization {
        private final List<PendingEntries.Pending> entries = new ArrayList<>();

        AuditLog log() {
            return AuditLog.this;
        }

        void add(PendingEntries.Pending p) {
            entries.add(p);
            if (entries.size() >= FLUSH_EVERY) {
                send();
            }
        }

        private void send() {
            if (!entries.isEmpty()) {
                write(List.copyOf(entries));
                entries.clear();
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            send();
        }

        @Override
        public void afterCommit() {
            writer.wake();
        }
    }

    /** Why committed entries are not being chained now (the log was changed, the head file cannot be written). */
    public Optional<String> problem() {
        return writer.problem();
    }

    /** How many entries the log holds (chained; entries still pending are not counted). */
    public long size() {
        return writer.size();
    }

    /**
     * Waits until every entry committed before this call is chained into the log; false if that took longer than
     * the timeout. For tests and benchmarks: no request needs to wait for it.
     */
    public boolean awaitChained(Duration timeout) throws InterruptedException {
        return writer.awaitChained(timeout);
    }

    /** Stops taking entries; the writer chains what has been committed and signs a last head. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        writer.close();
    }
}
