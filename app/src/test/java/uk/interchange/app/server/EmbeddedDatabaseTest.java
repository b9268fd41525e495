package uk.interchange.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The running server's embedded database keeps data as a server would (asked of the database itself, not read from
 * our configuration) and lets no one in without the password kept in the data folder.
 */
@Tag("embedded")
class EmbeddedDatabaseTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void embeddedOnly() {
        String url = System.getenv("INTERCHANGE_TEST_DB_URL");
        assumeTrue(url == null || url.isBlank(), "a configured PostgreSQL server keeps its own settings");
    }

    @Test
    void everyCommitIsWrittenToDiskBeforeItIsReported() {
        assertThat(show("fsync")).isEqualTo("on");
        assertThat(show("synchronous_commit")).isEqualTo("on");
        assertThat(show("full_page_writes")).isEqualTo("on");
    }

    @Test
    void aConnectionWithoutThePasswordIsRefused() throws Exception {
        String url = "jdbc:postgresql://localhost:" + jdbc.queryForObject("select inet_server_port()", Integer.class)
                + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guessed"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");

        Path file = Path.of(dataDir()).resolve("postgres-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (Connection c = DriverManager.getConnection(
                url, "postgres", Files.readString(file).strip())) {
            assertThat(c.isValid(5)).isTrue();
        }
        assertThat(jdbc.queryForList("select distinct auth_method from pg_hba_file_rules", String.class))
                .containsExactly("scram-sha-256");
    }

    private String show(String setting) {
        return jdbc.queryForObject("show " + setting, String.class);
    }
}
