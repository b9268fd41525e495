package uk.interchange.partnership.model;

import java.util.regex.Pattern;

/** A telephone number in E.164 form ("+447700900123"), so that the same phone written two ways is one phone. */
public record Phone(String e164) {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /**
     * Reads UK numbers as people write them ("07700 900123", "+44 (0)20 7946 0018", "0044 20 7946 0018") and
     * international ones that start with + or 00. A UK number has ten digits after the 0 (a few older ones nine).
     */
    public static Parsed<Phone> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.bad(String.valueOf(text), "no phone number given");
        }
        String t = text.strip();
        if (!t.matches("[0-9+()\\-. ]+")) {
            return Parsed.bad(text, "\"" + t + "\" has characters a phone number does not have");
        }
        boolean plus = t.startsWith("+");
        String digits = t.replace("(0)", "").replaceAll("[^0-9]", "");
        if (!plus && digits.startsWith("00")) {
            plus = true;
            digits = digits.substring(2);
        }
        if (!DIGITS.matcher(digits).matches()) {
            return Parsed.bad(text, "\"" + t + "\" has no digits");
        }
        String national;
        if (plus) {
            if (!digits.startsWith("44")) {
                return digits.length() >= 8 && digits.length() <= 15
                        ? Parsed.ok(text, new Phone("+" + digits))
                        : Parsed.bad(text, "\"" + t + "\" is not an international number (8 to 15 digits after +)");
            }
            national = digits.substring(2);
        } else {
            if (!digits.startsWith("0")) {
                return Parsed.bad(text, "\"" + t + "\" should start with 0, or with + and a country code");
            }
            national = digits.substring(1);
        }
        if (national.startsWith("0")) {
            national = national.substring(1);
        }
        if (national.length() < 9 || national.length() > 10) {
            return Parsed.bad(
                    text,
                    "\"" + t + "\" has " + (national.length() + 1)
                            + " digits; a UK number has 11 (10 after the leading 0)");
        }
        return Parsed.ok(text, new Phone("+44" + national));
    }

    /** Whether this is a UK mobile (07...). */
    public boolean ukMobile() {
        return e164.startsWith("+447");
    }

    @Override
    public String toString() {
        return e164;
    }
}
