package uk.interchange.partnership.screening;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How much one tender may hold, whichever way its bidders come in (typed, CSV, Open Contracting): screening compares
 * every bidder's details with every other's, so the work grows with the square of the entities, and a tender of
 * tens of thousands would exhaust the server. Real tenders have tens of bidders, each with a few officers.
 */
public final class TenderLimits {
    /** The most bidders one tender may have. */
    public static final int BIDDERS = 200;
    /** The most entities (its company, officers, addresses, phones, emails, accounts) one bidder may have. */
    public static final int ENTITIES_PER_BIDDER = 50;
    /** The most entities of all its bidders together one tender may have. */
    public static final int ENTITIES = 2_000;

    private TenderLimits() {}

    /**
     * What is wrong with adding {@code more} to a tender that has {@code bidders} bidders with {@code entities}
     * entities in all, if anything.
     */
    public static Optional<String> adding(int bidders, int entities, Map<String, List<Party>> more) {
        for (var b : more.entrySet()) {
            if (b.getValue().size() > ENTITIES_PER_BIDDER) {
                return Optional.of(String.format(
                        Locale.UK,
                        "bidder %s has %,d entities; the most one bidder may have is %,d",
                        b.getKey(),
                        b.getValue().size(),
                        ENTITIES_PER_BIDDER));
            }
        }
        int allBidders = bidders + more.size();
        if (allBidders > BIDDERS) {
            return Optional.of(String.format(
                    Locale.UK,
                    "the tender would have %,d bidders; the most one tender may have is %,d",
                    allBidders,
                    BIDDERS));
        }
        int all = entities + more.values().stream().mapToInt(List::size).sum();
        if (all > ENTITIES) {
            return Optional.of(String.format(
                    Locale.UK,
                    "the tender's bidders would have %,d entities in all; the most one tender may have is %,d",
                    all,
                    ENTITIES));
        }
        return Optional.empty();
    }
}
