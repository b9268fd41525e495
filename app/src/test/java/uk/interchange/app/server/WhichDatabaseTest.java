package uk.interchange.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server tests run on the database they were given: the PostgreSQL server named by {@code
 * INTERCHANGE_TEST_DB_URL} when it is set (CI's second pass), the embedded one in the test's data folder otherwise.
 * Asked of the database itself, so that a second pass quietly falling back to the embedded database fails here.
 */
class WhichDatabaseTest extends ServerTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTestsTalkToTheDatabaseTheyWereGiven() {
        String url = System.getenv("INTERCHANGE_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            assertThat(Path.of(jdbc.queryForObject("show data_directory", String.class)))
                    .as("the embedded database lives in the test's data folder")
                    .startsWith(Path.of(dataDir()));
            return;
        }
        URI given = URI.create(url.substring("jdbc:".length()));
        assertThat(jdbc.queryForObject("select current_database()", String.class))
                .isEqualTo(given.getPath().substring(1));
        assertThat(jdbc.queryForObject("select inet_server_port()", Integer.class))
                .isEqualTo(given.getPort());
        assertThat(jdbc.queryForObject("show data_directory", String.class))
                .as("not an embedded database in the test's data folder")
                .doesNotStartWith(dataDir());
    }
}
