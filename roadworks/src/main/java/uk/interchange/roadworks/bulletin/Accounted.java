package uk.interchange.roadworks.bulletin;

import java.util.Locale;
import java.util.Objects;

/** Every sentence of the input, with what became of it: the proof that nothing was dropped. */
public record Accounted(String text, Use use) {
    public Accounted {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(use, "use");
    }

    public enum Use {
        TITLE,
        INTRODUCTION,
        HEADING,
        DESCRIPTION,
        RESTRICTION,
        DIVERSION,
        SCHEDULE_CHANGE,
        COMPLETION,
        /** In the warnings, with its reason (boilerplate included). */
        WARNING;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
