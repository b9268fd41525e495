package uk.interchange.partnership.screening;

import java.util.Arrays;

/** What screening a bidder decided: all a council is told of it. */
public enum Outcome {
    /** Nothing the force may read leads from the bidder to a crime group. */
    NO_HIT("no-hit", "no hit"),
    /** The bidder is linked to a crime group: the police are asked for their advice. */
    REFER("refer", "refer to police");

    private final String code;
    private final String words;

    Outcome(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** As stored: "no-hit", "refer". */
    public String code() {
        return code;
    }

    /** In words, for reasons and reports: "no hit", "refer to police". */
    public String words() {
        return words;
    }

    /** The outcome stored as {@code code}. */
    public static Outcome of(String code) {
        return Arrays.stream(values())
                .filter(o -> o.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such screening outcome: " + code));
    }
}
