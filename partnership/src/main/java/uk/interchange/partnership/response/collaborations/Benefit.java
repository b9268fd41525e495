package uk.interchange.partnership.response.collaborations;

import java.math.BigDecimal;
import java.util.Optional;

/** A benefit a collaboration expects or has realised: cashable ones in pounds, the others counted. */
public record Benefit(
        String description, boolean cashable, Optional<BigDecimal> expected, Optional<BigDecimal> realised) {}
