package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;
import uk.interchange.partnership.imports.Csv;
import uk.interchange.partnership.imports.EntityCsv;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.sharing.Sharing;

/**
 * A record whose name a spreadsheet would run as a formula is exported with an apostrophe before it (OWASP's advice
 * on CSV injection), and the file still imports as the records it was made from.
 */
class ExportFormulaTest extends ServerTest {
    private static final String NAME = "=HYPERLINK(\"http://evil.example/\",\"Grimsditch Haulage\") Ltd";

    @Autowired
    EntityStore store;

    @Test
    void aFormulaInARecordIsExportedAsTextAndImportsBackAsItWas() {
        store.create(
                new Entity.Company("", "tvp", NAME, Optional.empty(), Entity.CompanyStatus.ACTIVE, Optional.empty()),
                new Sharing("tvp", Set.of(), Set.of(), Handling.P),
                "company",
                NAME);
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/search");
        var found = force.post(
                "/partnership/search", Map.of("query", "Grimsditch Haulage", "reason", "checking the haulier"));
        assertThat(found.body()).contains("Download these records (CSV)");
        String file = force.post("/partnership/search/export", Map.of("query", "Grimsditch Haulage"))
                .body();

        Csv.Table asWritten = Csv.read(file);
        assertThat(asWritten.rows()).isNotEmpty();
        for (Csv.Row row : asWritten.rows()) {
            row.fields().forEach((column, cell) -> assertThat(cell)
                    .as("line %d, %s", row.line(), column)
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("-")
                    .doesNotStartWith("@")
                    .doesNotStartWith("\t")
                    .doesNotStartWith("\r"));
        }
        assertThat(asWritten.rows()).anySatisfy(r -> assertThat(r.fields()).containsValue("'" + NAME));

        EntityCsv.Reading again = EntityCsv.read(file, "tvp");
        assertThat(again.problems()).isEmpty();
        assertThat(again.good()).extracting(EntityCsv.Good::label).contains(NAME);
    }
}
