package uk.interchange.partnership.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A vehicle registration mark, compared without spaces and in capitals ("ab12 cde" is AB12CDE). Current marks
 * (two letters, two digits, three letters) are written with their space; older forms are kept as given, squeezed.
 */
public record RegistrationMark(String value) {
    private static final Pattern CURRENT = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z]{3}");
    private static final Pattern ANY = Pattern.compile("[A-Z0-9]{2,7}");

    public static Parsed<RegistrationMark> parse(String text) {
        String t = text == null ? "" : text.replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Parsed.bad(String.valueOf(text), "no registration mark given");
        }
        if (!ANY.matcher(t).matches() || t.chars().noneMatch(Character::isDigit) && t.length() > 3) {
            return Parsed.bad(text, "\"" + text.strip() + "\" is not a registration mark (such as AB12 CDE)");
        }
        return Parsed.ok(text, new RegistrationMark(t));
    }

    /** As it is written on the plate: "AB12 CDE" for a current mark, otherwise as stored. */
    public String display() {
        return CURRENT.matcher(value).matches() ? value.substring(0, 4) + " " + value.substring(4) : value;
    }

    @Override
    public String toString() {
        return display();
    }
}
