package uk.interchange.partnership.response.hotspots;

import java.time.LocalDate;

/** A community survey's result for one wave and question: how many answered, and the share agreeing. */
public record Survey(LocalDate wave, String question, int respondents, double agreeing) {}
