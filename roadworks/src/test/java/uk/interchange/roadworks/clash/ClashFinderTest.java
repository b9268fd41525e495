package uk.interchange.roadworks.clash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.schedule.LondonTime;

class ClashFinderTest {
    private static final ClashFinder FINDER = new ClashFinder(3);

    /** Nights from 9pm to 6am on the given days of March 2026. */
    static List<Occurrence> nights(int... days) {
        List<Occurrence> out = new ArrayList<>();
        for (int d : days) {
            Instant s = LondonTime.instant(LocalDateTime.of(2026, 3, d, 21, 0));
            out.add(new Occurrence(s, s.plusSeconds(9 * 3600)));
        }
        return out;
    }

    static Item closure(
            String work, String road, Direction dir, int from, int to, List<Occurrence> when, String... via) {
        return new Item(
                work,
                work.toUpperCase(),
                1,
                "Carriageway closure, " + road + " " + dir.word() + ", junction " + from + " to junction " + to,
                new Section(road, dir, OptionalInt.of(Math.min(from, to)), OptionalInt.of(Math.max(from, to))),
                RestrictionType.CARRIAGEWAY_CLOSURE,
                Item.Via.all(List.of(via)),
                when);
    }

    static Item lanes(String work, String road, Direction dir, int from, int to, List<Occurrence> when) {
        Item c = closure(work, road, dir, from, to, when);
        return new Item(c.work(), c.label(), 1, c.summary(), c.section(), RestrictionType.LANE_CLOSURE, c.via(), when);
    }

    static Set<String> kinds(List<Clash> clashes) {
        return clashes.stream().map(c -> c.kind().code()).collect(Collectors.toSet());
    }

