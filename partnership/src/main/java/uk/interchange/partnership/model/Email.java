package uk.interchange.partnership.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, compared in lower case. */
public record Email(String value) {
    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    public static Parsed<Email> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(t).matches()) {
            return Parsed.bad(
                    String.valueOf(text),
                    "\"" + String.valueOf(text).strip() + "\" is not an email address (such as name@example.org)");
        }
        return Parsed.ok(text, new Email(t));
    }

    @Override
    public String toString() {
        return value;
    }
}
