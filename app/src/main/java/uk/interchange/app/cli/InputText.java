package uk.interchange.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a text file for a command, refusing what is not text with a message that says why: missing, a folder, too
 * large, binary. Text that is not valid UTF-8 is read as Windows-1252 (what office software saves) with a note.
 */
public final class InputText {
    /** Larger than any real bulletin by far; a bigger file is a mistake, not a bulletin. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * @param note set when the text needed a second reading (not UTF-8)
     */
    public record Read(String text, Optional<String> note) {}

    /** A problem with the input that the user must fix. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private InputText() {}

    public static Read read(Path file) throws Refused {
        if (Files.isDirectory(file)) {
            throw new Refused(file + " is a folder, not a file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new Refused(file + " does not exist");
        } catch (IOException e) {
            throw new Refused("cannot read " + file + ": " + e.getMessage());
        }
        if (size > MAX_BYTES) {
            throw new Refused(String.format("%s is %,d bytes; the limit is %,d bytes (64 MiB)", file, size, MAX_BYTES));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new Refused("cannot read " + file + ": " + e.getMessage());
        }
        return decode(bytes, file.toString());
    }

    public static Read decode(byte[] bytes, String name) throws Refused {
        if (bytes.length == 0) {
            throw new Refused(name + " is empty");
        }
        int controls = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new Refused(name + " is not text (it holds a zero byte at offset " + i + "); give a text file");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > sample / 20) {
            throw new Refused(name + " is not text (too many control characters); give a text file");
        }
        try {
            return new Read(strict(bytes, StandardCharsets.UTF_8), Optional.empty());
        } catch (MalformedInputException e) {
            int offset = firstBadOffset(bytes);
            String fallback = new String(bytes, Charset.forName("windows-1252"));
            return new Read(
                    fallback,
                    Optional.of("not valid UTF-8 (first bad byte at offset " + offset + "); read as Windows-1252"));
        } catch (CharacterCodingException e) {
            throw new Refused(name + " could not be decoded: " + e.getMessage());
        }
    }

    private static String strict(byte[] bytes, Charset cs) throws CharacterCodingException {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int firstBadOffset(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var r = d.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }
}
