package uk.interchange.app.partnership.response;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request body read through SHA-256, so that an import knows which bytes it stored. Closing it does not close the
 * body (the CSV reader closes what it reads, and the rest must still be read for the hash); its owner closes that.
 */
final class Sha256Input extends FilterInputStream {
    private final MessageDigest digest;
    private String hex;

    private Sha256Input(InputStream body, MessageDigest digest) {
        super(new DigestInputStream(body, digest));
        this.digest = digest;
    }

    static Sha256Input of(InputStream body) {
        try {
            return new Sha256Input(body, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Reads what is left, so the hash covers the whole body. */
    void drain() {
        try {
            transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hash of every byte read, in lower-case hex: ask after {@link #drain}, when every byte has been read. */
    String sha256() {
        if (hex == null) {
            hex = HexFormat.of().formatHex(digest.digest());
        }
        return hex;
    }

    @Override
    public void close() {
        // the body belongs to the caller
    }
}
