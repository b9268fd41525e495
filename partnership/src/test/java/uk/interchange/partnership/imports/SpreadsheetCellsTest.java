package uk.interchange.partnership.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cells written for spreadsheets never start like a formula, and read back as they were. */
class SpreadsheetCellsTest {
    /** Text rich in what matters here: formula starts, apostrophes, CSV's own quote, comma and line breaks. */
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings()
                .withChars("=+-@\t\r\n\0'\",; ")
                .withCharRange('a', 'c')
                .withCharRange('0', '2')
                .ofMaxLength(8);
    }

    @Provide
    Arbitrary<List<String>> rows() {
        return cells().list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void aNeutralCellNeverStartsLikeAFormula(@ForAll("cells") String cell) {
        String written = SpreadsheetCells.neutral(cell);
        assertThat(written.isEmpty() || SpreadsheetCells.FORMULA_STARTS.indexOf(written.charAt(0)) < 0)
                .as("%s written as %s", cell, written)
                .isTrue();
    }

    @Property
    void aNeutralCellReadsBackAsItWas(@ForAll("cells") String cell) {
        assertThat(SpreadsheetCells.original(SpreadsheetCells.neutral(cell))).isEqualTo(cell);
    }

    @Property
    void onlyCellsThatStartLikeAFormulaAreChanged(@ForAll("cells") String cell) {
        String stripped = cell.replaceFirst("^'*", "");
        boolean formula = !stripped.isEmpty() && SpreadsheetCells.FORMULA_STARTS.indexOf(stripped.charAt(0)) >= 0;
        assertThat(SpreadsheetCells.neutral(cell)).isEqualTo(formula ? "'" + cell : cell);
    }

    /** Whole lines: through CSV and back, every cell as it was, and none starts like a formula in the file. */
    @Property
    void aLineReadAsCsvGivesNeutralCellsAndTheOriginalsBack(@ForAll("rows") List<String> row) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            header.add("c" + i);
        }
        Csv.Table read = Csv.read(Csv.line(header) + SpreadsheetCells.line(row));
        assertThat(read.rows()).hasSize(1);
        for (int i = 0; i < row.size(); i++) {
            String inFile = read.rows().get(0).fields().get("c" + i);
            assertThat(inFile.isEmpty() || SpreadsheetCells.FORMULA_STARTS.indexOf(inFile.charAt(0)) < 0)
                    .as("cell %d in the file: %s", i, inFile)
                    .isTrue();
        }
        Csv.Table back = SpreadsheetCells.original(read);
        for (int i = 0; i < row.size(); i++) {
            assertThat(back.rows().get(0).fields().get("c" + i)).isEqualTo(row.get(i));
        }
    }

    @Example
    void theCasesOwaspNames() {
        assertThat(SpreadsheetCells.neutral("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.neutral("+447700900123")).isEqualTo("'+447700900123");
        assertThat(SpreadsheetCells.neutral("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.neutral("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.neutral("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.neutral("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetCells.neutral("O'Neill")).isEqualTo("O'Neill");
        assertThat(SpreadsheetCells.neutral("Kestley Waste Solutions Ltd")).isEqualTo("Kestley Waste Solutions Ltd");
    }
}
