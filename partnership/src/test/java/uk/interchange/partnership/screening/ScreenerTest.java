package uk.interchange.partnership.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.matching.Nicknames;

/** A tender's bidders screened against a made-up watchlist: who is referred, by which path, and the red flags. */
class ScreenerTest {
    static final String WATCHLIST = """
            id,kind,given_name,surname,date_of_birth,company_name,company_number,status,dissolved_on,phone,group,from,to,link
            W1,person,Darren,Kestley,1984-03-07,,,,,,TV-OCG-0142,,,
            W2,company,,,,Kestley Waste Solutions Ltd,09876543,active,,,,,,
            W3,phone,,,,,,,,07700 900461,,,,
            W4,person,Kyle,Brannigan,1990-06-01,,,,,,,,,
            W5,company,,,,Reading Skip Hire Ltd,07770001,dissolved,2024-02-01,,,,,
            L1,link,,,,,,,,,,W1,W2,director of
            L2,link,,,,,,,,,,W1,W3,uses phone
            L3,link,,,,,,,,,,W4,W1,associate of
            L4,link,,,,,,,,,,W4,W5,director of
            """;
    static final String BIDDERS = """
            bidder_id,kind,id,role,given_name,surname,date_of_birth,company_name,company_number,incorporated,sector,address,postcode,phone
            B1,company,c,,,,,Thames Clearways Ltd,12345678,2026-09-01,waste,1 Mill Lane,RG1 1AA,
            B1,person,d1,director,Darren,Kestley,07/03/1984,,,,,,,
            B2,company,c,,,,,Greenfield Grounds Ltd,23456789,2015-04-01,grounds,,,
            B2,phone,p,,,,,,,,,,,07700900461
            B3,company,c,,,,,Reading Skip Hire (2025) Ltd,34567890,2025-03-01,,,,
            B3,person,d,director,Kyle,Brannigan,1990-06-01,,,,,,,
            B4,company,c,,,,,Honest Gardens Ltd,45678901,2010-01-01,,1 Mill Lane,RG1 1AA,
            B4,person,d,director,Priya,Shah,1979-12-12,,,,,,,
            """;

    private static Map<String, Screener.Result> screen() {
        Nicknames n = Nicknames.builtIn();
        Screener s = new Screener(ScreeningCsv.watchlist(new StringReader(WATCHLIST), n), List.of());
        return s
                .screen(
                        ScreeningCsv.bidders(new StringReader(BIDDERS), n).bidders(),
                        Screener.Options.defaults().on(LocalDate.of(2026, 11, 30)))
                .stream()
                .collect(Collectors.toMap(Screener.Result::bidder, o -> o));
    }

    @Test
    void aDirectorOnTheWatchlistIsReferredWithThePath() {
        Screener.Result b1 = screen().get("B1");
        assertThat(b1.outcome()).isEqualTo(Outcome.REFER);
        assertThat(b1.outcome().words()).isEqualTo("refer to police");
        assertThat(b1.reasons().get(0))
                .startsWith("Thames Clearways Ltd → has as director → person Darren Kestley (watchlist W1, matched from"
                        + " Darren Kestley, probability ")
                .endsWith(" → linked to crime group → TV-OCG-0142");
        assertThat(b1.reasons())
                .contains("red flag: works in a sector at higher risk (waste)")
                .contains("red flag: incorporated on 2026-09-01, less than a year before the tender");
    }

    @Test
    void theEvidenceNamesTheWatchlistEntitiesOnEachPathAndWhyEachMatched() {
        Map<String, Screener.Result> all = screen();
        Screener.Result b1 = all.get("B1");
        assertThat(b1.paths().get(0).group()).isEqualTo("TV-OCG-0142");
        assertThat(b1.paths().get(0).through()).containsExactly("W1");
        assertThat(b1.matches()).singleElement().satisfies(m -> {
            assertThat(m.watchlistId()).isEqualTo("W1");
            assertThat(m.bidderEntity()).isEqualTo("Darren Kestley");
            assertThat(m.probability()).isGreaterThan(0.9);
            // the slipped date of birth is explained, with a weight for and not against
            assertThat(m.why()).anyMatch(w -> w.startsWith("surname: ") && w.contains("(+"));
        });
        // the phone path passes through the phone and the person, neither of which was matched by name
        Screener.Result b2 = all.get("B2");
        assertThat(b2.paths().get(0).through()).containsExactly("W3", "W1");
        assertThat(b2.matches()).isEmpty();
        assertThat(all.get("B4").paths()).isEmpty();
        assertThat(all.get("B4").flags()).isNotEmpty();
    }

