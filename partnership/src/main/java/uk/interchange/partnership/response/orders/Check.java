package uk.interchange.partnership.response.orders;

import java.time.LocalDate;

/** A check that the subject of an order keeps its conditions: when, by whom, and what was found. */
public record Check(LocalDate on, String by, String finding) {}
