package uk.interchange.roadworks.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.Restriction;
import uk.interchange.roadworks.model.Work;
import uk.interchange.roadworks.schedule.ScheduleExpander;

/** The reader never throws, never drops a sentence, and never makes occurrences that overlap or run backwards. */
class ReaderRobustnessTest {
    private static final BulletinReader.Options OPTIONS =
            new BulletinReader.Options(Optional.empty(), LocalDate.of(2017, 3, 17));

    /** Pieces of the genre, shuffled and broken, so that the reader meets near-misses as well as noise. */
    private static final List<String> PIECES = List.of(
            "Roadworks bulletin for the North, week commencing 20 March 2017",
            "M6 junctions 11 (M54) to 12 Cannock, Staffordshire: resurfacing",
            "A449 Penkridge, Staffordshire:",
            "drainage",
            "The southbound carriageway between junctions 12 and 11 will be shut overnight, 9pm to 5.30am",
            "starting Monday 20 March for three nights (Monday to Friday only).",
            "and from 9pm to 6.30am on Friday 24 March 2017.",
            "Signed diversions will operate via:",
            "- M54 eastbound junction 1 via A449 to A5 to M6 junction 11",
            "Lanes 2 and 3 and the northbound entry slip road at junction 11 will be closed",
            "A contraflow and a 40mph speed limit operate 24/7 until June.",
            "On Friday work will take place between 20:00 and 07:00.",
            "Work on Saturday will finish at 7am.",
            "from 8pm on Friday 24 March until 6am on Monday 27 March",
            "until 31 February",
            "on Monday 21 March",
            "2000 - 0600 hrs",
            "for 0 nights",
            "for 999 nights",
            "from today until Thursday",
            "until the end of 2016",
            "12th October",
            "junction junction",
            "General enquiries",
            "For further information visit the website.",
            "e.g.",
            "St. Albans",
            ".",
            ":",
            "(",
            "06:00, Mon 14 Nov",
            "00 March",
            "on 0 and 00 May",
            "0/0/0000",
            "31/02/2017",
            "99/99/99",
            "12/13/2017",
            "\t",
            "\u00a0",
            "\u2013",
            "[Press release: broken",
            "link](#)",
            "24:00 to 24:00",
            "99pm to 0am");

    @Property(tries = 400)
    void neverThrowsAndAccountsForEverySentence(@ForAll("bulletinish") String text) {
        ReadResult r = BulletinReader.read(text, OPTIONS);

        String accounted =
                String.join("", r.sentences().stream().map(Accounted::text).toList());
        assertThat(squash(accounted)).isEqualTo(squash(TextCleaner.clean(text)));
        for (Work w : r.works()) {
            for (Restriction x : w.restrictions()) {
                List<Occurrence> occ = ScheduleExpander.occurrences(x.schedule());
                for (int i = 0; i < occ.size(); i++) {
                    assertThat(occ.get(i).end()).isAfter(occ.get(i).start());
                    if (i > 0) {
                        assertThat(occ.get(i).start()).isAfter(occ.get(i - 1).end());
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryCharacters(@ForAll String text) {
        ReadResult r = BulletinReader.read(text, OPTIONS);
        assertThat(squash(String.join(
                        "", r.sentences().stream().map(Accounted::text).toList())))
                .isEqualTo(squash(TextCleaner.clean(text)));
    }

    @Provide
    Arbitrary<String> bulletinish() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(30)));
        Arbitrary<String> sep = Arbitraries.of(" ", "\n", "\n\n", ". ", ", ", "\r\n");
        return net.jqwik.api.Combinators.combine(
                        piece.list().ofMaxSize(25), sep.list().ofMaxSize(25))
                .as((ps, ss) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ps.size(); i++) {
                        b.append(ps.get(i)).append(ss.isEmpty() ? " " : ss.get(i % ss.size()));
                    }
                    return b.toString();
                });
    }

    /** White space (of any kind Java knows) is layout, not content: compare without it. */
    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
