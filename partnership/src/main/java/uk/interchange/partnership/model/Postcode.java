package uk.interchange.partnership.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK postcode in its standard form: outward code, one space, inward code ("SW1A 1AA"). Matching compares them by
 * parts: the same sector ("SW1A 1") or district ("SW1A") is evidence too.
 */
public record Postcode(String outward, String inward) {
    // outward: area (1-2 letters) and district (digit, then an optional digit or letter); inward: digit, two letters
    private static final Pattern FORM = Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][ABD-HJLNP-UW-Z]{2})");

    /** Reads a postcode in any case, with any spacing; "sw1a1aa" and " SW1A  1AA " are the same. */
    public static Parsed<Postcode> parse(String text) {
        String squeezed = text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (squeezed.isEmpty()) {
            return Parsed.bad(String.valueOf(text), "no postcode given");
        }
        if (squeezed.equals("GIR0AA")) {
            return Parsed.ok(text, new Postcode("GIR", "0AA"));
        }
        var m = FORM.matcher(squeezed);
        if (!m.matches()) {
            return Parsed.bad(text, "\"" + text.strip() + "\" is not a UK postcode (such as SW1A 1AA or M1 1AE)");
        }
        return Parsed.ok(text, new Postcode(m.group(1), m.group(2)));
    }

    /** The letters at the start: "SW". */
    public String area() {
        int k = 0;
        while (k < outward.length() && Character.isLetter(outward.charAt(k))) {
            k++;
        }
        return outward.substring(0, k);
    }

    /** The outward code: "SW1A". */
    public String district() {
        return outward;
    }

    /** The outward code and the inward code's digit: "SW1A 1". */
    public String sector() {
        return outward + " " + inward.charAt(0);
    }

    @Override
    public String toString() {
        return outward + " " + inward;
    }
}
