package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Lifecycle;
import uk.interchange.roadworks.model.Location;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.schedule.ScheduleExpander;

/** What the writer writes, the reader reads back as the same works. */
class WriteThenReadTest {

    /** The facts of a work that a bulletin carries (ids, descriptions and source texts are the writer's own words). */
    record WorkView(
            List<String> roads,
            Location location,
            Optional<String> place,
            Optional<String> county,
            Optional<String> purpose,
            Lifecycle lifecycle,
            Optional<String> completion,
            List<RestrictionView> restrictions) {
        static WorkView of(Work w) {
            return new WorkView(
                    w.roads(),
                    w.location(),
                    w.place(),
                    w.county(),
                    w.purpose(),
                    w.lifecycle(),
                    w.completion(),
                    w.restrictions().stream().map(RestrictionView::of).toList());
        }
    }

    record RestrictionView(
            RestrictionType type,
            String road,
            Direction direction,
            List<String> position,
            List<Integer> lanes,
            List<String> includes,
            OptionalInt speed,
            List<Occurrence> occurrences,
            Optional<String> openUntil,
            List<List<String>> routes) {
        static RestrictionView of(Restriction r) {
            Location l = r.location();
            List<String> position = List.of(
                    l.fromJunction().map(j -> j.number()).orElse(""),
                    l.toJunction().map(j -> j.number()).orElse(""),
                    l.atJunction().map(j -> j.number()).orElse(""));
            return new RestrictionView(
                    r.type(),
                    r.road(),
                    r.direction(),
                    position,
                    l.lanes(),
                    l.includes().stream()
                            .map(e -> e.kind().code() + "@"
                                    + e.junction().map(j -> j.number()).orElse(""))
                            .toList(),
                    r.speedLimitMph(),
                    ScheduleExpander.occurrences(r.schedule()),
                    r.schedule().openEnd().map(oe -> oe.untilText() + " from " + oe.from()),
                    r.diversion()
                            .map(d -> d.routes().stream().map(rt -> rt.via()).toList())
                            .orElse(List.of()));
        }
    }

    @Property(tries = 500)
    void readingWhatWasWrittenGivesBackTheSameWorks(@ForAll("weeks") WorkArbitraries.Week week) {
        String text = BulletinWriter.write(
                "the South East", week.monday(), week.monday().minusDays(3), week.works());
        ReadResult back = BulletinReader.read(text, new BulletinReader.Options(Optional.empty(), week.monday()));

        assertThat(back.source().periodStart()).contains(week.monday());
        assertThat(back.works().stream().map(WorkView::of).toList())
                .as("read back from:%n%s", text)
                .isEqualTo(week.works().stream().map(WorkView::of).toList());
        assertThat(back.warnings())
                .as("warnings on reading back:%n%s", text)
                .allMatch(w -> w.kind() != Warning.Kind.NOT_READ);
    }

    @Provide
    Arbitrary<WorkArbitraries.Week> weeks() {
        return WorkArbitraries.weeks();
    }
}
