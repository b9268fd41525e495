package uk.interchange.app.server.postgres;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's superuser password: generated once, kept in a file that only its owner may read (mode
 * 600) beside the database's folder, and read by the server and by the commands that open the same database.
 */
public final class DatabasePassword {
    private static final Logger log = LoggerFactory.getLogger(DatabasePassword.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {}

    /** Where the password of the database in {@code dataDir/postgres} is kept. */
    public static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("postgres-password");
    }

    /** The password in {@code file}, if there is one. */
    public static Optional<String> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        ownerOnly(file);
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new IOException("the database password file " + file + " is empty");
        }
        return Optional.of(password);
    }

    /** The password in {@code file}, made and written there first if there is none. */
    public static String readOrCreate(Path file) throws IOException {
        Optional<String> kept = read(file);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        write(file, password);
        log.info("Made a password for the embedded database, kept in {} (readable by its owner only)", file);
        return password;
    }

    /**
     * Written beside its place and moved there, made owner-only before the password is in it, and forced to disk
     * with its folder: a database whose password was lost in a power cut could not be opened again.
     */
    private static void write(Path file, String password) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + file.getFileName() + ".part");
        Files.deleteIfExists(temp);
        try {
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp); // not a POSIX file system: the folder's own permissions have to do
            }
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap((password + "\n").getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // some file systems cannot open a folder to force it; the rename is still atomic
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A password file that others could read is narrowed again, with a warning. */
    private static void ownerOnly(Path file) throws IOException {
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(now)) {
                log.warn(
                        "The database password file {} was readable by others ({}); made it owner-only",
                        file,
                        PosixFilePermissions.toString(now));
                Files.setPosixFilePermissions(file, EnumSet.copyOf(OWNER_ONLY));
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }
}
