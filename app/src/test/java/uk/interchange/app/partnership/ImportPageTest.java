package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/** Importing records from CSV: a preview with every bad row named, nothing stored until the user says so. */
class ImportPageTest extends ServerTest {
    static final String CSV = """
            kind,given_names,surname,name,company_number,postcode,phone
            person,Priya,Hallworth,,,,
            company,,,Hallworth Skip Hire Ltd,11223344,,
            address,,,,,RG30 9ZZ,
            phone,,,,,,not a number
            person,Jon,,,,,
            """;

    @Autowired
    JdbcTemplate jdbc;

    private int stored(String label) {
        Integer n = jdbc.queryForObject(
                "select count(*) from partnership.entity where owner_id = 'reading' and label = ?",
                Integer.class,
                label);
        return n == null ? 0 : n;
    }

    private static String fingerprint(String page) {
        Matcher m =
                Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(m.find()).as("the preview's confirm form").isTrue();
        return m.group(1);
    }

    @Test
    void thePreviewNamesEveryBadRowAndOnlyTheGoodOnesAreStoredWhenConfirmed() {
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get("/partnership/import");
        var preview = council.postFile(
                "/partnership/import/preview", "file", "bidders.csv", CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("3</span> records and <span>0</span> links can be imported")
                .contains("2</span> have problems")
                .contains("not a number")
                .contains("surname");
        assertThat(stored("Priya Hallworth")).isZero(); // nothing yet

        var done = council.post(
                "/partnership/import/confirm", Map.of("fingerprint", fingerprint(preview.body()), "share", "groups"));
        assertThat(done.body())
                .contains("Records imported")
                .contains("3</span> records and <span>0</span> links stored");
        assertThat(stored("Priya Hallworth")).isEqualTo(1);
        assertThat(stored("Hallworth Skip Hire Ltd")).isEqualTo(1);
        // shared with the council's group: the force finds it
        String groups = jdbc.queryForObject(
                "select array_to_string(shared_groups, ',') from partnership.entity where label = 'Priya Hallworth'",
                String.class);
        assertThat(groups).isEqualTo("tv-soc");
        auditWritten();
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit.entry where actor = 'reading-coordinator' and action = 'create'",
                Integer.class);
        assertThat(audited).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aStaleConfirmationStoresNothingAndAPasteWorksToo() {
        SignedInSession council = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);
        council.get("/partnership/import");
        var first = council.post("/partnership/import/preview", Map.of("text", CSV.replace("Priya", "Anya")));
        String old = fingerprint(first.body());
        council.post("/partnership/import/preview", Map.of("text", "kind,name\ncompany,Other Ltd\n"));
        var stale = council.post("/partnership/import/confirm", Map.of("fingerprint", old, "share", "none"));
        assertThat(stale.body()).contains("That preview is out of date");
        assertThat(stored("Anya Hallworth")).isZero();
        var broken = council.post("/partnership/import/preview", Map.of("text", "kind,name\ncompany,\"never closed\n"));
        assertThat(broken.body())
                .contains("never closed")
                .contains("0</span> records and <span>0</span> links can be imported");
    }

    @Test
    void linksJoinTheFilesRowsAndRecordsAlreadyHeldThatTheImporterMayRead() {
        SignedInSession force = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        force.get("/partnership/search");
        var found = force.post(
                "/partnership/search", Map.of("query", "Kestley Waste", "reason", "Linking new intelligence"));
        Matcher firm =
                Pattern.compile("/partnership/records/(tvp/[0-9a-f-]{36})").matcher(found.body());
        assertThat(firm.find()).isTrue();
        String file = "kind,ref,given_names,surname,address,postcode,from,to,link,role\n"
                + "person,p1,Callum,Stroud,,,,,,\n"
                + "address,a1,,,14 Gasworks Road; Reading,RG1 3DU,,,,\n"
                + "link,,,,,,p1,a1,lives at,\n"
                + "link,,,,,,p1," + firm.group(1) + ",person with significant control of,25-50%\n"
                + "link,,,,,,p1,reading/00000000-0000-0000-0000-000000000000,associate of,\n";
        force.get("/partnership/import");
        var preview = force.post("/partnership/import/preview", Map.of("text", file));
        assertThat(preview.body())
                .contains("2</span> records and <span>2</span> links can be imported")
                .contains("is neither a ref in this file nor a record you may read");
        var done = force.post(
                "/partnership/import/confirm", Map.of("fingerprint", fingerprint(preview.body()), "share", "none"));
        assertThat(done.body()).contains("2</span> records and <span>2</span> links stored");
        String callum = jdbc.queryForObject(
                "select id::text from partnership.entity where owner_id = 'tvp' and label = 'Callum Stroud'",
                String.class);
        var page = force.get("/partnership/records/tvp/" + callum);
        assertThat(page.body())
                .contains("lives at")
                .contains("14 Gasworks Road, Reading RG1 3DU")
                .contains("person with significant control of, 25-50%")
                .contains("Kestley Waste Solutions Ltd");
    }

    @Test
    void aProcurementOfficerCannotImport() {
        SignedInSession buyer = SignedInSession.as(port, "reading-buyer", PLANNER_PASSWORD);
        assertThat(buyer.get("/partnership/import").statusCode()).isEqualTo(403);
    }
}
