package uk.interchange.partnership.screening;

import java.util.List;

/** Why a bidder was referred, as the screening found it: for the police only. */
public record Evidence(List<Screener.Path> paths, List<Screener.Match> matches, List<String> flags) {
    /** The evidence of a screening's result. */
    public static Evidence of(Screener.Result r) {
        return new Evidence(r.paths(), r.matches(), r.flags());
    }
}
