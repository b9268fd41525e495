package uk.interchange.partnership.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.matching.MatchRecord.Field;

/** Identifiers as strong evidence both ways; values failing their check are not known, and are counted. */
class IdentifiersTest {
    private static final Nicknames NICKNAMES = Nicknames.builtIn();

    private static MatchRecord rec(Map<Field, String> raw) {
        return MatchRecord.of("x", 2, raw, NICKNAMES);
    }

    private static int level(Comparison c, Field f, String a, String b) {
        return c.level(rec(Map.of(f, a)), rec(Map.of(f, b)));
    }

    @Test
    void identifiersAreComparedNormalised() {
        assertThat(level(Comparisons.COMPANY_NUMBER, Field.COMPANY_NUMBER, "1234567", "01234567"))
                .isEqualTo(1);
        assertThat(level(Comparisons.COMPANY_NUMBER, Field.COMPANY_NUMBER, "sc 123456", "SC123456"))
                .isEqualTo(1);
        assertThat(level(Comparisons.COMPANY_NUMBER, Field.COMPANY_NUMBER, "OC474905", "32030803"))
                .isEqualTo(2);
        assertThat(level(Comparisons.NI_NUMBER, Field.NI_NUMBER, "AB 12 34 56 C", "ab123456"))
                .isEqualTo(1);
        assertThat(level(Comparisons.NI_NUMBER, Field.NI_NUMBER, "AB123456C", "AB654321C"))
                .isEqualTo(2);
        assertThat(level(Comparisons.PHONE, Field.PHONE, "07700 900123", "+44 7700 900123"))
                .isEqualTo(1);
        assertThat(level(Comparisons.EMAIL, Field.EMAIL, "Info@Kestley.co.uk", "info@kestley.co.uk"))
                .isEqualTo(1);
        assertThat(level(Comparisons.VEHICLE, Field.VEHICLE, "ab12 cde", "AB12CDE"))
                .isEqualTo(1);
        MatchRecord a = rec(Map.of(Field.SORT_CODE, "12-34-56", Field.ACCOUNT_NUMBER, "1234 5678"));
        MatchRecord b = rec(Map.of(Field.SORT_CODE, "123456", Field.ACCOUNT_NUMBER, "12345678"));
        MatchRecord c = rec(Map.of(Field.SORT_CODE, "123456", Field.ACCOUNT_NUMBER, "87654321"));
        assertThat(Comparisons.BANK_ACCOUNT.level(a, b)).isEqualTo(1);
        assertThat(Comparisons.BANK_ACCOUNT.level(a, c)).isEqualTo(2);
    }

    /** "N/A", a number too short, an NI number HMRC never issues: not known, never a disagreement. */
    @Test
    void anInvalidIdentifierIsNotKnownAndIsCounted() {
        assertThat(level(Comparisons.COMPANY_NUMBER, Field.COMPANY_NUMBER, "N/A", "01234567"))
                .isZero();
        assertThat(level(Comparisons.COMPANY_NUMBER, Field.COMPANY_NUMBER, "0123456X", "01234567"))
                .isZero();
        assertThat(level(Comparisons.NI_NUMBER, Field.NI_NUMBER, "QQ123456C", "AB123456C"))
                .isZero(); // Q is never a first letter
        assertThat(level(Comparisons.NI_NUMBER, Field.NI_NUMBER, "GB123456A", "AB123456C"))
                .isZero(); // nor GB a prefix
        assertThat(level(Comparisons.PHONE, Field.PHONE, "12345", "07700 900123"))
                .isZero();
        assertThat(level(Comparisons.EMAIL, Field.EMAIL, "none", "info@kestley.co.uk"))
                .isZero();
        assertThat(rec(Map.of(Field.COMPANY_NUMBER, "N/A", Field.PHONE, "07700 900123"))
                        .invalid())
                .containsExactly(Field.COMPANY_NUMBER);
        // screening's exact links key on phone() and email(): two bad values must not become one empty key
        assertThat(rec(Map.of(Field.PHONE, "12345")).phone()).isEqualTo("12345");
        assertThat(rec(Map.of(Field.PHONE, "07700 900123")).phone()).isEqualTo("+447700900123");
        assertThat(rec(Map.of(Field.EMAIL, "Not Known")).email()).isEqualTo("not known");

        String csv = "id,company_name,company_number,phone\n1,Kestley Waste Ltd,N/A,07700 900123\n"
                + "2,Allied Scaffolding Ltd,32030803,12345\n3,Apex Roofing Ltd,TBC,\n4,Apex Ltd,SC123456,\n";
        MatchInput.Read read = MatchInput.read(new StringReader(csv), Map.of(), false, NICKNAMES, l -> {});
        assertThat(read.invalid().get(Field.COMPANY_NUMBER)).isEqualTo(new MatchInput.Invalid(2, List.of(2, 4)));
        assertThat(read.invalid().get(Field.PHONE)).isEqualTo(new MatchInput.Invalid(1, List.of(3)));
        assertThat(read.invalid()).doesNotContainKey(Field.EMAIL);
    }

