package uk.interchange.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An uploaded text file's bytes as text: UTF-8 when they are UTF-8; otherwise Windows-1252 (what Excel and older
 * office software save as "CSV"), with a note the user sees naming the first line that was not UTF-8, never a silent
 * replacement character; refused, with that line, when they are neither.
 */
public final class UploadedText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text, and the note to show when it was not read as UTF-8. */
    public record Read(String text, Optional<String> note) {}

    /** Bytes that are not text in either encoding; the message names the line. */
    public static final class NotText extends Exception {
        private static final long serialVersionUID = 1L;

        NotText(String message) {
            super(message);
        }
    }

    private UploadedText() {}

    public static Read decode(byte[] bytes) throws NotText {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return new Read(strict(StandardCharsets.UTF_8).decode(in).toString(), Optional.empty());
        } catch (CharacterCodingException notUtf8) {
            int line = lineOf(bytes, firstBad(bytes));
            try {
                String text =
                        strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
                return new Read(
                        text,
                        Optional.of("Line " + line + " is not UTF-8, so the file was read as Windows-1252 (as Excel"
                                + " and older office software save text). Check that accented letters and £ signs"
                                + " read as they should; if not, save the file as UTF-8 (\"CSV UTF-8\" in Excel)"
                                + " and upload it again."));
            } catch (CharacterCodingException neither) {
                throw new NotText("is not text: line " + line + " is neither UTF-8 nor Windows-1252; save the file as"
                        + " UTF-8 (\"CSV UTF-8\" in Excel) and upload it again");
            }
        }
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where UTF-8 decoding first fails. */
    private static int firstBad(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = strict(StandardCharsets.UTF_8).decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
