package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.interchange.roadworks.bulletin.Bulletins.m3;
import static uk.interchange.roadworks.bulletin.Bulletins.restrictions;
import static uk.interchange.roadworks.bulletin.Bulletins.work;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.ElementKind;
import uk.interchange.roadworks.model.IncludedElement;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.RestrictionType;

/** What is closed, where and which way, as the genre words it. */
class RestrictionPhrasesTest {
    private static final String WHEN = " overnight, between 8pm and 6am, on Monday 20 March.";

    private static List<RestrictionType> types(ReadResult r) {
        return restrictions(r).stream().map(Restriction::type).toList();
    }

    @Test
    void aCarriagewayClosureWithItsIncludedSlipsAndLinks() {
        var r = m3("The northbound carriageway between junctions 3 and 2 including junction 3 entry slip and clockwise "
                + "and anti-clockwise link roads from the M3 junction 2 northbound to M25 junction 12 will be closed"
                + WHEN);
        Restriction x = restrictions(r).get(0);
        assertThat(types(r)).containsExactly(RestrictionType.CARRIAGEWAY_CLOSURE);
        assertThat(x.direction()).isEqualTo(Direction.NORTHBOUND);
        assertThat(x.location().fromJunction().orElseThrow().number()).isEqualTo("3");
        assertThat(x.location().toJunction().orElseThrow().number()).isEqualTo("2");
        assertThat(x.location().includes())
                .extracting(IncludedElement::kind)
                .containsExactly(ElementKind.ENTRY_SLIP, ElementKind.LINK_ROAD);
    }

    @Test
    void severalThingsClosedInOneSentenceEachGetTheirOwnPlace() {
        var r = m3("The northbound entry slip road at junction 5, lane 1 of the northbound carriageway and the "
                + "northbound exit slip road at junction 4 will be closed" + WHEN);
        assertThat(types(r))
                .containsExactly(
                        RestrictionType.SLIP_ROAD_CLOSURE,
                        RestrictionType.LANE_CLOSURE,
                        RestrictionType.SLIP_ROAD_CLOSURE);
        List<Restriction> xs = restrictions(r);
        assertThat(xs.get(0).location().atJunction().orElseThrow().number()).isEqualTo("5");
        assertThat(xs.get(1).location().lanes()).containsExactly(1);
        assertThat(xs.get(2).location().includes().get(0).kind()).isEqualTo(ElementKind.EXIT_SLIP);
        assertThat(xs).allMatch(x -> x.direction() == Direction.NORTHBOUND);
    }

    @Test
    void lanesByNumberAndNarrowLanesWithASpeedLimit() {
        var lanes = m3("Lanes 1 and 2 and the westbound exit slip road at junction 5 will be closed" + WHEN);
        var narrow = m3("Narrow lanes and a 50mph speed limit will be in place on the east and westbound carriageways "
                + "until August.");
        assertThat(restrictions(lanes).get(0).location().lanes()).containsExactly(1, 2);
        assertThat(restrictions(lanes)).allMatch(x -> x.direction() == Direction.WESTBOUND);
        assertThat(types(narrow)).containsExactly(RestrictionType.NARROW_LANES, RestrictionType.SPEED_LIMIT);
        assertThat(restrictions(narrow).get(1).speedLimitMph()).hasValue(50);
        assertThat(restrictions(narrow)).allMatch(x -> x.direction() == Direction.BOTH);
    }

    @Test
    void speedLimitsInTheirVariants() {
        for (String s : List.of(
                "a 50mph speed limit will be in place",
                "50 MPH speed restrictions will be in place",
                "a 24/7 50 mph speed restriction will be in place")) {
            var r = m3(
                    Character.toUpperCase(s.charAt(0)) + s.substring(1) + " on the northbound carriageway until May.");
            assertThat(types(r)).as(s).containsExactly(RestrictionType.SPEED_LIMIT);
            assertThat(restrictions(r).get(0).speedLimitMph()).as(s).hasValue(50);
        }
    }

    @Test
    void placeNamesOnARoadWithoutJunctionNumbers() {
        var r = work(
                "A31 Ringwood to Picket Post, Hampshire: resurfacing",
                "The A31 eastbound carriageway will be closed from the A338 Ringwood Interchange to Stoney Cross"
                        + WHEN);
        Restriction x = restrictions(r).get(0);
        assertThat(x.road()).isEqualTo("A31");
        assertThat(x.location().fromPlace()).contains("A338 Ringwood Interchange");
        assertThat(x.location().toPlace()).contains("Stoney Cross");
    }

    @Test
    void betweenTheSlipRoadsIsTheMainCarriagewayThroughTheJunction() {
        var r = m3("The westbound carriageway between the slip roads at junction 7 will be closed" + WHEN);
        Restriction x = restrictions(r).get(0);
        assertThat(x.type()).isEqualTo(RestrictionType.CARRIAGEWAY_CLOSURE);
        assertThat(x.location().betweenSlips()).isTrue();
        assertThat(x.location().atJunction().orElseThrow().number()).isEqualTo("7");
    }

    @Test
    void junctionNumbersInTheirVariants() {
        var r = work("M6 J1A to 35A, Cumbria: resurfacing", "The southbound carriageway will be closed" + WHEN);
        Restriction x = restrictions(r).get(0);
        assertThat(x.location().fromJunction().orElseThrow().number()).isEqualTo("1a");
        assertThat(x.location().toJunction().orElseThrow().number()).isEqualTo("35a");
    }

    @Test
    void aClosureWithNoTimesTakesTheTimesOfTheOneBeforeWithAWarning() {
        var r = m3(
                "There will be lane closures in place on the westbound carriageway on Monday 20 March for 2 nights "
                        + "between 8pm and 6am. There will also be a westbound entry slip closure from the A2260 at Ebbsfleet.");
        List<Restriction> xs = restrictions(r);
        assertThat(xs).hasSize(2);
        assertThat(Bulletins.times(xs.get(1))).isEqualTo(Bulletins.times(xs.get(0)));
        assertThat(xs.get(1).road()).isEqualTo("M3");
        assertThat(Bulletins.reasons(r)).anyMatch(w -> w.contains("same times as the restriction before"));
    }

    @Test
    void aRepeatedWordIsWarnedAndReadOnce() {
        var r = m3("The southbound carriageway at junction junction 3 will be closed" + WHEN);
        assertThat(types(r)).containsExactly(RestrictionType.CARRIAGEWAY_CLOSURE);
        assertThat(Bulletins.reasons(r)).anyMatch(w -> w.contains("'junction' is repeated"));
    }
}
