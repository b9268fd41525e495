package uk.interchange.app.server.postgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock the embedded PostgreSQL library holds on {@code epg-lock} in the database's folder for as long as a
 * server (or a command) uses it. The operating system drops it when that process ends, however it ends, so a lock
 * that can be taken means that whatever still runs on the folder has lost its owner.
 */
public final class DataFolderLock {
    private DataFolderLock() {}

    /** True when another process (or another start in this one) holds the folder. */
    public static boolean heldElsewhere(Path folder) throws IOException {
        Path lock = folder.resolve("epg-lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                FileLock held = channel.tryLock()) {
            return held == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
