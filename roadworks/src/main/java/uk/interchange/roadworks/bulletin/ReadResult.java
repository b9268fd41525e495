package uk.interchange.roadworks.bulletin;

import java.util.List;
import java.util.Objects;
import uk.interchange.roadworks.model.Work;

/**
 * What a bulletin reading understood and what it did not.
 *
 * @param sources the bulletins found in the text, in order (a feed can hold several); one untitled source if none
 * @param works the works, each with its restrictions
 * @param warnings sentences not turned into records, and choices made, each with the reason
 * @param sentences every sentence of the input with its use, in order
 */
public record ReadResult(List<Source> sources, List<Work> works, List<Warning> warnings, List<Accounted> sentences) {
    public ReadResult {
        sources = List.copyOf(sources);
        works = List.copyOf(works);
        warnings = List.copyOf(warnings);
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(sources);
    }

    /** The first bulletin's source (the usual case: a file holds one bulletin). */
    public Source source() {
        return sources.isEmpty() ? Source.UNTITLED : sources.get(0);
    }
}
