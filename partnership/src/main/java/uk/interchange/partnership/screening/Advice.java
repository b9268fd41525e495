package uk.interchange.partnership.screening;

import java.util.Arrays;
import java.util.Optional;

/** The police's advice to a council on a bidder it referred, in the order the force's form offers it. */
public enum Advice {
    PROCEED("proceed", "Proceed"),
    FURTHER_CHECKS("further-checks", "Further checks needed"),
    DO_NOT_AWARD("do-not-award", "Do not award");

    private final String code;
    private final String words;

    Advice(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** As stored and as the form sends it: "proceed", "further-checks", "do-not-award". */
    public String code() {
        return code;
    }

    /** As the council and the force read it: "Proceed", "Further checks needed", "Do not award". */
    public String words() {
        return words;
    }

    /** The advice sent or stored as {@code code}, if there is one. */
    public static Optional<Advice> parse(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    /** The advice stored as {@code code}. */
    public static Advice of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("no such advice: " + code));
    }
}
