package uk.interchange.partnership.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Entities and the links between them, as a graph that can be walked either way along a link ("director of" read
 * backwards is "has as director"). Paths are found breadth first, so each target is reached by a shortest path, and
 * every step says what joins its two ends.
 */
public final class Graph {
    /** One step of a path: from one entity to the next, and what joins them, read from the first. */
    public record Step(String from, String to, String words) {}

    private record Edge(String to, String words) {}

    private final Map<String, List<Edge>> edges = new HashMap<>();

    /** Joins two entities; {@code words} read from {@code a} to {@code b}, {@code back} from b to a. */
    public void join(String a, String b, String words, String back) {
        edges.computeIfAbsent(a, k -> new ArrayList<>()).add(new Edge(b, words));
        edges.computeIfAbsent(b, k -> new ArrayList<>()).add(new Edge(a, back));
    }

    /** A link whose words read one way only: "director of" becomes "has as director of" backwards. */
    public void link(String from, String to, String words) {
        join(from, to, words, "(" + words + ")");
    }

    public boolean has(String node) {
        return edges.containsKey(node);
    }

    /**
     * The shortest path, of at most {@code maxSteps} steps, from {@code start} to each entity that {@code target}
     * accepts (the start itself included, with no steps), nearest first.
     */
    public List<List<Step>> paths(String start, Predicate<String> target, int maxSteps) {
        return paths(List.of(start), target, maxSteps);
    }

    /** As {@link #paths(String, Predicate, int)}, from several starts at once (one entity known by several ids). */
    public List<List<Step>> paths(java.util.Collection<String> starts, Predicate<String> target, int maxSteps) {
        return paths(starts, target, maxSteps, new Graph());
    }

    /**
     * As above, over this graph with {@code overlay}'s links laid on it (one bidder's own links over a shared
     * watchlist), without copying either.
     */
    public List<List<Step>> paths(
            java.util.Collection<String> starts, Predicate<String> target, int maxSteps, Graph overlay) {
        Map<String, Step> cameBy = new LinkedHashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (String s : starts) {
            if (depth.putIfAbsent(s, 0) == null) {
                queue.add(s);
            }
        }
        List<String> found = new ArrayList<>();
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (target.test(at)) {
                found.add(at);
            }
            int d = depth.get(at);
            if (d == maxSteps) {
                continue;
            }
            for (List<Edge> from :
                    List.of(edges.getOrDefault(at, List.of()), overlay.edges.getOrDefault(at, List.of()))) {
                for (Edge e : from) {
                    if (!depth.containsKey(e.to())) {
                        depth.put(e.to(), d + 1);
                        cameBy.put(e.to(), new Step(at, e.to(), e.words()));
                        queue.add(e.to());
                    }
                }
            }
        }
        List<List<Step>> out = new ArrayList<>();
        for (String f : found) {
            List<Step> path = new ArrayList<>();
            for (String at = f; cameBy.containsKey(at); at = cameBy.get(at).from()) {
                path.add(cameBy.get(at));
            }
            Collections.reverse(path);
            out.add(path);
        }
        return out;
    }
}
