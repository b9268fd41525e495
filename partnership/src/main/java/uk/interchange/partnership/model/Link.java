package uk.interchange.partnership.model;

import java.util.Optional;
import java.util.Set;

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
        DIRECTOR_OF("director of", Set.of("person"), Set.of("company")),
        SIGNIFICANT_CONTROL_OF("person with significant control of", Set.of("person", "company"), Set.of("company")),
        LIVES_AT("lives at", Set.of("person"), Set.of("address")),
        REGISTERED_AT("registered at", Set.of("company"), Set.of("address")),
        USES_PHONE("uses phone", Set.of("person", "company"), Set.of("phone")),
        USES_EMAIL("uses email", Set.of("person", "company"), Set.of("email")),
        USES_VEHICLE("uses vehicle", Set.of("person", "company"), Set.of("vehicle")),
        HOLDS_ACCOUNT("holds account", Set.of("person", "company"), Set.of("account")),
        ASSOCIATE_OF("associate of", Set.of("person"), Set.of("person")),
        MEMBER_OF_GROUP("member of group", Set.of("person"), Set.of("group"));

        private final String words;
        private final Set<String> from;
        private final Set<String> to;

        Kind(String words, Set<String> from, Set<String> to) {
            this.words = words;
            this.from = from;
            this.to = to;
        }

        /** Whether the link can be drawn from an entity of one kind to one of the other ("person", "company"...). */
        public boolean joins(String fromKind, String toKind) {
            return from.contains(fromKind) && to.contains(toKind);
        }

        public String words() {
            return words;
        }
    }
}
