package uk.interchange.bench.roadworks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Bulletin text for measuring: the project's regional fixture bulletins (roadworks/src/test/resources/bulletins, read
 * from the project root, or from the folder named by the system property {@code interchange.fixtures}), repeated to
 * the size asked for.
 */
final class BulletinCorpus {
    /** The fixture bulletins that have a hand-made answer beside them, by name. */
    static final List<String> FIXTURES = names();

    private BulletinCorpus() {}

    static Path folder() {
        return Path.of(System.getProperty("interchange.fixtures", "roadworks/src/test/resources/bulletins"));
    }

    private static List<String> names() {
        try (java.util.stream.Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".expected"))
                    .map(n -> n.substring(0, n.length() - ".expected".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot list " + folder().toAbsolutePath()
                            + " (run from the project root, or set -Dinterchange.fixtures to the fixtures folder)",
                    e);
        }
    }

    static String fixture(String name) {
        return read(folder().resolve(name + ".txt"));
    }

    static String answer(String name) {
        return read(folder().resolve(name + ".expected"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read " + p.toAbsolutePath()
                            + " (run from the project root, or set -Dinterchange.fixtures to the fixtures folder)",
                    e);
        }
    }

    /** The fixtures one after another until the text is at least {@code bytes} long. */
    static String ofSize(int bytes) {
        StringBuilder b = new StringBuilder(bytes + 10_000);
        while (b.length() < bytes) {
            for (String f : FIXTURES) {
                b.append(fixture(f)).append("\n\n");
            }
        }
        return b.toString();
    }

    static LocalDate today() {
        return LocalDate.of(2024, 1, 1);
    }
}
