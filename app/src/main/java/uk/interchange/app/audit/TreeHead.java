package uk.interchange.app.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A signed statement that the log's first {@code size} entries have this Merkle root, made at {@code signedAt}. */
public record TreeHead(long size, byte[] root, Instant signedAt, String keyId, byte[] signature) {
    private static final byte[] CONTEXT = "interchange audit tree head v1".getBytes(StandardCharsets.US_ASCII);

    public TreeHead {
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
        root = root.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The bytes that are signed: a fixed context, the size, the time and the root. */
    public static byte[] signed(long size, Instant signedAt, byte[] root) {
        return ByteBuffer.allocate(CONTEXT.length + 16 + root.length)
                .put(CONTEXT)
                .putLong(size)
                .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, signedAt.truncatedTo(ChronoUnit.MICROS)))
                .put(root)
                .array();
    }
}
