package uk.interchange.app.partnership.web;

import java.io.Serializable;
import java.util.Optional;

/**
 * The reason (and case reference) a person gave for their current enquiry, kept in their session after a search so
 * that opening the records it found is logged with the same reason without asking again.
 */
record Enquiry(String reason, String caseReference) implements Serializable {
    static final String SESSION_KEY = "partnership.enquiry";

    Optional<String> caseRef() {
        return Optional.of(caseReference.strip()).filter(s -> !s.isEmpty());
    }
}
