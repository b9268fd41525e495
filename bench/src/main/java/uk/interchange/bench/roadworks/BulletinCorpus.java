package uk.interchange.bench.roadworks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Bulletin text for measuring: the project's four regional fixtures, repeated to the size asked for. */
final class BulletinCorpus {
    static final List<String> FIXTURES = List.of(
            "south-east",
            "east",
            "midlands",
            "north-west",
            "north-east",
            "south-west",
            "east-midlands",
            "north-west-2016");

    private BulletinCorpus() {}

    static String fixture(String name) {
        try (InputStream in = BulletinCorpus.class.getResourceAsStream("/bulletins/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
