package uk.interchange.app.partnership.web;

import java.io.Serializable;
import java.util.Optional;

/**
 * The reason (and case reference) a person gave for their current enquiry, kept in their session after a search so
 * that opening the records it found is logged with the same reason without asking again. {@code purpose} says what
 * it was given for: empty for a search or a record, else a list's own (a list asks again for a reason given for
 * anything else, offering this one).
 */
record Enquiry(String reason, String caseReference, String purpose) implements Serializable {
    static final String SESSION_KEY = "partnership.enquiry";

    Enquiry(String reason, String caseReference) {
        this(reason, caseReference, "");
    }

    Optional<String> caseRef() {
        return Optional.of(caseReference.strip()).filter(s -> !s.isEmpty());
    }
}
