package uk.interchange.app.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every command makes of the files and options it is given, each refusal saying what to do. */
final class CliFiles {
    /** The user's own mistake: a message and exit status 2. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message);
        }
    }

    private CliFiles() {}

    static Path readable(Path file) throws Bad {
        if (Files.isDirectory(file)) {
            throw new Bad(file + " is a folder, not a file");
        }
        if (!Files.isReadable(file)) {
            throw new Bad(file + (Files.exists(file) ? " cannot be read" : " does not exist"));
        }
        return file;
    }

    /** A reader that refuses bytes not in the encoding (instead of quietly replacing them). */
    static java.io.Reader strictReader(Path file, Charset charset) throws java.io.IOException {
        var decoder = charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        return new java.io.InputStreamReader(Files.newInputStream(file), decoder);
    }

    static Charset charset(String name) throws Bad {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Bad("--encoding " + name + " is not an encoding this Java knows (try UTF-8 or windows-1252)");
        }
    }
}
