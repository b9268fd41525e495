package uk.interchange.partnership.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.model.CompanyNumber;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.PersonName;
import uk.interchange.partnership.model.Postcode;

class SearchKeysTest {
    @Test
    void aPersonIsFoundByEveryPartOfEveryNameTheyAreKnownBy() {
        var p = new Entity.Person(
                "p1",
                "tvp",
                new PersonName(Optional.of("Mr"), List.of("Seán"), "Smith-Okonkwo"),
                List.of(new PersonName(Optional.empty(), List.of("Johnny"), "Smith")),
                Optional.empty());
        assertThat(SearchKeys.of(p))
                .contains("nm:SEAN", "nm:SMITHOKONKWO", "nm:SMITH", "nm:OKONKWO", "nm:JOHNNY")
                .doesNotContain("nm:MR");
        for (Set<String> asked : SearchKeys.query("sean smith-okonkwo")) {
            assertThat(SearchKeys.of(p)).containsAll(asked);
        }
    }

    @Test
    void theSearchBoxKnowsPostcodesPhonesCompanyNumbersAndPlates() {
        assertThat(SearchKeys.query("rg1 1aa")).contains(Set.of("pc:RG1 1AA"));
        assertThat(SearchKeys.query("07700 900123")).contains(Set.of("ph:+447700900123"));
        assertThat(SearchKeys.query("sc123456")).contains(Set.of("co:SC123456"));
        assertThat(SearchKeys.query("ab12 cde")).contains(Set.of("vr:AB12CDE"));
        assertThat(SearchKeys.query("Kestrel Waste Ltd")).containsExactly(Set.of("nm:KESTREL", "nm:WASTE"));
        assertThat(SearchKeys.query("  ")).isEmpty();
        var company = new Entity.Company(
                "c1",
                "tvp",
                "The Kestrel Waste Company Limited",
                CompanyNumber.parse("1234567").value(),
                Entity.CompanyStatus.ACTIVE,
                Optional.empty());
        assertThat(SearchKeys.of(company)).containsExactlyInAnyOrder("nm:KESTREL", "nm:WASTE", "co:01234567");
        var address = new Entity.Address(
                "a1",
                "tvp",
                List.of("1 High Street", "Reading"),
                Postcode.parse("RG1 1AA").value());
        assertThat(SearchKeys.of(address)).containsExactly("pc:RG1 1AA");
    }
}
