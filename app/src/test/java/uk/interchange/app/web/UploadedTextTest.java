package uk.interchange.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** An upload's bytes as text: UTF-8, or Windows-1252 with a note naming the line, never a silent replacement. */
class UploadedTextTest {
    @Test
    void windows1252IsReadAsItWasWrittenAndTheNoteNamesTheFirstLineThatIsNotUtf8() throws Exception {
        byte[] bytes = "kind,name\ncompany,Café Ltd\nperson,José £5\n".getBytes(Charset.forName("windows-1252"));
        UploadedText.Read read = UploadedText.decode(bytes);
        assertThat(read.text()).isEqualTo("kind,name\ncompany,Café Ltd\nperson,José £5\n");
        assertThat(read.note()).hasValueSatisfying(n -> assertThat(n)
                .startsWith("Line 2 is not UTF-8, so the file was read as Windows-1252"));
    }

    @Test
    void bytesThatAreNeitherAreRefusedNamingTheLine() {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0x81, 'c'};
        assertThatThrownBy(() -> UploadedText.decode(bytes))
                .isInstanceOf(UploadedText.NotText.class)
                .hasMessageStartingWith("is not text: line 3 is neither UTF-8 nor Windows-1252");
    }

    /** Any text written as UTF-8 is read back as it was, with no note. */
    @Property(tries = 300)
    void utf8IsReadAsItIs(@ForAll String text) throws Exception {
        // a lone surrogate cannot be written as UTF-8 at all; what can be is read back unchanged
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String written = new String(bytes, StandardCharsets.UTF_8);
        UploadedText.Read read = UploadedText.decode(bytes);
        assertThat(read.text()).isEqualTo(written);
        assertThat(read.note()).isEmpty();
    }
}
