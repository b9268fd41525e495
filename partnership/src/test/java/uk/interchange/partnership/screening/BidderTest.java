package uk.interchange.partnership.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.matching.Nicknames;

/** A bidder as the council sees it: its entities in one line each, and where its screening stands. */
class BidderTest {
    private static Bidder with(Optional<Outcome> outcome, BidderEntity... given) {
        return new Bidder(
                UUID.randomUUID(),
                "Acme Ltd",
                List.of(given),
                "form",
                outcome,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void eachEntityIsOneLineNamedByItsKindOrTheRoleOfItsPerson() {
        Bidder b = with(
                Optional.empty(),
                new BidderEntity(Map.of(
                        "kind", "company", "company_name", "Acme Ltd", "company_number", "01234567", "postcode", "")),
                new BidderEntity(
                        Map.of("kind", "person", "given_name", "Jane", "surname", "Smith", "date_of_birth", "03/1984")),
                new BidderEntity(Map.of("kind", "person", "full_name", "Tom Hale", "role", "psc")),
                new BidderEntity(Map.of("kind", "account", "sort_code", "12-34-56", "account_number", "12345678")),
                new BidderEntity(Map.of("kind", "phone", "phone", "+441189000000")));

        assertThat(b.details())
                .containsExactly(
                        "company: Acme Ltd, number 01234567",
                        "director: Jane Smith, born 03/1984",
                        "psc: Tom Hale",
                        "account: 12-34-56, 12345678",
                        "phone: +441189000000");
    }

    @Test
    void theOutcomeSaysWhetherScreenedAndHow() {
        Bidder waiting = with(Optional.empty());
        Bidder referred = with(Optional.of(Outcome.REFER));
        Bidder clear = with(Optional.of(Outcome.NO_HIT));

        assertThat(waiting.screened()).isFalse();
        assertThat(waiting.referred() || waiting.noHit()).isFalse();
        assertThat(referred.screened() && referred.referred() && !referred.noHit())
                .isTrue();
        assertThat(clear.screened() && clear.noHit() && !clear.referred()).isTrue();
    }

    @Test
    void outcomesAreStoredByCodeAndWrittenInWords() {
        assertThat(Outcome.of("refer")).isEqualTo(Outcome.REFER);
        assertThat(Outcome.of("no-hit")).isEqualTo(Outcome.NO_HIT);
        assertThat(Outcome.REFER.words()).isEqualTo("refer to police");
        assertThat(Outcome.NO_HIT.code()).isEqualTo("no-hit");
        assertThatThrownBy(() -> Outcome.of("maybe")).hasMessageContaining("maybe");
    }

    @Test
    void adviceIsReadByItsCodeInTheFormsOrderAndAnythingElseIsNone() {
        assertThat(Advice.values())
                .extracting(Advice::code)
                .containsExactly("proceed", "further-checks", "do-not-award");
        assertThat(Advice.parse("do-not-award")).contains(Advice.DO_NOT_AWARD);
        assertThat(Advice.DO_NOT_AWARD.words()).isEqualTo("Do not award");
        assertThat(Advice.parse("award")).isEmpty();
        assertThat(Advice.parse("")).isEmpty();
        assertThatThrownBy(() -> Advice.of("award")).hasMessageContaining("award");
    }

    @Test
    void aBidderIsNamedByItsCompanyElseByItsFirstEntity() {
        Nicknames n = Nicknames.builtIn();
        Party director = ScreeningCsv.party("1", 1, "person", Map.of("full_name", "Jane Smith"), n);
        Party company = ScreeningCsv.party("2", 2, "company", Map.of("company_name", "Acme Ltd"), n);

        assertThat(Bidder.nameOf(List.of(director, company))).isEqualTo("Acme Ltd");
        assertThat(Bidder.nameOf(List.of(director))).isEqualTo("Jane Smith");
    }
}
