package uk.interchange.partnership.response.orders;

import java.time.LocalDate;

/** A breach of an order: when, what was done, the response, and who recorded it. */
public record Breach(LocalDate on, String what, String response, String by) {}
