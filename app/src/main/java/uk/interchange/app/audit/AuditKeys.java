package uk.interchange.app.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

/**
 * The key that signs tree heads: read from a file outside the database (so that someone who can change the
 * database cannot re-sign a rewritten log), made on first use. The public half is written beside it, for auditors
 * to keep elsewhere and give to {@code audit verify --public-key}.
 */
public final class AuditKeys {
    private AuditKeys() {}

    /** The signer in {@code file}, made (private key readable by its owner only) if the file does not exist. */
    public static HeadSigner load(Path file) {
        try {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
                if (lines.size() < 2) {
                    throw new IllegalStateException("the audit signing key file " + file
                            + " should hold two lines (private and public key, base64)");
                }
                return HeadSigner.of(
                        Base64.getDecoder().decode(lines.get(0).strip()),
                        Base64.getDecoder().decode(lines.get(1).strip()));
            }
            HeadSigner made = HeadSigner.generate();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions have to do
            }
            Files.writeString(
                    file,
                    Base64.getEncoder().encodeToString(made.privateKey()) + "\n"
                            + Base64.getEncoder().encodeToString(made.publicKey()) + "\n",
                    StandardCharsets.US_ASCII);
            Files.writeString(
                    publicFile(file),
                    Base64.getEncoder().encodeToString(made.publicKey()) + "\n",
                    StandardCharsets.US_ASCII);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the audit signing key " + file, e);
        }
    }

    /** Where the public half is written. */
    public static Path publicFile(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    }

    /** A public key written by {@link #load}, as X.509 bytes. */
    public static byte[] readPublic(Path file) {
        try {
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the public key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key file " + file + " is not base64", e);
        }
    }
}
