package uk.interchange.partnership.imports;

import java.util.Optional;

/**
 * Control characters (Unicode category Cc) in a value read from a file: none belongs in a name, a number or a place,
 * and some (NUL above all) cannot be stored at all. Tab and line breaks are allowed where a value may hold lines.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** What is wrong with the value, as "holds a control character (U+0000) at character 4", if anything. */
    public static Optional<String> in(String value, boolean lines) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(lines && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of(String.format(
                        "holds a control character (U+%04X) at character %d", (int) c, value.codePointCount(0, i) + 1));
            }
        }
        return Optional.empty();
    }
}
