package uk.interchange.roadworks.bulletin;

import java.util.List;
import uk.interchange.roadworks.model.Schedule;

/**
 * What a sentence says about time.
 *
 * @param schedule the rule; empty when the sentence names no time at all
 * @param found true when any time phrase was found
 * @param continuous true when the text says the restriction is there day and night ("24/7") or names no hours at all
 * @param vagueEnd the rough end it gives ("May"), or empty
 * @param masked the sentence with the time phrases blanked out, for reading the rest without mistaking "between 8pm
 *     and 6am" for a place
 * @param oddities what in the time phrases looked wrong, with the words
 * @param parts the schedule's periods with where in the sentence each was written (empty when they cannot be told
 *     apart); a restriction that names its own dates takes only those
 */
record When(
        Schedule schedule,
        boolean found,
        boolean continuous,
        String vagueEnd,
        String masked,
        List<String> oddities,
        List<Part> parts) {

    /** One period and the position of the words it was read from. */
    record Part(int pos, uk.interchange.roadworks.model.Period period) {}
}
