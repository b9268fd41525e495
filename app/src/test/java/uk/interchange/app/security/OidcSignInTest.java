package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import uk.interchange.testidp.TestIdentityProvider;

/**
 * Sign-in through OpenID Connect against a real provider (Spring Authorization Server) started here, with the whole
 * authorisation-code flow over HTTP: Interchange sends the person to the provider, the provider signs them in and
 * sends them back with a code, Interchange redeems it, checks the ID token against the provider's keys and maps the
 * person to their Interchange account.
 */
// its own server on a fresh embedded database, whatever INTERCHANGE_TEST_DB_URL says
@Tag("database")
@Tag("embedded")
class OidcSignInTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");
    private static TestIdentityProvider provider;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start(@TempDir Path data) {
        provider = TestIdentityProvider.start();
        String registration = "spring.security.oauth2.client.registration.tvp.";
        app = SpringApplication.run(
                InterchangeServer.class,
                "--server.port=0",
                "--interchange.data-dir=" + data,
                "--INTERCHANGE_DEMO_PASSWORD=oidc-test-password",
                "--" + registration + "client-id=" + TestIdentityProvider.CLIENT_ID,
                "--" + registration + "client-secret=" + TestIdentityProvider.CLIENT_SECRET,
                "--" + registration + "client-name=Thames Valley Police",
                "--" + registration + "scope=openid,profile",
                "--spring.security.oauth2.client.provider.tvp.issuer-uri=" + provider.issuer());
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        provider.allow("http://localhost:" + port + "/login/oauth2/code/tvp");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.stop();
        }
    }

    @Test
    void aPersonWithAnAccountSignsInThroughTheProviderAndGetsTheirAccountsRoles() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> signIn = get(browser, "http://localhost:" + port + "/sign-in");
        assertThat(signIn.body()).contains("Sign in with Thames Valley Police").contains("/oauth2/authorization/tvp");

        // asking for a partnership page first: after signing in, the person lands on it
        HttpResponse<String> atProvider = get(browser, "http://localhost:" + port + "/partnership");
        assertThat(atProvider.uri().getPath()).isEqualTo("/sign-in");
        atProvider = get(browser, "http://localhost:" + port + "/oauth2/authorization/tvp");
        assertThat(atProvider.uri().toString()).startsWith(provider.issuer() + "/login");

        HttpResponse<String> back = signInAtProvider(browser, atProvider, "tvp-analyst");
        assertThat(back.uri().getAuthority()).isEqualTo("localhost:" + port);
        assertThat(back.uri().getPath()).isEqualTo("/partnership");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Thames Valley Police");

        HttpResponse<String> account = get(browser, "http://localhost:" + port + "/account");
        assertThat(account.body()).contains("tvp-analyst").contains("ANALYST");
        // the account's roles apply: an analyst may not reach the administration
        assertThat(get(browser, "http://localhost:" + port + "/admin").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aPersonTheProviderKnowsButInterchangeDoesNotIsRefusedWithTheReason() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> atProvider = get(browser, "http://localhost:" + port + "/oauth2/authorization/tvp");
        HttpResponse<String> back = signInAtProvider(browser, atProvider, "stranger");
        assertThat(back.uri().getPath()).isEqualTo("/sign-in");
        assertThat(back.body())
                .contains("Your sign-in service knows you, but there is no Interchange account for stranger");
        assertThat(get(browser, "http://localhost:" + port + "/account").uri().getPath())
                .isEqualTo("/sign-in");
    }

    @Test
    void passwordsStillWorkBesideTheProvider() {
        SignedInSession s = SignedInSession.as(port, "tvp-analyst", "oidc-test-password");
        assertThat(s.get("/account").body()).contains("tvp-analyst");
    }

    private static HttpResponse<String> signInAtProvider(HttpClient browser, HttpResponse<String> loginPage, String who)
            throws Exception {
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find())
                .as("the provider's sign-in form has a CSRF token")
                .isTrue();
        String form = "username=" + who + "&password=" + TestIdentityProvider.PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return browser.send(
                HttpRequest.newBuilder(URI.create(provider.issuer() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
