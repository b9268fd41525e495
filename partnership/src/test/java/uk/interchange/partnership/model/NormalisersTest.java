package uk.interchange.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NormalisersTest {
    @Provide
    Arbitrary<String> postcodes() {
        Arbitrary<String> area =
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2);
        Arbitrary<String> district = Arbitraries.integers().between(0, 99).map(String::valueOf);
        Arbitrary<String> inward = Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.of("ABDEFGHJLNPQRSTUWXYZ".split("")).list().ofSize(2))
                .as((d, letters) -> d + String.join("", letters));
        return Combinators.combine(area, district, inward).as((a, d, i) -> a + d + " " + i);
    }

    @Property
    void aPostcodeReadsTheSameInAnyCaseAndSpacingAndItsFormReadsBackToItself(
            @ForAll("postcodes") String postcode, @ForAll @IntRange(min = 0, max = 3) int spaces) {
        Parsed<Postcode> canonical = Postcode.parse(postcode);
        assertThat(canonical.ok()).as(postcode).isTrue();
        String messy = " " + postcode.toLowerCase().replace(" ", " ".repeat(spaces)) + "  ";
        assertThat(Postcode.parse(messy).get()).isEqualTo(canonical.get());
        assertThat(Postcode.parse(canonical.get().toString()).get()).isEqualTo(canonical.get());
    }

    @Test
    void aPostcodeHasItsPartsAndBadOnesAreRefusedByName() {
        Postcode p = Postcode.parse("rg1 1aa").get();
        assertThat(p.toString()).isEqualTo("RG1 1AA");
        assertThat(p.area()).isEqualTo("RG");
        assertThat(p.sector()).isEqualTo("RG1 1");
        assertThat(p.district()).isEqualTo("RG1");
        assertThat(Postcode.parse("RG1 1CA").problem())
                .hasValueSatisfying(m -> assertThat(m).contains("RG1 1CA"));
        assertThat(Postcode.parse("12345").ok()).isFalse();
        assertThat(Postcode.parse("  ").problem()).hasValue("no postcode given");
    }

    @Property
    void aUkNumberWrittenAnyWayIsOnePhone(@ForAll @IntRange(min = 1_000_000_000, max = 1_999_999_999) int n) {
        String national = "7" + String.valueOf(n).substring(1); // ten digits, a mobile
        String expected = "+44" + national;
        for (String written : new String[] {
            "0" + national,
            "0" + national.substring(0, 4) + " " + national.substring(4),
            "+44 " + national,
            "+44 (0)" + national.substring(0, 4) + " " + national.substring(4),
            "0044-" + national
        }) {
            assertThat(Phone.parse(written).get().e164()).as(written).isEqualTo(expected);
        }
    }

    @Test
    void phonesThatAreNotNumbersAreRefusedWithTheReason() {
        assertThat(Phone.parse("020 7946 0018").get().e164()).isEqualTo("+442079460018");
        assertThat(Phone.parse("+33 1 23 45 67 89").get().e164()).isEqualTo("+33123456789");
        assertThat(Phone.parse("0207 946").problem())
                .hasValueSatisfying(m -> assertThat(m).contains("digits"));
        assertThat(Phone.parse("call me").problem())
                .hasValueSatisfying(m -> assertThat(m).contains("characters"));
        assertThat(Phone.parse("7946 0018 22").problem())
                .hasValueSatisfying(m -> assertThat(m).contains("start"));
    }

    @Test
    void companyNumbersKeepTheirLeadingZerosAndPrefixes() {
        assertThat(CompanyNumber.parse("1234567").get().value()).isEqualTo("01234567");
        assertThat(CompanyNumber.parse("sc 123456").get().value()).isEqualTo("SC123456");
        assertThat(CompanyNumber.parse("OC301234").get().value()).isEqualTo("OC301234");
        assertThat(CompanyNumber.parse("ABC12345").problem())
                .hasValueSatisfying(m -> assertThat(m).contains("ABC12345"));
        assertThat(CompanyNumber.parse("123456789").ok()).isFalse();
    }

    @Test
    void registrationMarksAndBankAccountsAreComparedInOneForm() {
        assertThat(RegistrationMark.parse("ab12 cde").get())
                .isEqualTo(RegistrationMark.parse("AB12CDE").get());
        assertThat(RegistrationMark.parse("ab12cde").get().display()).isEqualTo("AB12 CDE");
        assertThat(RegistrationMark.parse("A123 BCD").get().value()).isEqualTo("A123BCD");
        assertThat(RegistrationMark.parse("not a plate!").ok()).isFalse();
        BankAccount a = BankAccount.parse("12-34-56", "1234567").get();
        assertThat(a).isEqualTo(BankAccount.parse("12 34 56", "01234567").get());
        assertThat(a.toString()).isEqualTo("12-34-56 01234567");
        assertThat(BankAccount.parse("12-34-5", "12345678").problem())
                .hasValueSatisfying(m -> assertThat(m).contains("sort code"));
    }

    @Property
    void everyThreeFiveTwoGradingReadsBackFromItsLabel(
            @ForAll Grading.Source s, @ForAll Grading.Assessment a, @ForAll Grading.Handling h) {
        Optional<String> conditions = h == Grading.Handling.C ? Optional.of("no onward sharing") : Optional.empty();
        Grading g = new Grading.ThreeFiveTwo(s, a, h, conditions);
        String code = g.label().substring(0, 4);
        assertThat(Grading.parse3x5x2(code, conditions).get()).isEqualTo(g);
    }

    @Test
    void gradingsOutsideTheModelAreRefusedAndOldOnesKeptAsGiven() {
        assertThat(Grading.parse3x5x2("4A P", Optional.empty()).problem())
                .hasValueSatisfying(m -> assertThat(m).contains("source 1 to 3"));
        assertThat(Grading.parse3x5x2("2B C", Optional.empty()).problem())
                .hasValueSatisfying(m -> assertThat(m).contains("conditions"));
        assertThat(new Grading.Legacy5x5x5("B2 4").label()).isEqualTo("B2 4 (5x5x5)");
        // an older grading's handling codes do not convert: it is shared as strictly as code C
        assertThat(new Grading.Legacy5x5x5("B2 4").sharingCode()).isEqualTo(Grading.Handling.C);
    }
}
