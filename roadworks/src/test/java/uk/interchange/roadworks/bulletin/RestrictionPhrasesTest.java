package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.interchange.roadworks.bulletin.Bulletins.m6;
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
    private static final String WHEN = " overnight, 9pm to 5am, on Monday 20 March.";

    private static List<RestrictionType> types(ReadResult r) {
        return restrictions(r).stream().map(Restriction::type).toList();
    }

    @Test
    void aCarriagewayClosureWithItsIncludedSlipsAndLinks() {
        var r = m6("The southbound carriageway between junctions 12 and 11 including the junction 12 exit slip and the "
                + "link roads from the M6 junction 11 southbound to the M54 will be shut" + WHEN);
        Restriction x = restrictions(r).get(0);
        assertThat(types(r)).containsExactly(RestrictionType.CARRIAGEWAY_CLOSURE);
        assertThat(x.direction()).isEqualTo(Direction.SOUTHBOUND);
        assertThat(x.location().fromJunction().orElseThrow().number()).isEqualTo("12");
        assertThat(x.location().toJunction().orElseThrow().number()).isEqualTo("11");
        assertThat(x.location().includes())
                .extracting(IncludedElement::kind)
                .containsExactly(ElementKind.EXIT_SLIP, ElementKind.LINK_ROAD);
    }

    @Test
    void aClosuresLabelBeforeTheRoadIsACarriagewayClosure() {
        var r = m6("Closures: M6 northbound between J11 and J12, Mon 20 \u2013 Wed 22 Mar, 22:00 \u2013 05:00.");
        assertThat(types(r)).containsExactly(RestrictionType.CARRIAGEWAY_CLOSURE);
        assertThat(restrictions(r).get(0).direction()).isEqualTo(Direction.NORTHBOUND);
        assertThat(Bulletins.times(r)).hasSize(3);
    }

    @Test
    void temporaryLightsWithoutTheWordTrafficAreTrafficSignals() {
        var r = m6("Two-way temporary lights on the M6 northbound at junction 11" + WHEN);
        assertThat(types(r)).containsExactly(RestrictionType.TRAFFIC_SIGNALS);
        assertThat(types(m6("Street lights on the M6 northbound at junction 11 are being replaced.")))
                .isEmpty();
    }

    @Test
    void aContraflowWithNoDirectionTakesBoth() {
        var r = m6("A contraflow is in place on the M6 between J11 and J12" + WHEN);
        var signals = m6("Two-way traffic lights are in place on the M6 at junction 11" + WHEN);
        assertThat(restrictions(r)).extracting(Restriction::direction).containsExactly(Direction.BOTH);
        assertThat(restrictions(signals)).extracting(Restriction::direction).containsExactly(Direction.UNKNOWN);
    }

    @Test
    void severalThingsClosedInOneSentenceEachGetTheirOwnPlace() {
        var r = m6("The southbound exit slip road at junction 12, the southbound entry slip road at junction 11 and "
                + "lane 2 of the southbound carriageway will be closed" + WHEN);
        assertThat(types(r))
                .containsExactly(
                        RestrictionType.SLIP_ROAD_CLOSURE,
                        RestrictionType.SLIP_ROAD_CLOSURE,
                        RestrictionType.LANE_CLOSURE);
        List<Restriction> xs = restrictions(r);
        assertThat(xs.get(0).location().atJunction().orElseThrow().number()).isEqualTo("12");
        assertThat(xs.get(1).location().includes().get(0).kind()).isEqualTo(ElementKind.ENTRY_SLIP);
        assertThat(xs.get(2).location().lanes()).containsExactly(2);
        assertThat(xs).allMatch(x -> x.direction() == Direction.SOUTHBOUND);
    }

    @Test
    void lanesByNumberAndNarrowLanesWithASpeedLimit() {
        var lanes = m6("Lanes 2 and 3 and the northbound entry slip road at junction 11 will be closed" + WHEN);
        var narrow = m6("Narrow lanes and a 40mph speed limit will operate on the north and southbound carriageways "
                + "until October.");
        assertThat(restrictions(lanes).get(0).location().lanes()).containsExactly(2, 3);
        assertThat(restrictions(lanes)).allMatch(x -> x.direction() == Direction.NORTHBOUND);
        assertThat(types(narrow)).containsExactly(RestrictionType.NARROW_LANES, RestrictionType.SPEED_LIMIT);
        assertThat(restrictions(narrow).get(1).speedLimitMph()).hasValue(40);
        assertThat(restrictions(narrow)).allMatch(x -> x.direction() == Direction.BOTH);
    }

    @Test
    void speedLimitsInTheirVariants() {
        for (String s : List.of(
                "a 60mph speed limit will be in place",
                "60 MPH speed restrictions will be in place",
                "a 24/7 60 mph speed restriction will be in place")) {
            var r = m6(
                    Character.toUpperCase(s.charAt(0)) + s.substring(1) + " on the southbound carriageway until May.");
            assertThat(types(r)).as(s).containsExactly(RestrictionType.SPEED_LIMIT);
            assertThat(restrictions(r).get(0).speedLimitMph()).as(s).hasValue(60);
        }
    }

    @Test
    void placeNamesOnARoadWithoutJunctionNumbers() {
        var r = work(
                "A449 Stafford to Gailey, Staffordshire: resurfacing",
                "The A449 southbound carriageway will be closed from the A34 Queensville roundabout to Gailey Island"
                        + WHEN);
        Restriction x = restrictions(r).get(0);
        assertThat(x.road()).isEqualTo("A449");
        assertThat(x.location().fromPlace()).contains("A34 Queensville roundabout");
        assertThat(x.location().toPlace()).contains("Gailey Island");
    }

    @Test
    void betweenTheSlipRoadsIsTheMainCarriagewayThroughTheJunction() {
        var r = m6("The northbound carriageway between the slip roads at junction 12 will be closed" + WHEN);
        Restriction x = restrictions(r).get(0);
        assertThat(x.type()).isEqualTo(RestrictionType.CARRIAGEWAY_CLOSURE);
        assertThat(x.location().betweenSlips()).isTrue();
        assertThat(x.location().atJunction().orElseThrow().number()).isEqualTo("12");
    }

    @Test
    void junctionNumbersInTheirVariants() {
        var r = work("M6 J1A to 35A, Cumbria: resurfacing", "The northbound carriageway will be closed" + WHEN);
        Restriction x = restrictions(r).get(0);
        assertThat(x.location().fromJunction().orElseThrow().number()).isEqualTo("1a");
        assertThat(x.location().toJunction().orElseThrow().number()).isEqualTo("35a");
    }

    @Test
    void aClosureWithNoTimesTakesTheTimesOfTheOneBeforeWithAWarning() {
        var r = m6("There will be lane closures on the northbound carriageway from Monday 20 March for 2 nights "
                + "between 9pm and 5am. In addition there will be a northbound exit slip closure from the A5 at "
                + "Churchbridge.");
        List<Restriction> xs = restrictions(r);
        assertThat(xs).hasSize(2);
        assertThat(Bulletins.times(xs.get(1))).isEqualTo(Bulletins.times(xs.get(0)));
        assertThat(xs.get(1).road()).isEqualTo("M6");
        assertThat(Bulletins.reasons(r)).anyMatch(w -> w.contains("same times as the restriction before"));
    }

    @Test
    void aRepeatedWordIsWarnedAndReadOnce() {
        var r = m6("The northbound carriageway at junction junction 11 will be closed" + WHEN);
        assertThat(types(r)).containsExactly(RestrictionType.CARRIAGEWAY_CLOSURE);
        assertThat(Bulletins.reasons(r)).anyMatch(w -> w.contains("'junction' is repeated"));
    }
}
