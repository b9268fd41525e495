package uk.interchange.partnership.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.matching.Nicknames;

/** The bidders' file: bounded as a tender is, and every value one that exists and can be kept. */
class ScreeningCsvTest {
    private final Nicknames n = Nicknames.builtIn();

    private ScreeningCsv.Read bidders(String csv) {
        return ScreeningCsv.bidders(new StringReader(csv), n);
    }

    @Test
    void aDateOfBirthThatDoesNotExistIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> bidders("bidder_id,kind,full_name,date_of_birth\n"
                        + "B1,company,,\n"
                        + "B1,person,Darren Kestley,1984-13-45\n"))
                .hasMessage("line 3: date_of_birth \"1984-13-45\" is not a date that exists");
        assertThatThrownBy(() -> bidders("bidder_id,kind,full_name,dob\nB1,person,Ann Lee,19840231\n"))
                .hasMessage("line 2: dob \"19840231\" is not a date that exists");
        assertThatThrownBy(() -> bidders("bidder_id,kind,full_name,dob\nB1,person,Ann Lee,soon\n"))
                .hasMessageStartingWith("line 2: dob \"soon\" is not a date");
        for (String good : List.of("1984-03-07", "07/03/1984", "03/1984", "March 1984", "1984", "19840307")) {
            assertThat(bidders("bidder_id,kind,full_name,dob\nB1,person,Ann Lee," + good + "\n")
                            .bidders())
                    .as(good)
                    .containsOnlyKeys("B1");
        }
    }

    @Test
    void aControlCharacterOrAnOverlongValueIsRefusedWithItsLine() {
        assertThatThrownBy(() -> bidders("bidder_id,kind,company_name\nB1,company,Kestley\u0000 Ltd\n"))
                .hasMessage("line 2: company_name holds a control character (U+0000) at character 8");
        assertThatThrownBy(() -> bidders("bidder_id,kind,company_name\nB1,company," + "k".repeat(1_001) + "\n"))
                .hasMessage("line 2: company_name is longer than 1,000 characters, the most a value may hold");
    }

    @Test
    void moreBiddersOrEntitiesThanATenderMayHaveAreRefusedAtTheRowThatPassesTheBound() {
        StringBuilder many = new StringBuilder("bidder_id,kind,company_name\n");
        for (int i = 1; i <= TenderLimits.BIDDERS + 1; i++) {
            many.append("B").append(i).append(",company,Bidder ").append(i).append(" Ltd\n");
        }
        assertThatThrownBy(() -> bidders(many.toString()))
                .hasMessage("line 202: bidder B201 is one more than the 200 bidders one tender may have");

        StringBuilder crowded = new StringBuilder("bidder_id,kind,full_name\nB1,company,\n");
        for (int i = 1; i < TenderLimits.ENTITIES_PER_BIDDER + 1; i++) {
            crowded.append("B1,person,Officer Number").append(i).append('\n');
        }
        assertThatThrownBy(() -> bidders(crowded.toString()))
                .hasMessage("line 52: bidder B1 has more than 50 entities, the most one bidder may have");

        StringBuilder all = new StringBuilder("bidder_id,kind,full_name\n");
        int line = 1;
        for (int b = 1; b <= 41; b++) {
            for (int e = 1; e <= 49; e++) {
                all.append("B")
                        .append(b)
                        .append(",person,Officer Number")
                        .append(e)
                        .append('\n');
                line++;
                if (line == 2_002) {
                    break;
                }
            }
        }
        assertThatThrownBy(() -> bidders(all.toString()))
                .hasMessage(
                        "line 2002: the bidders have more than 2,000 entities in all, the most one tender may have");
    }

    @Test
    void biddersAddedToATenderAreBoundedWithThoseItHasAlready() {
        Map<String, List<Party>> two = bidders("bidder_id,kind,company_name\nB1,company,A Ltd\nB2,company,B Ltd\n")
                .bidders();
        assertThat(TenderLimits.adding(0, 0, two)).isEmpty();
        assertThat(TenderLimits.adding(199, 199, two))
                .hasValue("the tender would have 201 bidders; the most one tender may have is 200");
        assertThat(TenderLimits.adding(10, 1_999, two))
                .hasValue(
                        "the tender's bidders would have 2,001 entities in all; the most one tender may have is 2,000");
    }
}
