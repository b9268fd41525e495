package uk.interchange.app.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A written entry: its place in the log, its time (to the microsecond, as PostgreSQL keeps it), what was recorded,
 * the hash of the entry before it, and its own leaf hash (see {@link Leaf}).
 */
public record AuditEntry(long seq, Instant at, AuditRecord record, byte[] previous, byte[] leaf) {
    public AuditEntry {
        at = at.truncatedTo(ChronoUnit.MICROS);
        previous = previous.clone();
        leaf = leaf.clone();
    }

    @Override
    public byte[] previous() {
        return previous.clone();
    }

    @Override
    public byte[] leaf() {
        return leaf.clone();
    }

    /** Numbers the record, stamps it and chains it to the entry before. */
    public static AuditEntry write(long seq, Instant at, AuditRecord record, byte[] previous) {
        Instant micros = at.truncatedTo(ChronoUnit.MICROS);
        return new AuditEntry(seq, micros, record, previous, Leaf.hash(seq, micros, record, previous));
    }
}
