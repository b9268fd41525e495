package uk.interchange.app.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An entry's leaf hash: SHA-256 over 0x00 and the entry's fields in one fixed, length-prefixed encoding, with the
 * previous entry's leaf hash among them (RFC 6962 leaf hashing; the chain makes an edit name its own entry).
 */
public final class Leaf {
    /** The hash that the first entry is chained to. */
    public static final byte[] NONE = new byte[32];

    private static final int VERSION = 1;

    private Leaf() {}

    public static byte[] hash(long seq, Instant at, AuditRecord r, byte[] previous) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(seq);
            out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, at));
            text(out, r.actor());
            text(out, r.organisation());
            text(out, r.action().code());
            text(out, r.recordKind());
            text(out, r.recordId());
            text(out, r.reason());
            optional(out, r.caseReference());
            optional(out, r.disclosedTo());
            out.write(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        return sha.digest(bytes.toByteArray());
    }

    /** An interior node of the tree: SHA-256 over 0x01, left and right (RFC 6962). */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(left);
        return sha.digest(right);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void optional(DataOutputStream out, Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            text(out, s.get());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
