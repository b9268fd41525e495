package uk.interchange.app.roadworks.clash;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.interchange.app.roadworks.ask.ClosureQuery;
import uk.interchange.app.security.Access;
import uk.interchange.app.web.BadRequest;
import uk.interchange.roadworks.clash.Clash;

/** `GET /api/roadworks/clashes`: the clash check over all works in a period (the next seven days by default). */
@RestController
public class ClashesApi {
    /** The longest period one check covers: a month of national works is checked in seconds, a year is not. */
    static final Duration LONGEST = Duration.ofDays(62);

    private final ClashCheck check;
    private final Clock clock;

    public ClashesApi(ClashCheck check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    @Access(Access.Rule.PLANNER)
    @GetMapping("/api/roadworks/clashes")
    public Map<String, Object> clashes(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ClosureQuery.Params p = new ClosureQuery.Params(
                null,
                from == null || from.isBlank() ? Instant.now(clock).toString() : from,
                to == null || to.isBlank()
                        ? Instant.now(clock).plus(Duration.ofDays(7)).toString()
                        : to,
                null,
                null,
                null,
                null,
                null);
        ClosureQuery q = ClosureQuery.parse(p, clock);
        if (Duration.between(q.from(), q.to()).compareTo(LONGEST) > 0) {
            throw new BadRequest("to", "a check covers at most 62 days; ask for a shorter period");
        }
        List<Clash> found = check.between(q.from(), q.to());
        return Map.of("from", q.from().toString(), "to", q.to().toString(), "clashes", found);
    }
}
