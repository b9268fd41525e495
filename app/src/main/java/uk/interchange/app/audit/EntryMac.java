package uk.interchange.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 over each entry this server writes, keyed from the signing key (a file outside the database), so
 * that a row someone put into audit.pending or audit.entry with SQL alone is told apart from the server's own: the
 * writer chains only pending rows that carry a valid MAC, and before appending the server adopts only entries after
 * its newest head that carry one. Without the key file a valid MAC cannot be made.
 */
public final class EntryMac {
    private static final byte[] CONTEXT = "interchange audit entry mac v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    private EntryMac(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The MAC key of this signer: SHA-256 of a fixed context and the private key, never stored. */
    public static EntryMac of(HeadSigner signer) {
        MessageDigest sha = Leaf.sha256();
        sha.update(CONTEXT);
        return new EntryMac(sha.digest(signer.privateKey()));
    }

    /** The MAC of an entry waiting to be numbered: its time and its record (the leaf encoding, no number yet). */
    public byte[] pending(Instant at, AuditRecord record) {
        return mac(Leaf.hash(0, at.truncatedTo(ChronoUnit.MICROS), record, Leaf.NONE));
    }

    /** The MAC of a numbered entry: its leaf hash, which covers its number, time, record and link. */
    public byte[] entry(byte[] leaf) {
        return mac(leaf);
    }

    public boolean validPending(Instant at, AuditRecord record, byte[] mac) {
        return mac != null && MessageDigest.isEqual(pending(at, record), mac);
    }

    public boolean validEntry(byte[] leaf, byte[] mac) {
        return mac != null && MessageDigest.isEqual(entry(leaf), mac);
    }

    private byte[] mac(byte[] message) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "EntryMac[key not shown]";
    }
}
