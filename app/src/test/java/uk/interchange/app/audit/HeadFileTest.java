package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heads kept outside the database: one line a head, read back whole, a line cut short by a crash left out. */
class HeadFileTest {
    static final HeadSigner SIGNER = HeadSigner.generate();

    static TreeHead head(long size) {
        return SIGNER.sign(
                size, Leaf.sha256().digest(new byte[] {(byte) size}), Instant.parse("2026-12-03T10:15:30.123456Z"));
    }

    @Test
    void headsAreReadBackAsTheyWereWrittenAndTheNewestIsTheLast(@TempDir Path dir) {
        HeadFile f = HeadFile.at(dir.resolve("signing-key.heads"));
        assertThat(f.latest()).isEmpty();
        for (long s = 1; s <= 40; s++) {
            f.append(head(s));
        }
        assertThat(f.read()).hasSize(40);
        TreeHead last = f.latest().orElseThrow();
        assertThat(last.size()).isEqualTo(40);
        assertThat(last.root()).isEqualTo(head(40).root());
        assertThat(last.signedAt()).isEqualTo(head(40).signedAt());
        assertThat(HeadSigner.verify(last, SIGNER.publicKey())).isTrue();
    }

    @Test
    void aLineCutShortByACrashIsLeftOutAndCutOffBeforeTheNextHead(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("heads");
        HeadFile f = HeadFile.at(p);
        f.append(head(5));
        String whole = HeadFile.line(head(9));
        Files.writeString(p, whole.substring(0, 60), StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        assertThat(f.latest().orElseThrow().size()).isEqualTo(5);
        assertThat(f.read()).extracting(TreeHead::size).containsExactly(5L);
        f.append(head(12));
        assertThat(f.read()).extracting(TreeHead::size).containsExactly(5L, 12L);
        assertThat(Files.readString(p)).isEqualTo(HeadFile.line(head(5)) + "\n" + HeadFile.line(head(12)) + "\n");
    }

    @Test
    void aLineThatIsNotAHeadIsRefusedWithItsNumber(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("heads");
        Files.writeString(p, HeadFile.line(head(3)) + "\nsomething else\n" + HeadFile.line(head(4)) + "\n");
        assertThatThrownBy(() -> HeadFile.at(p).read())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("not a tree head line");
        assertThatThrownBy(() -> HeadFile.parse(HeadFile.line(head(3)).replace("size=3", "size=three")))
                .hasMessageContaining("cannot be read");
    }
}