    @Test
    void aPhoneAndAnAssociateReachTheGroupInMoreSteps() {
        Map<String, Screener.Result> all = screen();
        assertThat(all.get("B2").refer()).isTrue();
        assertThat(all.get("B2").reasons().get(0))
                .contains("→ uses phone → phone 07700 900461 (watchlist W3)")
                .contains("← uses phone ← person Darren Kestley (watchlist W1)");
        Screener.Result b3 = all.get("B3");
        assertThat(b3.refer()).isTrue();
        assertThat(b3.reasons().get(0))
                .contains("person Kyle Brannigan (watchlist W4, matched from Kyle Brannigan")
                .contains("→ associate of → person Darren Kestley (watchlist W1)");
        assertThat(b3.reasons())
                .anyMatch(r ->
                        r.startsWith("red flag: Kyle Brannigan was a director of Reading Skip Hire Ltd (dissolved"));
    }

    @Test
    void aBidderWithNoPathIsNoHitThoughItsRedFlagsAreShown() {
        Screener.Result b4 = screen().get("B4");
        assertThat(b4.outcome()).isEqualTo(Outcome.NO_HIT);
        assertThat(b4.outcome().words()).isEqualTo("no hit");
        assertThat(b4.reasons()).anyMatch(r -> r.contains("shares its address") && r.contains("bidder B1"));
        assertThat(b4.reasons()).noneMatch(r -> r.contains("watchlist"));
    }

    @Test
    void aBidderAtAnAddressWhereManyCompaniesAreRegisteredIsFlagged() {
        StringBuilder watchlist = new StringBuilder("id,kind,company_name,address,postcode,from,to,link\n");
        watchlist.append("A1,address,,\"Suite 5, 20 Wenlock Road\",N1 7GU,,,\n");
        for (int i = 1; i <= 12; i++) {
            // half with the address on the company, half by a link to the address record: both count, once each
            watchlist.append(
                    i % 2 == 0
                            ? "C" + i + ",company,Shell " + i + " Ltd,20 Wenlock Rd,N1 7GU,,,\n"
                            : "C" + i + ",company,Shell " + i + " Ltd,,,,,\n");
            if (i % 2 == 1) {
                watchlist.append("L" + i + ",link,,,,C" + i + ",A1,registered at\n");
            }
        }
        watchlist.append("L99,link,,,,C2,A1,registered at\n");
        String bidders = """
                bidder_id,kind,company_name,address,postcode
                B1,company,New Start Ltd,20 Wenlock Road,N1 7GU
                B2,company,Old Hands Ltd,3 Mill Lane,RG1 1AA
                """;
        Nicknames n = Nicknames.builtIn();
        Screener s = new Screener(ScreeningCsv.watchlist(new StringReader(watchlist.toString()), n), List.of());
        Map<String, Screener.Result> all = s
                .screen(ScreeningCsv.bidders(new StringReader(bidders), n).bidders(), Screener.Options.defaults())
                .stream()
                .collect(Collectors.toMap(Screener.Result::bidder, o -> o));
        assertThat(all.get("B1").flags())
                .containsExactly("red flag: 12 companies on record are registered at 20 Wenlock Road N1 7GU"
                        + " (a formation agent's or a virtual office's address?)");
        assertThat(all.get("B1").refer()).isFalse();
        assertThat(all.get("B2").flags()).isEmpty();
        Screener.Options strict = new Screener.Options(0.5, java.util.Optional.empty(), java.util.Set.of(), 3, 13);
        assertThat(s.screen(ScreeningCsv.bidders(new StringReader(bidders), n).bidders(), strict)
                        .get(0)
                        .flags())
                .isEmpty();
    }

    @Test
    void badFilesAreRefusedByLine() {
        Nicknames n = Nicknames.builtIn();
        assertThatThrownBy(() -> ScreeningCsv.bidders(new StringReader("id,kind\nx,company\n"), n))
                .hasMessageContaining("needs bidder_id and kind");
        assertThatThrownBy(() -> ScreeningCsv.bidders(new StringReader("bidder_id,kind\nB1,boat\n"), n))
                .hasMessageContaining("line 2: \"boat\" is not a kind");
        assertThatThrownBy(() -> ScreeningCsv.watchlist(new StringReader("id,kind,from,to,link\nL1,link,W1,,\n"), n))
                .hasMessageContaining("line 2: a link needs from, to and link");
        assertThatThrownBy(() -> new Screener(
                        ScreeningCsv.watchlist(
                                new StringReader("id,kind,from,to,link\nL1,link,W1,W2,director of\n"), n),
                        List.of()))
                .hasMessageContaining("line 2: the link joins an id that is not in the watchlist");
    }
}
