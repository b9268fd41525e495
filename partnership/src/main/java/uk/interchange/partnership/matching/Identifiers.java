package uk.interchange.partnership.matching;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.interchange.partnership.model.Parsed;

/** Checks of identifiers that the model package does not have a type for. */
final class Identifiers {
    /**
     * A National Insurance number: two letters, six digits and a letter A to D. HMRC never issues D, F, I, Q, U or V
     * as either letter, O as the second, nor the prefixes BG, GB, KN, NK, NT, TN and ZZ.
     */
    private static final Pattern NI =
            Pattern.compile("(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]?");

    private Identifiers() {}

    /** The number without spaces and in capitals, and without its final letter, which is often left off. */
    static Parsed<String> niNumber(String text) {
        String t = text.replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
        if (!NI.matcher(t).matches()) {
            return Parsed.bad(text, "\"" + text.strip() + "\" is not a National Insurance number (such as AB123456C)");
        }
        return Parsed.ok(text, t.substring(0, 8));
    }
}
