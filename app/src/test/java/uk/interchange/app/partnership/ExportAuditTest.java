package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.partnership.response.LocalProfiles;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.server.ServerTest;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.response.profiles.Audience;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/** An export is logged for what the file holds: not records the exporter may not read, nor a file never given. */
class ExportAuditTest extends ServerTest {
    @Autowired
    EntityStore store;

    @Autowired
    LocalProfiles profiles;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private UUID company(String owner, String name) {
        return store.create(
                new Entity.Company("", owner, name, Optional.empty(), Entity.CompanyStatus.ACTIVE, Optional.empty()),
                new Sharing(owner, Set.of(), Set.of(), Handling.P),
                "company",
                name);
    }

    private List<String> exported(String actor) {
        auditWritten();
        return jdbc.queryForList(
                "select record_id from audit.entry where action = 'export' and actor = ? order by seq",
                String.class,
                actor);
    }

    @Test
    void recordsTheExporterMayNotReadAreNeitherWrittenNorLoggedAsExported() {
        String suffix = Long.toString(System.nanoTime());
        UUID own = company("tvp", "Ashbury Plant Hire " + suffix);
        UUID hidden = company("hmrc", "Ashbury Plant Hire " + suffix);
        Viewer analyst = accounts.viewerOf(() -> "tvp-analyst");
        // found before the HMRC record was hidden from the force, or by a search that drifted from the rule
        List<Found> found = List.of(
                new Found("tvp", own, "company", "Ashbury Plant Hire"),
                new Found("hmrc", hidden, "company", "Ashbury Plant Hire"));
        List<String> before = exported("tvp-analyst");
        List<String> written =
                store.export(analyst, found, "checking the hire firm", Optional.empty(), rows -> rows.stream()
                        .map(r -> r.owner() + "/" + r.id())
                        .toList());
        assertThat(written).containsExactly("tvp/" + own);
        List<String> after = exported("tvp-analyst");
        assertThat(after.subList(before.size(), after.size())).containsExactly("tvp/" + own);
    }

    @Test
    void aFileThatFailsToBeWrittenIsNotLoggedAsExported() {
        UUID own = company("tvp", "Brindle Skips " + System.nanoTime());
        Viewer analyst = accounts.viewerOf(() -> "tvp-analyst");
        List<String> before = exported("tvp-analyst");
        try {
            store.export(
                    analyst,
                    List.of(new Found("tvp", own, "company", "Brindle Skips")),
                    "checking the skips",
                    Optional.empty(),
                    rows -> {
                        throw new IllegalStateException("the file could not be written");
                    });
        } catch (IllegalStateException expected) {
            // as a response that fails while it is made
        }
        assertThat(exported("tvp-analyst")).isEqualTo(before);
    }

    @Test
    void anotherOrganisationsProfileAskedForAsPdfIsNotLoggedAsExported() throws Exception {
        int version = profiles.make(accounts.viewerOf(() -> "hmrc-analyst"), "Slough", "hidden", Audience.ORGANISATION);
        List<String> before = exported("tvp-analyst");
        HttpResponse<String> pdf = send(HttpRequest.newBuilder(uri("/partnership/profiles/hmrc/" + version + "/pdf"))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(("tvp-analyst:" + PLANNER_PASSWORD).getBytes()))
                .GET()
                .build());
        assertThat(pdf.statusCode()).isEqualTo(404);
        assertThat(exported("tvp-analyst")).isEqualTo(before);
    }
}
