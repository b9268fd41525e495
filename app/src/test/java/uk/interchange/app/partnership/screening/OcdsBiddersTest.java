package uk.interchange.app.partnership.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.screening.ScreeningCsv;
import uk.interchange.partnership.screening.TenderLimits;

/** An Open Contracting release package read as a stream, bounded as a tender is. */
public class OcdsBiddersTest {
    private final Nicknames n = Nicknames.builtIn();

    /** A package of one release whose parties are a buyer and {@code tenderers} tenderers: 4 MB for 60,000. */
    public static String tenderers(int tenderers) {
        StringBuilder json = new StringBuilder(
                "{\"uri\":\"https://example.org/ocds/big\",\"releases\":[{\"ocid\":\"o\","
                        + "\"parties\":[{\"id\":\"GB-LAS-READING\",\"name\":\"Reading Borough Council\",\"roles\":[\"buyer\"]}");
        for (int i = 1; i <= tenderers; i++) {
            json.append(",{\"id\":\"T")
                    .append(i)
                    .append("\",\"name\":\"Tenderer ")
                    .append(i)
                    .append(" Ltd\",\"roles\":[\"tenderer\"]}");
        }
        return json.append("],\"tender\":{\"tenderPeriod\":{\"endDate\":\"2026-12-18T12:00:00Z\"}}}]}")
                .toString();
    }

    @Test
    void aPackageOfSixtyThousandTenderersIsRefusedAtThePartyPastTheBound() {
        String big = tenderers(60_000);
        assertThat(big.length()).isGreaterThan(3_500_000);
        assertThatThrownBy(() -> OcdsBidders.read(big, n))
                .isInstanceOf(ScreeningCsv.Refused.class)
                .hasMessage("party 202 (Tenderer 201 Ltd) is one more than the 200 bidders one tender may have");
    }

    @Test
    void aPackageAtTheBoundIsReadWithItsTenderDate() {
        OcdsBidders.Read read = OcdsBidders.read(tenderers(TenderLimits.BIDDERS), n);
        assertThat(read.bidders()).hasSize(200).containsKey("T200");
        assertThat(read.tenderDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2026-12-18"));
    }

    @Test
    void aValueTooLongForTheParserOrHoldingAControlCharacterIsRefusedSayingWhere() {
        String longName = "{\"releases\":[{\"parties\":[{\"id\":\"T1\",\"name\":\"" + "x".repeat(10_001)
                + "\",\"roles\":[\"tenderer\"]}]}]}";
        assertThatThrownBy(() -> OcdsBidders.read(longName, n))
                .hasMessageStartingWith("the package passes a bound on what is read: a value is longer than 10,000"
                        + " characters (near line 1, column");
        String nul =
                "{\"releases\":[{\"parties\":[{\"id\":\"T1\",\"name\":\"Kestley\\u0000 Ltd\",\"roles\":[\"supplier\"]}]}]}";
        assertThatThrownBy(() -> OcdsBidders.read(nul, n))
                .hasMessage("party 1: name holds a control character (U+0000) at character 8");
        String deep = "{\"releases\":[{\"x\":" + "[".repeat(100) + "]".repeat(100) + "}]}";
        assertThatThrownBy(() -> OcdsBidders.read(deep, n)).hasMessageContaining("nested deeper than 64 levels");
    }

    @Test
    void whatIsNotAPackageIsRefusedAsBefore() {
        assertThatThrownBy(() -> OcdsBidders.read("[1,2]", n))
                .hasMessageContaining("a JSON object with a \"releases\"");
        assertThatThrownBy(() -> OcdsBidders.read("{\"releases\":[]}", n)).hasMessageContaining("this has none");
        assertThatThrownBy(() ->
                        OcdsBidders.read("{\"releases\":[{\"parties\":[{\"id\":\"B\",\"roles\":[\"buyer\"]}]}]}", n))
                .hasMessageContaining("no party in the package has the role tenderer or supplier");
        assertThatThrownBy(() -> OcdsBidders.read("{\"releases\":[{", n)).hasMessageStartingWith("this is not JSON");
    }
}
