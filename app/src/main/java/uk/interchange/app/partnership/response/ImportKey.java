package uk.interchange.app.partnership.response;

import java.util.Optional;
import java.util.regex.Pattern;
import uk.interchange.app.web.BadRequest;

/**
 * The key a client gives an import so that sending it again, after an answer that never came, stores nothing twice:
 * the {@code Idempotency-Key} header of the API (a structured-field string, quoted or not), or the hidden field of
 * the upload form. Unique within the sender's organisation.
 */
final class ImportKey {
    static final String HEADER = "Idempotency-Key";
    static final int LONGEST = 128;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1," + LONGEST + "}");

    private ImportKey() {}

    /** The key, or none when none was given; refused, naming the field, when it is not one. */
    static Optional<String> parse(String given, String field) {
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        String key = given.length() >= 2 && given.startsWith("\"") && given.endsWith("\"")
                ? given.substring(1, given.length() - 1)
                : given;
        if (!ALLOWED.matcher(key).matches()) {
            throw new BadRequest(
                    field,
                    "must be 1 to " + LONGEST + " letters, digits, dots, colons, hyphens or underscores (a UUID, or"
                            + " sha256- and the file's hash, will do); nothing was imported");
        }
        return Optional.of(key);
    }
}
