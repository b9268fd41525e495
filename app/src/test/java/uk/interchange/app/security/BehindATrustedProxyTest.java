package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.InterchangeServer;
import uk.interchange.app.server.SignedInSession;

/**
 * Behind a proxy that is trusted (here the test client, on loopback, with {@code server.forward-headers-strategy=native}
 * as the README says): the client's address for sign-in throttling is the one the proxy passes on in
 * X-Forwarded-For, a request the proxy received over HTTPS (X-Forwarded-Proto) gets a Secure session cookie and HSTS,
 * and the wrong passwords counted survive a restart of the server.
 */
@Tag("database")
@Tag("embedded")
class BehindATrustedProxyTest {
    private static final String PASSWORD = "proxy-test-password";

    @TempDir
    static Path data;

    private static ConfigurableApplicationContext app;
    private static int port;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static void start() {
        app = SpringApplication.run(
                InterchangeServer.class,
                "--server.port=0",
                "--interchange.data-dir=" + data,
                "--interchange.demo=false",
                "--INTERCHANGE_ADMIN_PASSWORD=" + PASSWORD,
                "--server.forward-headers-strategy=native");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @BeforeAll
    static void startServer() {
        String url = System.getenv("INTERCHANGE_TEST_DB_URL");
        assumeTrue(url == null || url.isBlank(), "the restart needs the embedded database's folder");
        start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theAddressTheProxyPassesOnIsTheOneThatWaitsAndARestartForgetsNothing() {
        for (int i = 0; i < SignInLimiter.FREE; i++) {
            assertThat(basic("admin", "guess-" + i, "203.0.113.10").statusCode())
                    .isEqualTo(401);
        }
        assertThat(basic("admin", PASSWORD, "203.0.113.10").statusCode())
                .as("the guessing client waits")
                .isEqualTo(429);
        assertThat(basic("admin", PASSWORD, "203.0.113.11").statusCode())
                .as("another client behind the same proxy does not")
                .isEqualTo(200);

        // four more wrong passwords from the guessing client make its wait fifteen minutes, longer than a restart
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        for (int i = 0; i < 4; i++) {
            jdbc.update(
                    "insert into security.sign_in_failure (username, address, at) values ('admin', '203.0.113.10', ?)",
                    Timestamp.from(Instant.now()));
        }
        app.close();
        start();
        assertThat(basic("admin", PASSWORD, "203.0.113.10").statusCode())
                .as("after a restart the guessing client still waits")
                .isEqualTo(429);
        assertThat(basic("admin", PASSWORD, "203.0.113.12").statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestTheProxyTookOverHttpsGetsASecureCookieAndHsts() {
        HttpResponse<String> https = signInPage("https");
        assertThat(https.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c ->
                        assertThat(c).contains("JSESSIONID=").contains("Secure").contains("HttpOnly"));
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");

        HttpResponse<String> plain = signInPage("http");
        assertThat(plain.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("JSESSIONID=").doesNotContain("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> signInPage(String proto) {
        return call(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("X-Forwarded-Proto", proto)
                .header("X-Forwarded-For", "203.0.113.20")
                .GET()
                .build());
    }

    private HttpResponse<String> basic(String user, String password, String forwardedFor) {
        return call(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account"))
                .header("Authorization", SignedInSession.basic(user, password))
                .header("X-Forwarded-For", forwardedFor)
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    private HttpResponse<String> call(HttpRequest request) {
        return SignedInSession.exchange(http, request);
    }
}
