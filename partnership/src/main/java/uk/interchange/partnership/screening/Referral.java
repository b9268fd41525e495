package uk.interchange.partnership.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the police see of a referral; {@code evidence} only when one referral is read. */
public record Referral(
        String force,
        UUID id,
        String council,
        String councilName,
        String tenderReference,
        String tenderTitle,
        Optional<LocalDate> tenderDate,
        String bidderName,
        List<BidderEntity> parties,
        Instant referredAt,
        Optional<Advice> advice,
        Optional<String> adviceNote,
        Optional<String> advisedBy,
        Optional<Evidence> evidence) {
    public Referral {
        parties = List.copyOf(parties);
    }

    /** What the council gave, one line per entity. */
    public List<String> details() {
        return parties.stream().map(BidderEntity::detail).toList();
    }
}
