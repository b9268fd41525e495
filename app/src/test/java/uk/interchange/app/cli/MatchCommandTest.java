package uk.interchange.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `interchange match` as other tools will run it: its output contract, and every kind of bad input. */
class MatchCommandTest {
    static final String LEFT = """
            id,first_name,surname,dob,address,town,postcode
            L1,Robert,Okonkwo,1984-03-07,14 Gasworks Road,Reading,RG1 3DU
            L2,Mary,Fenwick-Day,1990-11-02,2 Mill Lane,Oxford,OX4 2JY
            L3,Wei,Chen,1962-05-21,9 Station Hill,Slough,SL1 3AB
            L4,Aisha,Patel,1975-01-30,77 Castle Street,Reading,RG1 7SB
            """;
    static final String RIGHT = """
            Rec_ID , Forename , Family_Name , Date_Of_Birth , Address , City , Postcode
            R1,Bob,Okonkwo,07/03/1984,14 Gasworks Rd,Reading,rg13du
            R2,Mary,Fenwick Day,1990-11-02,2 Mill Lane,Oxford,OX4 2JY
            R3,Olga,Nowak,1971-08-15,3 Canal Walk,Newbury,RG14 1AA
            R4,Aysha,Patel,1975-01-30,77 Castle St,Reading,RG1 7SB
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** The README's example, on the files it names: the true pairs are found, and the stranger is not. */
    @Test
    void theReadmesExampleFindsItsTruePairs() throws IOException {
        Path examples = Path.of("..", "docs", "examples");
        Path out = dir.resolve("pairs.csv");
        var r = RoadworksParseCommandTest.run(
                "match",
                "--left",
                examples.resolve("council-suppliers.csv").toString(),
                "--right",
                examples.resolve("police-records.csv").toString(),
                "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> pairs = Files.readAllLines(out).stream()
                .skip(1)
                .map(l -> l.split(",")[0] + "-" + l.split(",")[1])
                .toList();
        assertThat(pairs).contains("c1-p1", "c2-p2", "c3-p3", "c4-p4", "c6-p7");
        assertThat(pairs).noneMatch(p -> p.endsWith("-p6"));
    }

    @Test
    void twoFilesAreLinkedWithTheContractedColumns() throws IOException {
        Path out = dir.resolve("pairs.csv");
        var r = RoadworksParseCommandTest.run(
                "match",
                "--left",
                file("a.csv", LEFT).toString(),
                "--right",
                file("b.csv", RIGHT).toString(),
                "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("left_id,right_id,probability,match_weight");
        assertThat(lines.subList(1, lines.size()))
                .extracting(l -> l.split(",")[0] + "-" + l.split(",")[1])
                .containsExactly("L1-R1", "L2-R2", "L4-R4");
        for (String l : lines.subList(1, lines.size())) {
            double p = Double.parseDouble(l.split(",")[2]);
            assertThat(p).isBetween(0.5, 1.0);
        }
        assertThat(r.out()).contains("3 pairs at or above 0.50");
    }

    @Test
    void explainAddsEachComparisonsLevelAndWeight() throws IOException {
        Path out = dir.resolve("pairs.csv");
        var r = RoadworksParseCommandTest.run(
                "match",
                "--left",
                file("a.csv", LEFT).toString(),
                "--right",
                file("b.csv", RIGHT).toString(),
                "--out",
                out.toString(),
                "--explain",
                "--threshold",
                "0.9");
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(out);
        assertThat(text.lines().findFirst().orElseThrow())
                .startsWith(
                        "left_id,right_id,probability,match_weight,prior_weight,given_name_level,given_name_weight");
        assertThat(text).contains("given names that are forms of one name (Bob, Robert)");
    }

    @Test
    void oneFileGivesItsDuplicatesEachPairOnce() throws IOException {
        Path out = dir.resolve("dups.csv");
        String both = LEFT
                + RIGHT.lines()
                        .skip(1)
                        .map(l -> l + "\n")
                        .reduce("", String::concat)
                        .replace("07/03/1984", "1984-03-07");
        var r = RoadworksParseCommandTest.run(
                "match", "--left", file("all.csv", both).toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out).subList(1, 4))
                .extracting(l -> l.split(",")[0] + "-" + l.split(",")[1])
                .containsExactlyInAnyOrder("L1-R1", "L2-R2", "L4-R4");
    }

    @Test
    void badInputIsRefusedByLineAndNoOutputIsLeftBehind() throws IOException {
        Path out = dir.resolve("pairs.csv");
        Files.writeString(out, "an earlier run's answer\n");
        var noId = RoadworksParseCommandTest.run(
                "match", "--left", file("a.csv", "name,surname\nx,y\n").toString(), "--out", out.toString());
        assertThat(noId.code()).isEqualTo(2);
        assertThat(noId.err()).contains("no id column").doesNotContain("Exception");
        var dup = RoadworksParseCommandTest.run(
                "match",
                "--left",
                file("d.csv", "id,surname\n1,smith\n2,jones\n1,brown\n").toString(),
                "--out",
                out.toString());
        assertThat(dup.err()).contains("line 4: the id \"1\" is also on line 2").contains("--skip-bad-rows");
        var ragged = RoadworksParseCommandTest.run(
                "match",
                "--left",
                file("r.csv", "id,surname\n1,smith\n2,jones,x\n3,brown\n").toString(),
                "--out",
                out.toString());
        assertThat(ragged.err()).contains("line 3: the row has 3 fields where the header has 2");
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "id,surname\n1,Mu\u00f1oz\n".getBytes(StandardCharsets.ISO_8859_1));
        var encoding = RoadworksParseCommandTest.run("match", "--left", latin.toString(), "--out", out.toString());
        assertThat(encoding.code()).isEqualTo(2);
        assertThat(encoding.err()).contains("is not UTF-8 text").contains("--encoding");
        var threshold = RoadworksParseCommandTest.run(
                "match", "--left", file("ok.csv", LEFT).toString(), "--out", out.toString(), "--threshold", "7");
        assertThat(threshold.err()).contains("--threshold must be between 0 and 1");
        var missing = RoadworksParseCommandTest.run(
                "match", "--left", dir.resolve("nowhere.csv").toString(), "--out", out.toString());
        assertThat(missing.err()).contains("does not exist");
        // every refusal left the earlier output as it was, and no half-written file beside it
        assertThat(Files.readString(out)).isEqualTo("an earlier run's answer\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        var skipped = RoadworksParseCommandTest.run(
                "match", "--left", dir.resolve("r.csv").toString(), "--out", out.toString(), "--skip-bad-rows");
        assertThat(skipped.code()).isZero();
        assertThat(skipped.err()).contains("line 3 left out");
        var latinOk = RoadworksParseCommandTest.run(
                "match", "--left", latin.toString(), "--out", out.toString(), "--encoding", "windows-1252");
        assertThat(latinOk.code()).as(latinOk.err()).isZero();
    }
}
