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
                Bulletins.TITLE + "M4 junctions 10 Wokingham to 11 Reading, Berkshire:\n\nsafety barrier\n\n"
                        + "Work to repair the barrier continues this week. Lane closures will be in place on the eastbound "
                        + "carriageway overnight, between 10pm and 6am, until Friday 31 March (Monday to Friday only).\n");
        Work w = r.works().get(0);
        assertThat(w.purpose()).contains("safety barrier");
        assertThat(w.county()).contains("Berkshire");
        assertThat(w.place()).contains("Wokingham to Reading");
        assertThat(w.lifecycle()).isEqualTo(Lifecycle.CONTINUES);
        assertThat(Bulletins.times(w.restrictions().get(0))).hasSize(10);
    }

    @Test
    void aSentenceSplitByABlankLine() {
        ReadResult r = read(Bulletins.TITLE + "A21 Tonbridge to Pembury, Kent: improvement\n\n"
                + "A full closure will be in place overnight between 8pm and 6am on Thursday 23\n\n"
                + "March on the southbound carriageway between Quarry Hill and Pembury interchange.\n");
        assertThat(Bulletins.times(r)).containsExactly("Thu 23 Mar 20:00 - Fri 24 Mar 06:00");
        assertThat(r.warnings()).noneMatch(w -> w.kind() == Warning.Kind.NOT_READ);
    }

    @Test
    void boilerplateIsRecognisedAndAccountedFor() {
        ReadResult r = read(Bulletins.TITLE + "General enquiries\n\nMembers of the public should call the contact "
                + "centre on 0300 000 0000.\n");
        assertThat(r.works()).isEmpty();
        assertThat(r.warnings()).hasSize(2).allMatch(w -> w.kind() == Warning.Kind.BOILERPLATE);
        assertThat(r.source().published()).contains(LocalDate.of(2017, 3, 17));
        assertThat(r.source().periodStart()).contains(LocalDate.of(2017, 3, 20));
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
        ReadResult r = read("M3 junctions 2 to 3, Surrey: resurfacing\n\nThe northbound carriageway will be closed "
                + "overnight, between 8pm and 6am, on Monday 20 March.\n");
        assertThat(r.warnings()).anyMatch(w -> w.reason().contains("no publication date"));
    }
}
