package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.interchange.roadworks.bulletin.Bulletins.m3;
import static uk.interchange.roadworks.bulletin.Bulletins.restrictions;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.model.Diversion;

/** Diversions as chains, lists, bullet lines, routes per vehicle class, and routes that are no route. */
class DiversionPhrasesTest {
    private static final String CLOSURE =
            "The northbound carriageway will be closed overnight, between 8pm and 6am, on Monday 20 March.";

    private static Diversion diversion(String... after) {
        String[] paras = new String[after.length + 1];
        paras[0] = CLOSURE + " " + after[0];
        System.arraycopy(after, 1, paras, 1, after.length - 1);
        return restrictions(m3(paras)).get(0).diversion().orElseThrow();
    }

    @Test
    void aChain() {
        assertThat(diversion("A clearly signed diversion will be in place via A322 to A30 to M25 junction 13.")
                        .via())
                .containsExactly("A322", "A30", "M25 J13");
    }

    @Test
    void aList() {
        assertThat(diversion("A clearly signed diversion will be in place via the A30, A303 and A34.")
                        .via())
                .containsExactly("A30", "A303", "A34");
    }

    @Test
    void bulletLinesOneRoutePerOrigin() {
        Diversion d = diversion(
                "A clearly signed diversion will be in place via:",
                "- M3 southbound junction 2 to M25 junction 13 via A30 to A322 to M3 junction 3",
                "- M25 clockwise junction 13 via A30 to A322 to M3 junction 3");
        assertThat(d.routes())
                .extracting(Diversion.Route::via)
                .containsExactly(
                        List.of("M3 J2", "M25 J13", "A30", "A322", "M3 J3"),
                        List.of("M25 J13", "A30", "A322", "M3 J3"));
    }

    @Test
    void aBulletLabelledWithItsOriginRoad() {
        Diversion d = diversion(
                "A clearly signed diversion will be in place:",
                "- Eastbound traffic: exit at junction 10, A49 northbound, A574 and rejoin the M3 at junction 11",
                "- Traffic from the M6: leave at junction 21a and follow the A574 to junction 11");
        assertThat(d.routes())
                .extracting(Diversion.Route::via)
                .containsExactly(List.of("M3 J10", "A49", "A574", "M3 J11"), List.of("M6 J21a", "A574", "M6 J11"));
    }

    @Test
    void nextJunctionAndReturnIsNoRoute() {
        Diversion d = diversion("Traffic will be diverted via the next junction and return.");
        assertThat(d.via()).isEmpty();
        assertThat(d.text()).contains("next junction");
    }

    @Test
    void aRoutePerVehicleClass() {
        Diversion d = diversion("HGVs will be diverted via the A580 and the A5208, and other vehicles via the A506.");
        assertThat(d.routes()).hasSize(2);
        assertThat(d.routes().get(0).vehicles()).contains("HGVs");
        assertThat(d.routes().get(0).via()).containsExactly("A580", "A5208");
        assertThat(d.routes().get(1).via()).containsExactly("A506");
    }

    @Test
    void boilerplateWithNoRoute() {
        Diversion d = diversion("Diversions will be clearly signed.");
        assertThat(d.routes()).isEmpty();
    }

    @Test
    void aRepeatedDiversionGoesToTheClosureStillWithoutOne() {
        var r = m3(
                "The eastbound carriageway will be fully closed overnight, between 10pm and 6am, on Monday 20 March.",
                "The westbound carriageway will be fully closed overnight, between 10pm and 6am, on Wednesday 22 March."
                        + " A clearly signed diversion will be in place via the A4.",
                "A clearly signed diversion will be in place via the A4.");
        assertThat(restrictions(r)).allMatch(x -> x.diversion().isPresent());
    }
}
