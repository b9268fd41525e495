package uk.interchange.partnership.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The linker's rules that hold for any input, and its handling of bad files. */
class LinkerTest {
    private static final Nicknames NICKNAMES = Nicknames.builtIn();

    @Provide
    Arbitrary<String> people() {
        Arbitrary<String> row = Combinators.combine(
                        Arbitraries.of("john", "mary", "robert", "bob", "aisha", "wei", "siobhan", "kwame", "olga"),
                        Arbitraries.of("smith", "okonkwo", "patel", "nowak", "jones", "fenwick-day", "o'brien"),
                        Arbitraries.integers().between(1940, 2005),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28),
                        Arbitraries.of("RG1 1AA", "RG2 0QX", "OX4 2JY", "SL1 3AB"))
                .as((g, s, y, m, d, pc) -> g + "," + s + "," + String.format("%d-%02d-%02d", y, m, d) + "," + pc);
        return row.list().ofMinSize(2).ofMaxSize(40).map(rows -> {
            StringBuilder csv = new StringBuilder("id,given_name,surname,dob,postcode\n");
            for (int i = 0; i < rows.size(); i++) {
                csv.append("r").append(i).append(',').append(rows.get(i)).append('\n');
            }
            return csv.toString();
        });
    }

    /**
     * A record whose details no other record of its file shares matches its own copy. (Where several records are the
     * same in every field, agreeing on those values tells nothing, and the copy cannot be told from the others.)
     */
    @Property(tries = 200)
    void everyRecordMatchesItsOwnCopy(@ForAll("people") String csv) {
        MatchInput.Read a = read(csv);
        MatchInput.Read b = read(csv.replace("\nr", "\nc"));
        Linker.Result r =
                Linker.link(a.records(), b.records(), a.fields(), Linker.Options.defaults(), Linker.Progress.NONE);
        Set<String> pairs = r.pairs().stream()
                .map(p -> p.left().id() + "|" + p.right().id())
                .collect(Collectors.toSet());
        Map<String, Long> details = csv.lines()
                .skip(1)
                .collect(Collectors.groupingBy(l -> l.substring(l.indexOf(',')), Collectors.counting()));
        for (String line : csv.lines().skip(1).toList()) {
            if (details.get(line.substring(line.indexOf(','))) == 1) {
                String id = line.substring(0, line.indexOf(','));
                assertThat(pairs).contains(id + "|c" + id.substring(1));
            }
        }
    }

    @Property(tries = 60)
    void swappingLeftAndRightGivesTheSamePairs(@ForAll("people") String csv, @ForAll("people") String other) {
        MatchInput.Read a = read(csv);
        MatchInput.Read b = read(other.replace("\nr", "\nq"));
        Linker.Options o = Linker.Options.defaults().withThreshold(0);
        Set<String> ab = Linker.link(a.records(), b.records(), a.fields(), o, Linker.Progress.NONE).pairs().stream()
                .map(p -> p.left().id() + "|" + p.right().id() + String.format("|%.6f", p.probability()))
                .collect(Collectors.toSet());
        Set<String> ba = Linker.link(b.records(), a.records(), a.fields(), o, Linker.Progress.NONE).pairs().stream()
                .map(p -> p.right().id() + "|" + p.left().id() + String.format("|%.6f", p.probability()))
                .collect(Collectors.toSet());
        assertThat(ba).isEqualTo(ab);
    }

    @Property(tries = 60)
    void withinOneFileEachPairIsGivenOnceAndNoRecordWithItself(@ForAll("people") String csv) {
        MatchInput.Read a = read(csv);
        List<Linker.Pair> pairs = Linker.link(
                        a.records(), null, a.fields(), Linker.Options.defaults().withThreshold(0), Linker.Progress.NONE)
                .pairs();
        Set<String> seen = new HashSet<>();
        for (Linker.Pair p : pairs) {
            assertThat(p.left().id()).isNotEqualTo(p.right().id());
            String key = p.left().id().compareTo(p.right().id()) < 0
                    ? p.left().id() + "|" + p.right().id()
                    : p.right().id() + "|" + p.left().id();
            assertThat(seen.add(key)).as("pair %s once", key).isTrue();
        }
    }

    /** Found by the property above (seed -1505759104415136584): EM once settled on "no compared pair matches". */
    @Test
    void aSmallFileFullOfOneNameStillFindsEachRecordsCopy() {
        String csv = """
                id,given_name,surname,dob,postcode
                r0,john,o'brien,2005-12-01,RG1 1AA
                r1,kwame,fenwick-day,1956-02-28,RG1 1AA
                r2,john,o'brien,1940-11-02,RG1 1AA
                r3,john,o'brien,1940-01-28,RG1 1AA
                r4,wei,o'brien,1956-10-25,SL1 3AB
                r5,john,o'brien,1941-11-27,RG1 1AA
                r6,mary,okonkwo,1940-03-23,RG2 0QX
                r7,kwame,jones,1980-12-09,RG2 0QX
                r8,olga,smith,1969-12-02,RG2 0QX
                r9,john,smith,1941-11-27,RG1 1AA
                r10,wei,jones,1959-05-07,SL1 3AB
                r11,siobhan,patel,2000-06-15,RG1 1AA
                r12,john,o'brien,1940-02-28,RG1 1AA
                r13,john,smith,1993-07-06,OX4 2JY
                r14,bob,o'brien,1953-01-17,RG2 0QX
                """;
        Linker.Result r = Linker.link(
                read(csv).records(),
                read(csv.replace("\nr", "\nc")).records(),
                read(csv).fields(),
                Linker.Options.defaults(),
                Linker.Progress.NONE);
        Set<String> pairs = r.pairs().stream()
                .map(p -> p.left().id() + "|" + p.right().id())
                .collect(Collectors.toSet());
        for (int i = 0; i < 15; i++) {
            assertThat(pairs).contains("r" + i + "|c" + i);
        }
        assertThat(r.model().matchShare()).isGreaterThan(0.1);
    }

    @Test
    void aPairIsExplainedComparisonByComparison() {
        String csv = "id,first_name,surname,dob,postcode\n"
                + "a1,Robert,Okonkwo,1984-03-07,RG2 0QX\n"
                + "a2,Mary,Smith,1990-01-01,OX4 2JY\n"
                + "a3,Sam,Jones,1971-05-05,SL1 3AB\n";
        String other = "unique_id,forename,family_name,date_of_birth,postcode\n"
                + "b1,Bob,Okonkwo,07/03/1984,RG2 0QX\n"
                + "b2,Wei,Chen,1960-02-02,RG1 1AA\n"
                + "b3,Olga,Nowak,1975-06-06,OX4 2JY\n";
        Linker.Result r = Linker.link(
                read(csv).records(),
                read(other).records(),
                read(csv).fields(),
                Linker.Options.defaults(),
                Linker.Progress.NONE);
        assertThat(r.pairs()).hasSize(1);
        Linker.Pair p = r.pairs().get(0);
        assertThat(p.left().id() + p.right().id()).isEqualTo("a1b1");
        List<Comparison> cs = r.model().comparisons();
        assertThat(cs.get(0).words(p.levels()[0])).isEqualTo("given names that are forms of one name (Bob, Robert)");
        assertThat(cs.get(2).words(p.levels()[2])).isEqualTo("the same date of birth");
        double sum = r.prior();
        for (double w : p.weights()) {
            sum += w;
        }
        assertThat(p.weight()).isEqualTo(sum);
        assertThat(p.probability()).isEqualTo(Model.probability(p.weight()));
    }

    @Test
    void aRareSurnameAgreeingCountsForMoreThanACommonOne() {
        StringBuilder csv = new StringBuilder("id,given_name,surname,postcode\n");
        for (int i = 0; i < 60; i++) {
            csv.append("s")
                    .append(i)
                    .append(",g")
                    .append((char) ('a' + i % 26))
                    .append(i / 26)
                    .append(",smith,OX4 2JY\n");
        }
        csv.append("x1,anna,okonkwo,RG2 0QX\nx2,anne,okonkwo,RG2 0QX\nx3,anna,smith,RG2 0QX\nx4,anne,smith,RG2 0QX\n");
        Linker.Result r = Linker.link(
                read(csv.toString()).records(),
                null,
                read(csv.toString()).fields(),
                Linker.Options.defaults().withThreshold(0),
                Linker.Progress.NONE);
        Map<String, Double> surnameWeight = r.pairs().stream()
                .collect(Collectors.toMap(p -> p.left().id() + p.right().id(), p -> p.weights()[1], (x, y) -> x));
        assertThat(surnameWeight.get("x1x2")).isGreaterThan(surnameWeight.get("x3x4"));
    }

    @Test
    void badFilesAreRefusedByLine() {
        assertThatThrownBy(() -> read("name,surname\nx,y\n")).hasMessageContaining("no id column");
        assertThatThrownBy(() -> read("id,surname\n1,smith\n2,jones\n1,brown\n"))
                .hasMessage("line 4: the id \"1\" is also on line 2");
        assertThatThrownBy(() -> read("id,surname\n1,smith\n2,jones,extra\n"))
                .hasMessage("line 3: the row has 3 fields where the header has 2");
        assertThatThrownBy(() -> read("id,surname\n1,\"smith\n"))
                .hasMessageContaining("line 2: a quoted field is never closed");
        MatchInput.Read skipping = MatchInput.read(
                new StringReader("id,surname\n1,smith\n2,jones,extra\n1,brown\n3,green\n"),
                Map.of(),
                true,
                NICKNAMES,
                l -> {});
        assertThat(skipping.records()).extracting(MatchRecord::id).containsExactly("1", "3");
        assertThat(skipping.skipped()).extracting(MatchInput.Problem::line).containsExactly(3, 4);
    }

    private static MatchInput.Read read(String csv) {
        return MatchInput.read(new StringReader(csv), Map.of(), false, NICKNAMES, l -> {});
    }
}
