package uk.interchange.app.roadworks.ask;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.interchange.app.security.Access;

/** `GET /api/roadworks/closures`: what is closed at a time or in a range, filtered by road, junctions and more. */
@RestController
public class ClosuresApi {
    private final Closures closures;
    private final Clock clock;

    public ClosuresApi(Closures closures, Clock clock) {
        this.closures = closures;
        this.clock = clock;
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/api/roadworks/closures")
    public Map<String, Object> closures(ClosureQuery.Params params) {
        ClosureQuery q = ClosureQuery.parse(params, clock);
        List<Closure> found = closures.find(q);
        boolean more = found.size() > Closures.LIMIT;
        return Map.of(
                "from",
                q.from().toString(),
                "to",
                q.to().toString(),
                "truncated",
                more,
                "closures",
                more ? found.subList(0, Closures.LIMIT) : found);
    }
}
