package uk.interchange.roadworks.bulletin;

import java.util.Locale;
import java.util.Objects;

/**
 * A sentence the reader did not turn into (part of) a record, or one whose reading needed a choice, with the reason.
 *
 * @param text the words, as written
 * @param reason why, in plain words
 */
public record Warning(String text, String reason, Kind kind) {
    public Warning {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        /** Contact numbers, caveats, links: recognised and deliberately not records. */
        BOILERPLATE,
        /** Read as prose, not as works: no restriction, diversion or schedule could be found. */
        NOT_READ,
        /** Read, but something in it looked wrong or needed a choice that the reader made and names. */
        ODDITY;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
