package uk.interchange.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.postgres.DurablePostgres;

/** A command opens the server's embedded database with the password kept beside it, the server running or not. */
@Tag("database")
@Tag("embedded")
class DatabaseAccessTest {
    @TempDir
    Path data;

    @Test
    void throughTheRunningServersDatabase() throws Exception {
        try (DurablePostgres running = DurablePostgres.start(data, 0);
                DatabaseAccess db = DatabaseAccess.open(data)) {
            assertThat(db.where()).contains("through the running server");
            assertThat(new JdbcTemplate(db.dataSource()).queryForObject("select inet_server_port()", Integer.class))
                    .isEqualTo(running.port());
        }
    }

    @Test
    void startedForTheCommandWhenNoServerRuns() throws Exception {
        DurablePostgres.start(data, 0).close();
        try (DatabaseAccess db = DatabaseAccess.open(data)) {
            assertThat(db.where()).doesNotContain("running server");
            assertThat(new JdbcTemplate(db.dataSource()).queryForObject("show fsync", String.class))
                    .isEqualTo("on");
        }
    }
}
