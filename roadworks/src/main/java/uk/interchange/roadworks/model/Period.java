package uk.interchange.roadworks.model;

/** One rule of a schedule, in Europe/London local time: a recurring daily window, or one continuous span. */
public sealed interface Period permits Recurring, Span {}
