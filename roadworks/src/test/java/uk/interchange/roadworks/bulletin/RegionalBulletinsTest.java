package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.interchange.roadworks.check.Agreement;
import uk.interchange.roadworks.check.Expected;

/** Each regional house style, read and compared occurrence by occurrence with answers worked out by hand. */
class RegionalBulletinsTest {

    static ReadResult read(String name) throws IOException {
        try (InputStream in = RegionalBulletinsTest.class.getResourceAsStream("/bulletins/" + name + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return BulletinReader.read(
                    text, new BulletinReader.Options(java.util.Optional.empty(), LocalDate.of(2000, 1, 1)));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "south-east",
                "east",
                "midlands",
                "north-west",
                "north-east",
                "south-west",
                "east-midlands",
                "north-west-2016"
            })
    void everyOccurrenceMatchesTheHandMadeAnswer(String name) throws IOException {
        ReadResult r = read(name);
        Expected.Answer want = Expected.load("/bulletins/" + name + ".expected");
        Agreement a = Agreement.of(want.occurrences(), Agreement.occurrences(r));
        assertThat(a.missing()).as("occurrences the reader missed").isEmpty();
        assertThat(a.extra()).as("occurrences the reader made up").isEmpty();
        assertThat(Agreement.openEnded(r)).containsExactlyInAnyOrderElementsOf(want.open());
    }
}
