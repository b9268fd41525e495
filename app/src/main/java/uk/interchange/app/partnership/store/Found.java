package uk.interchange.app.partnership.store;

import java.util.UUID;

/** A search result: which record, whose, of what kind, and the words that name it. */
public record Found(String owner, UUID id, String kind, String label) {}
