package uk.interchange.app.partnership.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.interchange.app.partnership.store.ScreeningStore;
import uk.interchange.app.partnership.store.Watchlists;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.screening.Bidder;
import uk.interchange.partnership.screening.BidderEntity;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.Screener;
import uk.interchange.partnership.screening.Screening;
import uk.interchange.partnership.screening.ScreeningCsv;
import uk.interchange.partnership.screening.TenderLimits;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Screens a tender's bidders not yet screened against what the police force covering the council may read, and
 * records each outcome (and each referral, with its evidence, for that force). The bidders screened before are read
 * too, so that bidders sharing details are caught whenever each was added; only the new ones get an outcome.
 */
@Service
public class ScreeningRun {
    /** Why a screening cannot run: the council has no covering force recorded, or nothing waits to be screened. */
    public static final class CannotRun extends RuntimeException {
        public CannotRun(String reason) {
            super(reason);
        }
    }

    /** What one run did. */
    public record Done(int screened, int referred) {}

    private final ScreeningStore store;
    private final Watchlists watchlists;
    private final Nicknames nicknames = Nicknames.builtIn();

    public ScreeningRun(ScreeningStore store, Watchlists watchlists) {
        this.store = store;
        this.watchlists = watchlists;
    }

    public Done run(Viewer v, Screening s) {
        String council = v.organisation().id();
        String force = store.coveringForce(council)
                .orElseThrow(() -> new CannotRun("no police force is recorded as covering your council, so a"
                        + " referral would reach nobody: ask your administrator to record it"));
        List<Bidder> bidders = store.bidders(council, s.id());
        if (bidders.stream().allMatch(Bidder::screened)) {
            throw new CannotRun("every bidder has been screened: add a bidder first");
        }
        // bidders are bounded as they are added; a tender stored before the bounds is refused here, not screened
        int entities = bidders.stream().mapToInt(b -> b.parties().size()).sum();
        if (bidders.size() > TenderLimits.BIDDERS || entities > TenderLimits.ENTITIES) {
            throw new CannotRun(String.format(
                    java.util.Locale.UK,
                    "the tender has %,d bidders with %,d entities; one screening takes at most %,d bidders and"
                            + " %,d entities: remove bidders not yet screened",
                    bidders.size(),
                    entities,
                    TenderLimits.BIDDERS,
                    TenderLimits.ENTITIES));
        }
        // bidders keyed by a name the police can read in red flags ("shares its address with bidder ...")
        Map<String, List<Party>> byName = new LinkedHashMap<>();
        Map<String, UUID> ids = new HashMap<>();
        for (Bidder b : bidders) {
            String key = b.name();
            for (int n = 2; byName.containsKey(key); n++) {
                key = b.name() + " (" + n + ")";
            }
            byName.put(key, parties(b));
            ids.put(key, b.id());
        }
        Screener screener = watchlists.of(force);
        Screener.Options options =
                s.tenderDate().map(Screener.Options.defaults()::on).orElse(Screener.Options.defaults());
        Map<UUID, Screener.Result> fresh = new LinkedHashMap<>();
        Map<UUID, String> names = new HashMap<>();
        for (Screener.Result o : screener.screen(byName, options)) {
            UUID id = ids.get(o.bidder());
            boolean waiting = bidders.stream().anyMatch(b -> b.id().equals(id) && !b.screened());
            if (waiting) {
                fresh.put(id, o);
                names.put(id, o.bidder());
            }
        }
        try {
            store.recordOutcomes(v, s, force, fresh, names);
        } catch (ScreeningStore.ScreenedMeanwhile e) {
            throw new CannotRun(e.getMessage() + ": the page now shows their outcomes");
        }
        int referred =
                (int) fresh.values().stream().filter(Screener.Result::refer).count();
        return new Done(fresh.size(), referred);
    }

    /** A stored bidder's entities, read again from their columns as the screening CSV names them. */
    private List<Party> parties(Bidder b) {
        List<Party> out = new ArrayList<>();
        int n = 0;
        for (BidderEntity e : b.parties()) {
            n++;
            out.add(ScreeningCsv.party(b.id() + "/" + n, n, e.columns().get("kind"), e.columns(), nicknames));
        }
        return out;
    }
}
