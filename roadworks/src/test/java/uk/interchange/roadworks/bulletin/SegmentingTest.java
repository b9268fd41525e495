package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.interchange.roadworks.model.Lifecycle;
import uk.interchange.roadworks.model.Work;

/** Headings, titles and sentences that copying broke over lines are mended; boilerplate is set aside, not lost. */
class SegmentingTest {
    private static ReadResult read(String text) {
        return BulletinReader.read(text, new BulletinReader.Options(Optional.empty(), LocalDate.of(2000, 1, 1)));
    }

    @Test
    void aHeadingWhosePurposeFellOntoTheNextLine() {
        ReadResult r = read(
                Bulletins.TITLE + "M54 junctions 2 Wolverhampton to 3 Albrighton, Shropshire:\n\nbarrier repairs\n\n"
                        + "Barrier repairs go on this week. There will be lane closures on the westbound carriageway each "
                        + "night, 9pm to 5.30am, until Thursday 30 March (Monday to Friday only).\n");
        Work w = r.works().get(0);
        assertThat(w.purpose()).contains("barrier repairs");
        assertThat(w.county()).contains("Shropshire");
        assertThat(w.place()).contains("Wolverhampton to Albrighton");
        assertThat(w.lifecycle()).isEqualTo(Lifecycle.CONTINUES);
        assertThat(Bulletins.times(w.restrictions().get(0))).hasSize(9);
    }

    @Test
    void aSentenceSplitByABlankLine() {
        ReadResult r = read(Bulletins.TITLE + "A449 Penkridge to Gailey, Staffordshire: improvement\n\n"
                + "The carriageway will be shut from 9pm to 5am on Wednesday 22\n\n"
                + "March on the northbound side between Penkridge and Gailey Island.\n");
        assertThat(Bulletins.times(r)).containsExactly("Wed 22 Mar 21:00 - Thu 23 Mar 05:00");
        assertThat(r.warnings()).noneMatch(w -> w.kind() == Warning.Kind.NOT_READ);
    }

    @Test
    void boilerplateIsRecognisedAndAccountedFor() {
        ReadResult r = read(Bulletins.TITLE + "General enquiries\n\nFor anything else, phone our contact "
                + "centre on 0300 000 0000.\n");
        assertThat(r.works()).isEmpty();
        assertThat(r.warnings()).hasSize(2).allMatch(w -> w.kind() == Warning.Kind.BOILERPLATE);
        assertThat(r.source().published()).contains(LocalDate.of(2017, 3, 17));
        assertThat(r.source().periodStart()).contains(LocalDate.of(2017, 3, 20));
    }

    @Test
    void aTitleForTheWeekOfADateGivesThatWeek() {
        ReadResult r =
                read("Planned roadworks for the week of Monday 13 January 2020\n\nCorrect at 10 January 2020.\n");
        assertThat(r.source().periodStart()).contains(LocalDate.of(2020, 1, 13));
        assertThat(r.source().periodEnd()).contains(LocalDate.of(2020, 1, 19));
        ReadResult comma = read("Midlands roadworks update, 13 to 19 January 2020\n\nCorrect at 10 January 2020.\n");
        assertThat(comma.source().periodStart()).contains(LocalDate.of(2020, 1, 13));
    }

    @Test
    void anIntroductionIsBoilerplateUnlessItNamesARoad() {
        ReadResult r =
                read(Bulletins.TITLE + "Below are the planned works for the coming week. Roadworks planned on our "
                        + "roads this week. This bulletin lists planned works in the region.\n\n"
                        + "M6 junctions 11 to 12, Staffordshire: resurfacing\n\nHere are the M6 closures: the southbound "
                        + "carriageway will be shut overnight, 9pm to 5am, on Monday 20 March.\n");
        assertThat(r.warnings())
                .extracting(Warning::reason)
                .containsExactly("boilerplate: introduction", "boilerplate: introduction", "boilerplate: introduction");
        assertThat(Bulletins.times(r)).containsExactly("Mon 20 Mar 21:00 - Tue 21 Mar 05:00");
    }

    @Test
    void aNewsStoryHasNoWorksAndEverySentenceIsAWarning() {
        ReadResult r = read("News story: Councils and police to share more\n\nThe minister spoke in Leeds today. "
                + "He said more must be done.\n");
        assertThat(r.works()).isEmpty();
        assertThat(r.warnings()).extracting(Warning::kind).containsOnly(Warning.Kind.NOT_READ);
        assertThat(r.sentences()).hasSize(3);
    }

    @Test
    void withoutAnyDateTheReaderSaysSo() {
        ReadResult r = read("M6 junctions 11 to 12, Staffordshire: resurfacing\n\nThe southbound carriageway will be "
                + "shut overnight, 9pm to 5am, on Monday 20 March.\n");
        assertThat(r.warnings()).anyMatch(w -> w.reason().contains("no publication date"));
    }
}
