package uk.interchange.partnership.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How a piece of intelligence is graded. Current reports use the 3x5x2 model: how far the source can be trusted
 * (1 to 3), how the information is known (A to E) and how it may be handled (P, or C with its conditions). Reports
 * graded under the older 5x5x5 model keep that grading as it was given: the two models do not convert.
 */
public sealed interface Grading {
    /** "2B P", "1A C (no onward sharing)", or the older grading as given. */
    String label();

    /**
     * The handling code that decides how the report may be shared: a 3x5x2 grading's own; C for an older 5x5x5
     * grading, whose handling codes do not convert, so the strictest applies.
     */
    Handling sharingCode();

    /** Source evaluation under 3x5x2. */
    enum Source {
        RELIABLE("1", "reliable"),
        UNTESTED("2", "untested"),
        NOT_RELIABLE("3", "not reliable");

        private final String code;
        private final String words;

        Source(String code, String words) {
            this.code = code;
            this.words = words;
        }

        public String code() {
            return code;
        }

        public String words() {
            return words;
        }
    }

    /** Intelligence assessment under 3x5x2. */
    enum Assessment {
        A("known directly to the source"),
        B("known indirectly to the source but corroborated"),
        C("known indirectly to the source"),
        D("not known"),
        E("suspected to be false or malicious");

        private final String words;

        Assessment(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Handling code under 3x5x2: P may be shared lawfully; C may be shared only under its stated conditions. */
    enum Handling {
        P,
        C
    }

    /** A 3x5x2 grading. Code C must carry its conditions; code P carries none. */
    record ThreeFiveTwo(Source source, Assessment assessment, Handling handling, Optional<String> conditions)
            implements Grading {
        public ThreeFiveTwo {
            if (handling == Handling.C && conditions.filter(c -> !c.isBlank()).isEmpty()) {
                throw new IllegalArgumentException("handling code C needs its conditions stated");
            }
            if (handling == Handling.P && conditions.isPresent()) {
                throw new IllegalArgumentException("handling code P has no conditions; use C to set some");
            }
        }

        @Override
        public Handling sharingCode() {
            return handling;
        }

        @Override
        public String label() {
            return source.code() + assessment.name() + " " + handling.name()
                    + conditions.map(c -> " (" + c + ")").orElse("");
        }
    }

    /** A grading under the older 5x5x5 model, stored exactly as it was given (for example "B2 4"). */
    record Legacy5x5x5(String given) implements Grading {
        @Override
        public String label() {
            return given + " (5x5x5)";
        }

        @Override
        public Handling sharingCode() {
            return Handling.C;
        }
    }

    /** Reads "2B P" or "1A C" (conditions given separately); anything else is refused with the reason. */
    static Parsed<Grading> parse3x5x2(String text, Optional<String> conditions) {
        String t = text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!t.matches("[123][A-E][PC]")) {
            return Parsed.bad(
                    String.valueOf(text),
                    "\"" + String.valueOf(text).strip()
                            + "\" is not a 3x5x2 grading: source 1 to 3, assessment A to E, handling P or C (such as 2B P)");
        }
        Source s = Source.values()[t.charAt(0) - '1'];
        Assessment a = Assessment.valueOf(t.substring(1, 2));
        Handling h = Handling.valueOf(t.substring(2, 3));
        Optional<String> c = conditions.map(String::strip).filter(x -> !x.isEmpty());
        if (h == Handling.C && c.isEmpty()) {
            return Parsed.bad(text, "handling code C needs its conditions stated");
        }
        if (h == Handling.P && c.isPresent()) {
            return Parsed.bad(text, "handling code P has no conditions; use C to set some");
        }
        return Parsed.ok(text, new ThreeFiveTwo(s, a, h, c));
    }
}