    @Test
    void aDiversionViaAClosedRoadOnTheSameNightClashes() {
        Item m6 = closure("a", "M6", Direction.SOUTHBOUND, 10, 8, nights(20, 21, 22), "M5 J1", "A41");
        Item m5 = closure("b", "M5", Direction.BOTH, 1, 2, nights(21));
        List<Clash> found = FINDER.find(List.of(m6, m5));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Clash.Kind.DIVERSION_OVER_CLOSURE);
            assertThat(c.parties()).extracting(Clash.Party::work).containsExactly("a", "b");
            assertThat(c.overlaps()).containsExactlyElementsOf(nights(21));
            assertThat(c.reason()).contains("A's diversion goes via M5 J1").contains("B closes");
        });
    }

    @Test
    void aDiversionClearsAClosureOnAnotherNightOrAtAnotherJunction() {
        Item m6 = closure("a", "M6", Direction.SOUTHBOUND, 10, 8, nights(20), "M5 J1");
        assertThat(FINDER.find(List.of(m6, closure("b", "M5", Direction.BOTH, 1, 2, nights(21)))))
                .isEmpty();
        assertThat(FINDER.find(List.of(m6, closure("c", "M5", Direction.BOTH, 3, 4, nights(20)))))
                .isEmpty();
        // a lane closure leaves the road open: no clash
        assertThat(FINDER.find(List.of(m6, lanes("d", "M5", Direction.BOTH, 1, 2, nights(20)))))
                .isEmpty();
    }

    /** "A1(M)" alone was once read as the A1: the closed motorway section went unseen and the A road was blamed. */
    @Test
    void aDiversionViaAMotorwaySectionMeetsItsClosureNotTheARoads() {
        Item a1 = closure("a", "A1", Direction.NORTHBOUND, 40, 41, nights(20), "A1(M)");
        Item a1m = closure("b", "A1(M)", Direction.BOTH, 5, 6, nights(20));
        Item plainA1 = closure("c", "A1", Direction.SOUTHBOUND, 5, 6, nights(20));
        assertThat(FINDER.find(List.of(a1, a1m))).singleElement().satisfies(c -> assertThat(c.reason())
                .contains("A's diversion goes via A1(M)"));
        assertThat(kinds(FINDER.find(List.of(a1, plainA1)))).doesNotContain("diversion-over-closure");
    }

    @Test
    void aDiversionViaARoadWithNoJunctionNamedMeetsAnyClosureOfThatRoad() {
        Item m42 = closure("a", "M42", Direction.NORTHBOUND, 8, 9, nights(20), "A446");
        Item a446 = closure("b", "A446", Direction.SOUTHBOUND, 1, 1, nights(20));
        assertThat(kinds(FINDER.find(List.of(m42, a446)))).containsExactly("diversion-over-closure");
    }

    @Test
    void adjoiningClosuresOfOneCarriagewayClashButSeparateOnesDoNot() {
        Item a = closure("a", "M42", Direction.NORTHBOUND, 7, 8, nights(20));
        Item b = closure("b", "M42", Direction.NORTHBOUND, 8, 9, nights(20));
        Item c = closure("c", "M42", Direction.NORTHBOUND, 10, 11, nights(20));
        List<Clash> found = FINDER.find(List.of(a, b, c));
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Clash.Kind.SAME_OR_ADJACENT_CLOSURES);
            assertThat(x.parties()).extracting(Clash.Party::work).containsExactly("a", "b");
        });
    }

    @Test
    void bothCarriagewaysOfOneSectionClosedAtOnceClash() {
        Item nb = closure("a", "M6", Direction.NORTHBOUND, 6, 7, nights(20));
        Item sb = closure("b", "M6", Direction.SOUTHBOUND, 7, 6, nights(20));
        assertThat(kinds(FINDER.find(List.of(nb, sb)))).containsExactly("both-carriageways");
        // only touching at junction 7: the carriageways are closed on different sections
        Item sbNext = closure("c", "M6", Direction.SOUTHBOUND, 8, 7, nights(20));
        assertThat(FINDER.find(List.of(nb, sbNext))).isEmpty();
    }

    @Test
    void moreClosuresOnOneRoadInOneNightThanTheLimitClash() {
        List<Item> four = List.of(
                closure("a", "M1", Direction.NORTHBOUND, 1, 2, nights(20)),
                closure("b", "M1", Direction.NORTHBOUND, 10, 11, nights(20)),
                closure("c", "M1", Direction.SOUTHBOUND, 20, 21, nights(20)),
                closure("d", "M1", Direction.SOUTHBOUND, 30, 31, nights(20)));
        List<Clash> found = FINDER.find(four);
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Clash.Kind.CORRIDOR_LIMIT);
            assertThat(c.parties()).hasSize(4);
            assertThat(c.reason()).contains("4 full closures on M1 on the night of 2026-03-20");
        });
        assertThat(new ClashFinder(4).find(four)).isEmpty();
    }

    @Test
    void aFocusedCheckReportsOnlyClashesOfTheWorkBeingSaved() {
        Item a = closure("a", "M42", Direction.NORTHBOUND, 7, 8, nights(20));
        Item b = closure("b", "M42", Direction.NORTHBOUND, 8, 9, nights(20));
        Item c = closure("c", "M6", Direction.NORTHBOUND, 1, 2, nights(20));
        Item d = closure("d", "M6", Direction.NORTHBOUND, 2, 3, nights(20));
        assertThat(FINDER.find(List.of(c), List.of(a, b, c, d)))
                .singleElement()
                .satisfies(x -> assertThat(x.involves("c")).isTrue());
    }

    @Property(tries = 200)
    void theClashesFoundDoNotDependOnTheOrderOfTheWorks(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 999) Integer> seeds) {
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < seeds.size(); k++) {
            int s = seeds.get(k);
            Direction dir = Direction.values()[s % 3];
            int from = s % 7;
            items.add(closure(
                    "w" + k,
                    s % 2 == 0 ? "M1" : "M5",
                    dir,
                    from,
                    from + 1 + s % 2,
                    nights(20 + s % 3),
                    s % 5 == 0 ? "M5 J" + (s % 7) : "A1"));
        }
        List<Item> shuffled = new ArrayList<>(items);
        Collections.reverse(shuffled);
        assertThat(signature(FINDER.find(shuffled))).isEqualTo(signature(FINDER.find(items)));
        for (Clash c : FINDER.find(items)) {
            assertThat(c.overlaps()).isNotEmpty();
            assertThat(c.parties().stream().map(Clash.Party::work).distinct().count())
                    .as("a clash between a restriction and itself: %s", c)
                    .isGreaterThan(c.kind() == Clash.Kind.BOTH_CARRIAGEWAYS ? 0 : 1);
        }
    }

    @Property(tries = 200)
    void aCheckOfOneWorkFindsExactlyTheClashesOfTheFullCheckThatInvolveIt(
            @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 0, max = 999) Integer> seeds,
            @ForAll @IntRange(min = 0, max = 11) int pick) {
        List<Item> items = new ArrayList<>();
        for (int k = 0; k < seeds.size(); k++) {
            int s = seeds.get(k);
            int from = s % 5;
            items.add(closure(
                    "w" + k,
                    s % 3 == 0 ? "M5" : "M1",
                    Direction.values()[s % 3],
                    from,
                    from + 1,
                    nights(20 + s % 2),
                    "M5 J" + (s % 6)));
        }
        String focus = "w" + (pick % items.size());
        List<Item> mine = items.stream().filter(i -> i.work().equals(focus)).toList();
        Set<String> focused = signature(FINDER.find(mine, items));
        Set<String> expected = signature(
                FINDER.find(items).stream().filter(c -> c.involves(focus)).toList());
        assertThat(focused).isEqualTo(expected);
    }

    private static Set<String> signature(List<Clash> clashes) {
        return clashes.stream()
                .map(c -> c.kind()
                        + c.parties().stream()
                                .map(Clash.Party::work)
                                .sorted()
                                .toList()
                                .toString()
                        + c.overlaps().size())
                .collect(Collectors.toSet());
    }
}
