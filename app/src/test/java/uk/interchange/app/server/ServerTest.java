package uk.interchange.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.audit.AuditLog;

/**
 * The whole server on a random port, on the embedded PostgreSQL in a fresh folder, or on the server named by
 * {@code INTERCHANGE_TEST_DB_URL} (CI runs the suite both ways). Requests go over real HTTP. Subclasses share one
 * server: the demonstration works are loaded once and tests add their own works beside them.
 */
@SpringBootTest(classes = InterchangeServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
public abstract class ServerTest {
    public static final String PLANNER_PASSWORD = "planner-test-password";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("interchange-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("interchange.data-dir", DATA::toString);
        registry.add("INTERCHANGE_DEMO_PASSWORD", () -> PLANNER_PASSWORD);
        String url = System.getenv("INTERCHANGE_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> System.getenv()
                    .getOrDefault("INTERCHANGE_TEST_DB_USER", "postgres"));
            registry.add("spring.datasource.password", () -> System.getenv()
                    .getOrDefault("INTERCHANGE_TEST_DB_PASSWORD", ""));
        }
    }

    /** The server's data folder (its embedded database, unless a server is configured). */
    protected static String dataDir() {
        return DATA.toString();
    }

    @LocalServerPort
    protected int port;

    @Autowired
    private AuditLog auditLog;

    /**
     * Waits until the audit entries of what was done so far are in the log: they commit with each action, and the
     * log's writer numbers and chains them a few milliseconds later.
     */
    protected void auditWritten() {
        try {
            if (!auditLog.awaitChained(Duration.ofSeconds(10))) {
                throw new AssertionError("the audit log's writer did not chain the committed entries in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    protected HttpResponse<String> getAsPlanner(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic())
                .GET()
                .build());
    }

    protected static String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString(("planner:" + PLANNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    protected HttpResponse<String> send(HttpRequest request) {
        return SignedInSession.exchange(http, request);
    }

    protected static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }
}
