package uk.interchange.roadworks.bulletin.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.bulletin.TextCleaner;
import uk.interchange.roadworks.check.Agreement;
import uk.interchange.roadworks.schedule.LondonTime;

/** The layout-free reader on short bulletins written for these tests in the layouts real ones use. */
class ComposedReaderTest {
    private static List<String> occurrences(String text, LocalDate published) {
        ReadResult r = ComposedReader.read(text, published);
        return Agreement.occurrences(r).stream()
                .map(o -> o.road() + " " + o.direction() + " " + o.type() + " " + LondonTime.local(o.start()) + " "
                        + LondonTime.local(o.end()))
                .sorted()
                .toList();
    }

    @Test
    void dayHeadingsOverBulletsWithTheHoursGivenOnceAtTheTop() {
        String text = """
                Works will be carried out overnight between 9pm and 5am unless stated otherwise.

                Full closures

                Tuesday 9 to Wednesday 10 (two nights)

                \u2022 M11 northbound junction 8 to junction 9. Traffic will be diverted via the A120.

                Friday 12 (one night)

                \u2022 A14 eastbound between junction 35 and junction 36
                """;
        assertThat(occurrences(text, LocalDate.of(2027, 3, 5)))
                .containsExactly(
                        "A14 eastbound carriageway-closure 2027-03-12T21:00 2027-03-13T05:00",
                        "M11 northbound carriageway-closure 2027-03-09T21:00 2027-03-10T05:00",
                        "M11 northbound carriageway-closure 2027-03-10T21:00 2027-03-11T05:00");
    }

    @Test
    void locationScheduleAndReasonLabels() {
        String text = """
                A47 near Dereham

                Location: The A47 westbound between the B1110 and the A1075.
                Schedule: From 10pm to 5am from March 15-17.
                Reason: Drainage repairs. One lane will be closed.

                A140 southbound

                Location: A140 southbound at the Scole roundabout. Schedule: From 8pm on March 18 until 6am on March 19.
                Reason: Resurfacing. The road will be closed.
                """;
        assertThat(occurrences(text, LocalDate.of(2027, 3, 12)))
                .containsExactly(
                        "A140 southbound carriageway-closure 2027-03-18T20:00 2027-03-19T06:00",
                        "A47 westbound lane-closure 2027-03-15T22:00 2027-03-16T05:00",
                        "A47 westbound lane-closure 2027-03-16T22:00 2027-03-17T05:00",
                        "A47 westbound lane-closure 2027-03-17T22:00 2027-03-18T05:00");
    }

    @Test
    void roadPlaceAndSentenceOnOneLineWithRelativeDays() {
        // published on Monday 8 March 2027: "today" is that Monday
        String text = "A66 Brough: There will be overnight eastbound lane one closures from today until Wednesday,"
                + " from 8pm until 6am, for barrier repairs.";
        assertThat(occurrences(text, LocalDate.of(2027, 3, 8)))
                .containsExactly(
                        "A66 eastbound lane-closure 2027-03-08T20:00 2027-03-09T06:00",
                        "A66 eastbound lane-closure 2027-03-09T20:00 2027-03-10T06:00",
                        "A66 eastbound lane-closure 2027-03-10T20:00 2027-03-11T06:00");
    }

    @Test
    void aSchemesHoursInASentenceOfTheirOwnAndNightsThenAgain() {
        String text = """
                M62 junction 20 to junction 21 Milnrow

                The westbound carriageway will be reduced to a single lane overnight on Monday 8 March then again for a
                further two nights from Thursday 11 March. The closures will be in place from 9pm to 5am.

                M18 junction 1 to junction 2

                There will be a lane 2 closure northbound 24/7 from Monday 8 March until 19 March.
                """.replace("a\n", "a ");
        assertThat(occurrences(text, LocalDate.of(2027, 3, 5)))
                .containsExactly(
                        "M62 westbound lane-closure 2027-03-08T21:00 2027-03-09T05:00",
                        "M62 westbound lane-closure 2027-03-11T21:00 2027-03-12T05:00",
                        "M62 westbound lane-closure 2027-03-12T21:00 2027-03-13T05:00");
    }

