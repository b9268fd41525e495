package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.interchange.roadworks.check.Agreement;
import uk.interchange.roadworks.check.Expected;

/** Each regional house style, read and compared occurrence by occurrence with answers worked out by hand. */
class RegionalBulletinsTest {

    /** Every bulletin in src/test/resources/bulletins that has a hand-made answer beside it. */
    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bulletins"))) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".expected"))
                    .map(n -> n.substring(0, n.length() - ".expected".length()))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    static ReadResult read(String name) throws IOException {
        try (InputStream in = RegionalBulletinsTest.class.getResourceAsStream("/bulletins/" + name + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return BulletinReader.read(
                    text, new BulletinReader.Options(java.util.Optional.empty(), LocalDate.of(2000, 1, 1)));
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyOccurrenceMatchesTheHandMadeAnswer(String name) throws IOException {
        ReadResult r = read(name);
        Expected.Answer want = Expected.load("/bulletins/" + name + ".expected");
        Agreement a = Agreement.of(want.occurrences(), Agreement.occurrences(r));
        assertThat(a.missing()).as("occurrences the reader missed").isEmpty();
        assertThat(a.extra()).as("occurrences the reader made up").isEmpty();
        assertThat(Agreement.openEnded(r)).containsExactlyInAnyOrderElementsOf(want.open());
    }
}
