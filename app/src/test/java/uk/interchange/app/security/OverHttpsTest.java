package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.interchange.app.server.InterchangeServer;
import uk.interchange.app.server.SignedInSession;

/**
 * Served over HTTPS directly (a certificate made for this test with the JDK's keytool): the session cookie is Secure
 * and HSTS is sent. The server also runs as on Kubernetes, where Spring would trust X-Forwarded-For from any private
 * address by itself; the configuration says otherwise, so a client cannot choose the address it is throttled by.
 */
// its own server on a fresh embedded database, whatever INTERCHANGE_TEST_DB_URL says
@Tag("database")
@Tag("embedded")
class OverHttpsTest {
    private static final String PASSWORD = "https-test-password";
    private static final String STORE_PASSWORD = "test-store-password";

    @TempDir
    static Path data;

    private static ConfigurableApplicationContext app;
    private static int port;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        Path store = data.resolve("test-tls.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "interchange",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        STORE_PASSWORD)
                .redirectErrorStream(true)
                .start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as("keytool: " + said).isZero();

        app = SpringApplication.run(
                InterchangeServer.class,
                "--server.port=0",
                "--interchange.data-dir=" + data,
                "--interchange.demo=false",
                "--INTERCHANGE_ADMIN_PASSWORD=" + PASSWORD,
                "--spring.main.cloud-platform=kubernetes",
                "--server.ssl.key-store=" + store,
                "--server.ssl.key-store-type=PKCS12",
                "--server.ssl.key-store-password=" + STORE_PASSWORD,
                "--server.ssl.key-alias=interchange");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        http = HttpClient.newBuilder()
                .sslContext(trusting(store))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theSessionCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> page = call(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/sign-in"))
                .GET()
                .build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .contains("JSESSIONID=")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax"));
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void onAKubernetesLikePlatformXForwardedForIsStillNotTrusted() {
        for (int i = 0; i < SignInLimiter.FREE; i++) {
            assertThat(basic("admin", "guess-" + i, "203.0.113." + i).statusCode())
                    .isEqualTo(401);
        }
        assertThat(basic("admin", PASSWORD, "203.0.113.99").statusCode())
                .as("a new X-Forwarded-For does not make the guessing client someone else")
                .isEqualTo(429);
    }

    private static SSLContext trusting(Path store) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }

    private HttpResponse<String> basic(String user, String password, String forwardedFor) {
        return call(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/account"))
                .header("Authorization", SignedInSession.basic(user, password))
                .header("X-Forwarded-For", forwardedFor)
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    private static HttpResponse<String> call(HttpRequest request) {
        return SignedInSession.exchange(http, request);
    }
}