    @Test
    void aHeadingNamingTwoRoadsGivesTheRoadTheDirectionMeans() {
        String text = """
                M1 junction 44 to M621 junction 7

                The anticlockwise carriageway will be fully closed overnight for two nights from Tuesday 9 March.
                The closures will take place between 8pm and 6am.

                A1M junction 45 Ripon

                The southbound carriageway will be closed between Boroughbridge and A168 junction 48 on Friday
                12 March from 10pm to 6am.
                """;
        assertThat(occurrences(text, LocalDate.of(2027, 3, 5)))
                .containsExactly(
                        "A1(M) southbound carriageway-closure 2027-03-12T22:00 2027-03-13T06:00",
                        "M621 anticlockwise carriageway-closure 2027-03-09T20:00 2027-03-10T06:00",
                        "M621 anticlockwise carriageway-closure 2027-03-10T20:00 2027-03-11T06:00");
    }

    @Test
    void aRestrictionWithoutItsDirectionOrTimeIsAWarningNotAGuess() {
        ReadResult r = ComposedReader.read(
                "A1 Morpeth: There will be lane closures.\nM6 junction 4: lane closures on Tuesday 9 March from 8pm to 6am.",
                LocalDate.of(2027, 3, 8));
        assertThat(r.works()).isEmpty();
        assertThat(r.warnings())
                .extracting(w -> w.reason())
                .containsExactly(
                        "a restriction, but no day and hours", "a restriction, but its direction is not given");
    }

    @Test
    void coastboundAndLondonBoundAreTheRoadsOwnCompassWays() {
        String text = "On Tuesday 9 March from 8pm to 6am the M20 London-bound carriageway will be closed between"
                + " junctions 6 and 4.\nOn Wednesday 10 March from 9pm to 5am the A23 coastbound will be closed.";
        assertThat(occurrences(text, LocalDate.of(2027, 3, 8)))
                .containsExactly(
                        "A23 southbound carriageway-closure 2027-03-10T21:00 2027-03-11T05:00",
                        "M20 westbound carriageway-closure 2027-03-09T20:00 2027-03-10T06:00");
    }

    @Test
    void nightsWithNoWorkInASentenceOfTheirOwnAreLeftOut() {
        String text = "Overnight closures of the A494 eastbound carriageway will take place between 8pm and 6am from"
                + " Monday 8 March to Friday 12 March.\nNo work is planned on Wednesday 10 March.";
        assertThat(occurrences(text, LocalDate.of(2027, 3, 5)))
                .containsExactly(
                        "A494 eastbound carriageway-closure 2027-03-08T20:00 2027-03-09T06:00",
                        "A494 eastbound carriageway-closure 2027-03-09T20:00 2027-03-10T06:00",
                        "A494 eastbound carriageway-closure 2027-03-11T20:00 2027-03-12T06:00",
                        "A494 eastbound carriageway-closure 2027-03-12T20:00 2027-03-13T06:00");
    }

    @Test
    void eachDirectionKeepsItsOwnNightsInOneSentence() {
        // published Sunday 7 March 2027: "every Tuesday night" is the Tuesday of the week that follows
        String text = "M74 junction 2 to junction 3: the northbound carriageway will be closed between 9pm and 5am"
                + " every Tuesday night with the southbound carriageway closed between 10pm and 5am every Thursday"
                + " night.";
        assertThat(occurrences(text, LocalDate.of(2027, 3, 7)))
                .containsExactly(
                        "M74 northbound carriageway-closure 2027-03-09T21:00 2027-03-10T05:00",
                        "M74 southbound carriageway-closure 2027-03-11T22:00 2027-03-12T05:00");
    }

    @Test
    void aRoadShutWithNoDirectionIsShutBothWaysAndSaysSo() {
        ReadResult r = ComposedReader.read(
                "The A835 will be shut from 7pm to 7am on Tuesday 9 March.", LocalDate.of(2027, 3, 8));
        assertThat(Agreement.occurrences(r)).singleElement().satisfies(o -> assertThat(o.direction())
                .isEqualTo("both"));
        assertThat(r.warnings())
                .extracting(w -> w.reason())
                .containsExactly("no direction is named: the road is taken as closed both ways");
    }

    /** Whatever the text, it is read without an exception and every sentence is accounted for: no word is lost. */
    @Property
    void anyTextIsReadAndAccountedFor(@ForAll String text) {
        ReadResult r = ComposedReader.read(text, LocalDate.of(2027, 3, 8));
        StringBuilder accounted = new StringBuilder();
        r.sentences().forEach(a -> accounted.append(lettersAndDigits(a.text())));
        assertThat(accounted.toString()).isEqualTo(lettersAndDigits(TextCleaner.clean(text)));
    }

    private static String lettersAndDigits(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
