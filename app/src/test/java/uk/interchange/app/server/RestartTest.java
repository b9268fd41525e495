package uk.interchange.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.interchange.app.roadworks.store.WorkStore;

/** The embedded database keeps its data in its folder: a second start finds the first start's works. */
@Tag("database")
@Tag("embedded")
class RestartTest {
    private static ConfigurableApplicationContext start(Path data) {
        return SpringApplication.run(
                InterchangeServer.class,
                "--server.port=0",
                "--interchange.data-dir=" + data,
                "--INTERCHANGE_DEMO_PASSWORD=restart-test-password");
    }

    @Test
    void worksSurviveARestartAndTheDemonstrationIsLoadedOnce(@TempDir Path data) {
        String url = System.getenv("INTERCHANGE_TEST_DB_URL");
        assumeTrue(url == null || url.isBlank(), "only the embedded database keeps a folder");
        long first;
        try (ConfigurableApplicationContext app = start(data)) {
            first = app.getBean(WorkStore.class).count();
        }
        assertThat(first).as("the demonstration works on first start").isPositive();
        try (ConfigurableApplicationContext again = start(data)) {
            assertThat(again.getBean(WorkStore.class).count()).isEqualTo(first);
        }
    }
}
