package uk.interchange.roadworks.clash;

import java.util.List;
import java.util.Locale;
import uk.interchange.roadworks.model.Occurrence;

/**
 * Two (or, on a crowded corridor, more) restrictions that should not happen as planned.
 *
 * @param parties the restrictions involved, the one that causes the trouble first
 * @param overlaps the times they collide, in order (one per night, for nightly closures)
 * @param reason in plain words, naming the roads and junctions
 */
public record Clash(Kind kind, List<Party> parties, List<Occurrence> overlaps, String reason) {
    public Clash {
        parties = List.copyOf(parties);
        overlaps = List.copyOf(overlaps);
    }

    public enum Kind {
        /** A diversion sent along a road, or through a junction, that is closed at the time. */
        DIVERSION_OVER_CLOSURE,
        /** Full closures of the same or adjoining sections of one carriageway at once. */
        SAME_OR_ADJACENT_CLOSURES,
        /** Both carriageways of one section closed at once. */
        BOTH_CARRIAGEWAYS,
        /** More closures on one road in one night than the set limit. */
        CORRIDOR_LIMIT;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One restriction in a clash. */
    public record Party(String work, String label, int seq, String summary) {
        static Party of(Item i) {
            return new Party(i.work(), i.label(), i.seq(), i.summary());
        }
    }

    public boolean involves(String work) {
        return parties.stream().anyMatch(p -> p.work().equals(work));
    }
}
