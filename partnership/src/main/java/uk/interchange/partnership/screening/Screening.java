package uk.interchange.partnership.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A council's tender being screened, with counts of its bidders by where they are. */
public record Screening(
        String council,
        UUID id,
        String reference,
        String title,
        Optional<LocalDate> tenderDate,
        String createdBy,
        Instant createdAt,
        int bidders,
        int waiting,
        int referred,
        int advised) {}
