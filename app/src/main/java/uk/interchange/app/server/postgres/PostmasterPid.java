package uk.interchange.app.server.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL's lock file {@code postmaster.pid} says while a server runs on a folder (and still says after
 * one was killed): the postmaster's process id on the first line, the port on the fourth.
 */
public record PostmasterPid(Path file, long pid, int port) {
    public static Path in(Path folder) {
        return folder.resolve("postmaster.pid");
    }

    /** The lock file in {@code folder}, if there is one that can be read. */
    public static Optional<PostmasterPid> read(Path folder) throws IOException {
        Path file = in(folder);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            // PostgreSQL writes the file in steps while it starts; a file cut short names no port yet
            return lines.isEmpty() ? Optional.empty() : pidOnly(file, lines.get(0));
        }
        try {
            return Optional.of(new PostmasterPid(
                    file,
                    Long.parseLong(lines.get(0).strip()),
                    Integer.parseInt(lines.get(3).strip())));
        } catch (NumberFormatException e) {
            return pidOnly(file, lines.get(0));
        }
    }

    private static Optional<PostmasterPid> pidOnly(Path file, String line) {
        try {
            return Optional.of(new PostmasterPid(file, Long.parseLong(line.strip()), 0));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
