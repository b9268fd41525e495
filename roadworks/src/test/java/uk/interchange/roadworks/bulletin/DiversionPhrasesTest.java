package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.interchange.roadworks.bulletin.Bulletins.m6;
import static uk.interchange.roadworks.bulletin.Bulletins.restrictions;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.model.Diversion;

/** Diversions as chains, lists, bullet lines, routes per vehicle class, and routes that are no route. */
class DiversionPhrasesTest {
    private static final String CLOSURE =
            "The southbound carriageway will be closed overnight, 9pm to 5am, on Monday 20 March.";

    private static Diversion diversion(String... after) {
        String[] paras = new String[after.length];
        paras[0] = CLOSURE + " " + after[0];
        System.arraycopy(after, 1, paras, 1, after.length - 1);
        return restrictions(m6(paras)).get(0).diversion().orElseThrow();
    }

    @Test
    void aChain() {
        assertThat(diversion("Traffic will follow a signed diversion via A5 to A460 to M54 junction 1.")
                        .via())
                .containsExactly("A5", "A460", "M54 J1");
    }

    @Test
    void aList() {
        assertThat(diversion("A signed diversion route will run via the A449, A5 and A460.")
                        .via())
                .containsExactly("A449", "A5", "A460");
    }

    @Test
    void bulletLinesOneRoutePerOrigin() {
        Diversion d = diversion(
                "Signed diversions will operate via:",
                "- M6 southbound junction 12 to M54 junction 1 via A460 to A449 to M6 junction 11",
                "- M54 eastbound junction 1 via A449 to A5 to M6 junction 11");
        assertThat(d.routes())
                .extracting(Diversion.Route::via)
                .containsExactly(
                        List.of("M6 J12", "M54 J1", "A460", "A449", "M6 J11"),
                        List.of("M54 J1", "A449", "A5", "M6 J11"));
    }

    @Test
    void aBulletLabelledWithItsOriginRoad() {
        Diversion d = diversion(
                "Drivers will be diverted as follows:",
                "- Southbound traffic: exit at junction 12, A5 westbound, A449 and rejoin the M6 at junction 11",
                "- Traffic from the M54: leave at junction 1 and follow the A460 to rejoin the M6 at junction 11");
        assertThat(d.routes())
                .extracting(Diversion.Route::via)
                .containsExactly(List.of("M6 J12", "A5", "A449", "M6 J11"), List.of("M54 J1", "A460", "M6 J11"));
    }

    @Test
    void nextJunctionAndReturnIsNoRoute() {
        Diversion d = diversion("Drivers will be diverted via the next junction and return.");
        assertThat(d.via()).isEmpty();
        assertThat(d.text()).contains("next junction");
    }

    @Test
    void aRoutePerVehicleClass() {
        Diversion d = diversion("HGVs will be diverted via the A5 and the A460, and other vehicles via the A449.");
        assertThat(d.routes()).hasSize(2);
        assertThat(d.routes().get(0).vehicles()).contains("HGVs");
        assertThat(d.routes().get(0).via()).containsExactly("A5", "A460");
        assertThat(d.routes().get(1).via()).containsExactly("A449");
    }

    @Test
    void boilerplateWithNoRoute() {
        Diversion d = diversion("Diversions will be clearly signed.");
        assertThat(d.routes()).isEmpty();
    }

    @Test
    void aRepeatedDiversionGoesToTheClosureStillWithoutOne() {
        var r = m6(
                "The northbound carriageway will be fully closed overnight, 11pm to 5am, on Monday 20 March.",
                "The southbound carriageway will be fully closed overnight, 11pm to 5am, on Tuesday 21 March."
                        + " Traffic will be diverted via the A449.",
                "Traffic will be diverted via the A449.");
        assertThat(restrictions(r)).allMatch(x -> x.diversion().isPresent());
    }
}
