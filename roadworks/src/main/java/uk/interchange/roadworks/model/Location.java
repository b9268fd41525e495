package uk.interchange.roadworks.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where on its road a restriction (or a whole work) lies: a junction range, one junction, or a range of named places
 * (on A-roads without junction numbers), with the lanes and the slips or links it includes.
 *
 * @param betweenSlips "between the slip roads at junction N": the main carriageway through the junction
 */
public record Location(
        Optional<Junction> fromJunction,
        Optional<Junction> toJunction,
        Optional<Junction> atJunction,
        Optional<String> fromPlace,
        Optional<String> toPlace,
        Optional<String> atPlace,
        boolean betweenSlips,
        List<Integer> lanes,
        List<IncludedElement> includes) {

    public static final Location NOWHERE = new Location(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            List.of(),
            List.of());

    public Location {
        Objects.requireNonNull(fromJunction);
        Objects.requireNonNull(toJunction);
        Objects.requireNonNull(atJunction);
        Objects.requireNonNull(fromPlace);
        Objects.requireNonNull(toPlace);
        Objects.requireNonNull(atPlace);
        lanes = List.copyOf(lanes);
        includes = List.copyOf(includes);
    }

    public static Location between(Junction from, Junction to) {
        return NOWHERE.withRange(from, to);
    }

    public static Location at(Junction at) {
        return new Location(
                Optional.empty(),
                Optional.empty(),
                Optional.of(at),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                List.of(),
                List.of());
    }

    public static Location betweenPlaces(String from, String to) {
        return new Location(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(from),
                Optional.of(to),
                Optional.empty(),
                false,
                List.of(),
                List.of());
    }

    public boolean isEmpty() {
        return fromJunction.isEmpty()
                && atJunction.isEmpty()
                && fromPlace.isEmpty()
                && atPlace.isEmpty()
                && lanes.isEmpty()
                && includes.isEmpty();
    }

    /** True when this says where along the road (junctions or places), as opposed to only lanes or includes. */
    public boolean hasPosition() {
        return fromJunction.isPresent() || atJunction.isPresent() || fromPlace.isPresent() || atPlace.isPresent();
    }

    public Location withRange(Junction from, Junction to) {
        return new Location(
                Optional.of(from),
                Optional.of(to),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                lanes,
                includes);
    }

    public Location withLanes(List<Integer> newLanes) {
        return new Location(
                fromJunction, toJunction, atJunction, fromPlace, toPlace, atPlace, betweenSlips, newLanes, includes);
    }

    public Location withIncludes(List<IncludedElement> newIncludes) {
        return new Location(
                fromJunction, toJunction, atJunction, fromPlace, toPlace, atPlace, betweenSlips, lanes, newIncludes);
    }

    /** This location's lanes and includes at the position of {@code other}. */
    public Location atPositionOf(Location other) {
        return new Location(
                other.fromJunction,
                other.toJunction,
                other.atJunction,
                other.fromPlace,
                other.toPlace,
                other.atPlace,
                other.betweenSlips,
                lanes,
                includes);
    }
}
