package uk.interchange.partnership.model;

import java.util.Optional;

/** A recorded connection between two entities, or between a person and a crime group. */
public record Link(
        String id,
        String owner,
        String from,
        String to,
        Kind kind,
        Optional<String> role,
        Optional<PartialDate> since) {

    /** What a link says; the words read from {@code from} to {@code to}. */
    public enum Kind {
        DIRECTOR_OF("director of"),
        SIGNIFICANT_CONTROL_OF("person with significant control of"),
        LIVES_AT("lives at"),
        REGISTERED_AT("registered at"),
        USES_PHONE("uses phone"),
        USES_EMAIL("uses email"),
        USES_VEHICLE("uses vehicle"),
        HOLDS_ACCOUNT("holds account"),
        ASSOCIATE_OF("associate of"),
        MEMBER_OF_GROUP("member of group");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