    /**
     * "Allied Scaffolding Limited" in Hull (32030803) and in Bristol (OC474905): the same name, but two valid company
     * numbers that differ weigh about ten bits against, whatever EM makes of the rest; the same number as much for.
     */
    @Test
    void twoValidDifferentNumbersAreStrongEvidenceAgainst() {
        StringBuilder left = new StringBuilder("id,company_name,company_number,town\n");
        StringBuilder right = new StringBuilder("id,company_name,company_number,town\n");
        String[] words = {"apex", "summit", "crown", "eagle", "falcon", "beacon", "castle", "metro", "swift", "atlas"};
        for (int i = 0; i < words.length; i++) {
            String number = String.format("%08d", 1000 + i);
            left.append("l")
                    .append(i)
                    .append(',')
                    .append(words[i])
                    .append(" Roofing Ltd,")
                    .append(number)
                    .append(",Leeds\n");
            right.append("r")
                    .append(i)
                    .append(',')
                    .append(words[i])
                    .append(" Roofing Limited,")
                    .append(number.substring(4))
                    .append(",Leeds\n");
        }
        left.append("hull,Allied Scaffolding Limited,32030803,Hull\n");
        right.append("bristol,Allied Scaffolding Limited,OC474905,Bristol\n");
        MatchInput.Read a = MatchInput.read(new StringReader(left.toString()), Map.of(), false, NICKNAMES, l -> {});
        MatchInput.Read b = MatchInput.read(new StringReader(right.toString()), Map.of(), false, NICKNAMES, l -> {});
        Set<Field> fields = new HashSet<>(a.fields());
        Linker.Result r = Linker.link(
                a.records(), b.records(), fields, Linker.Options.defaults().withThreshold(0), Linker.Progress.NONE);
        int cn = r.model().comparisons().indexOf(Comparisons.COMPANY_NUMBER);
        Linker.Pair allied = r.pairs().stream()
                .filter(p -> p.left().id().equals("hull"))
                .filter(p -> p.right().id().equals("bristol"))
                .findFirst()
                .orElseThrow();
        assertThat(allied.levels()[cn]).isEqualTo(2);
        assertThat(allied.weights()[cn]).isLessThan(-9);
        assertThat(allied.probability()).isLessThan(0.5);
        Linker.Pair apex = r.pairs().stream()
                .filter(p -> p.left().id().equals("l0") && p.right().id().equals("r0"))
                .findFirst()
                .orElseThrow();
        assertThat(apex.levels()[cn]).isEqualTo(1); // 00001000 and 1000
        assertThat(apex.weights()[cn]).isGreaterThan(3);
    }

    /** m stated for some levels stays as stated; the levels still estimated share what is left. */
    @Test
    void statedMStaysAndTheRestSharesWhatIsLeft() {
        double[] m = {0, 0.5, 0.3, 0.2};
        Model.state(m, new double[] {0, Double.NaN, 0.1, Double.NaN});
        assertThat(m[2]).isEqualTo(0.1);
        assertThat(m[1] + m[3]).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m[1] / m[3]).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-12));
    }
}
