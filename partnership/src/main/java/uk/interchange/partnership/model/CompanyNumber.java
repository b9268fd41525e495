package uk.interchange.partnership.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Companies House company number: eight characters, either eight digits (England and Wales, written with its
 * leading zeros) or two letters for the register and six digits (SC Scotland, NI Northern Ireland, OC an LLP ...).
 */
public record CompanyNumber(String value) {
    private static final Pattern PREFIXED = Pattern.compile("[A-Z]{2}[0-9]{6}");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,8}");
    private static final Pattern R_PREFIX = Pattern.compile("R[0-9]{7}");

    public static Parsed<CompanyNumber> parse(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Parsed.bad(String.valueOf(text), "no company number given");
        }
        if (NUMERIC.matcher(t).matches()) {
            return Parsed.ok(text, new CompanyNumber("0".repeat(8 - t.length()) + t));
        }
        if (PREFIXED.matcher(t).matches() || R_PREFIX.matcher(t).matches()) {
            return Parsed.ok(text, new CompanyNumber(t));
        }
        return Parsed.bad(
                text,
                "\"" + text.strip() + "\" is not a company number: eight digits (such as 01234567),"
                        + " or two letters and six digits (such as SC123456)");
    }

    @Override
    public String toString() {
        return value;
    }
}
