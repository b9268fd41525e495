package uk.interchange.partnership.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A bidder as the council sees it: what it gave, the outcome once screened, and the police's advice once given. */
public record Bidder(
        UUID id,
        String name,
        List<BidderEntity> parties,
        String addedFrom,
        Optional<Outcome> outcome,
        Optional<Advice> advice,
        Optional<String> adviceNote,
        Optional<Instant> advisedAt) {
    public Bidder {
        parties = List.copyOf(parties);
    }

    public boolean screened() {
        return outcome.isPresent();
    }

    /** Screened and referred to the police. */
    public boolean referred() {
        return outcome.equals(Optional.of(Outcome.REFER));
    }

    /** Screened, and nothing found. */
    public boolean noHit() {
        return outcome.equals(Optional.of(Outcome.NO_HIT));
    }

    /** What the council gave, one line per entity: "director: Jane Smith, born 03/1984". */
    public List<String> details() {
        return parties.stream().map(BidderEntity::detail).toList();
    }

    /** A bidder is named by its company, or by its first entity when it has none. */
    public static String nameOf(List<Party> parties) {
        return parties.stream()
                .filter(p -> p.kind() == Party.Kind.COMPANY)
                .findFirst()
                .orElse(parties.get(0))
                .label();
    }
}
