package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;
import uk.interchange.partnership.sharing.Role;

/**
 * Wrong passwords slow the address they come from, for the name they were tried for, and nowhere else; a person
 * waiting is told when to try again and what else to do; the count is kept in the database; an administrator clears
 * it, on the audit trail. Each test sends from its own loopback address (127.0.0.x), so that it is a different
 * client to the server.
 */
class SignInThrottleTest extends ServerTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void guessesFromOneAddressMakeItWaitWhileThePersonSignsInFromAnother() {
        accounts.savePartner("throttle-a", "right-password-a1", "A", "reading", List.of(Role.ANALYST));
        HttpClient attacker = from("127.0.0.2");
        for (int i = 0; i < SignInLimiter.FREE; i++) {
            assertThat(basic(attacker, "throttle-a", "guess-" + i).statusCode()).isEqualTo(401);
        }
        var waiting = basic(attacker, "throttle-a", "right-password-a1");
        assertThat(waiting.statusCode())
                .as("the guessing address waits, even with the right password")
                .isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(waiting.body()).contains("try again in 1 minute").contains("ask an administrator");

        assertThat(basic(from("127.0.0.3"), "throttle-a", "right-password-a1").statusCode())
                .as("the person, from elsewhere, is not locked out")
                .isEqualTo(200);
        accounts.savePartner("throttle-b", "right-password-b1", "B", "reading", List.of(Role.ANALYST));
        assertThat(basic(attacker, "throttle-b", "right-password-b1").statusCode())
                .as("the wait is for the name guessed, not every name from the address")
                .isEqualTo(200);
    }

    @Test
    void thePersonWaitingIsToldWhenToTryAgainAndWhatElseToDo() {
        accounts.savePartner("throttle-c", "right-password-c1", "C", "reading", List.of(Role.ANALYST));
        HttpClient browser = browserFrom("127.0.0.4");
        for (int i = 1; i < SignInLimiter.FREE; i++) {
            assertThat(signIn(browser, "throttle-c", "wrong-" + i)).endsWith("/sign-in?error");
        }
        assertThat(signIn(browser, "throttle-c", "wrong-" + SignInLimiter.FREE))
                .as("the wrong password that starts the wait says so")
                .endsWith("/sign-in?error=locked&minutes=1");
        String sent = signIn(browser, "throttle-c", "right-password-c1");
        assertThat(sent).endsWith("/sign-in?error=locked&minutes=1");
        String page = get(browser, sent).body();
        assertThat(page)
                .contains("try again in <span>1</span>")
                .contains("Signing in from anywhere else is not affected")
                .contains("ask your organisation's Interchange administrator");
        assertThat(get(browser, "/sign-in?error=locked&minutes=%3Cb%3Elies").body())
                .as("only a number is taken from the address")
                .doesNotContain("lies")
                .contains("try again in <span>15</span>");
    }

    @Test
    void theWaitGrowsWithEachFurtherGuessAndIsKeptInTheDatabase() {
        HttpClient attacker = from("127.0.0.5");
        for (int i = 0; i < SignInLimiter.FREE; i++) {
            basic(attacker, "throttle-d", "guess-" + i); // no such account: counted all the same
        }
        // one more failure a minute later, when the address may try again: the wait doubles
        jdbc.update(
                "update security.sign_in_failure set at = at - interval '61 seconds' where username = 'throttle-d'");
        assertThat(basic(attacker, "throttle-d", "guess-6").statusCode()).isEqualTo(401);
        var waiting = basic(attacker, "throttle-d", "guess-7");
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).hasValue("120");

        // what a restart gives: a new limiter over the same database knows what the old one counted
        SignInLimiter afterRestart = new SignInLimiter(jdbc, clock);
        String address = jdbc.queryForObject(
                "select distinct address from security.sign_in_failure where username = 'throttle-d'", String.class);
        assertThat(afterRestart.lockedUntil("throttle-d", address)).isPresent();
        assertThat(afterRestart.lockedUntil("throttle-d", "198.51.100.7")).isEmpty();
    }

    @Test
    void anXForwardedForHeaderFromAnUntrustedClientChangesNothing() {
        HttpClient attacker = from("127.0.0.6");
        for (int i = 0; i < SignInLimiter.FREE; i++) {
            basicVia(attacker, "throttle-e", "guess-" + i, "203.0.113." + i);
        }
        assertThat(basicVia(attacker, "throttle-e", "guess-x", "203.0.113.99").statusCode())
                .as("the address is the connection's, whatever the header says")
                .isEqualTo(429);
    }

    @Test
    void aHundredGuessesAnHourFromAnywhereStopTheNameEverywhereUntilAnAdministratorClearsIt() {
        accounts.savePartner("throttle-f", "right-password-f1", "F", "reading", List.of(Role.ANALYST));
        Instant now = Instant.now();
        for (int i = 0; i < SignInLimiter.NAME_LIMIT; i++) {
            jdbc.update(
                    "insert into security.sign_in_failure (username, address, at) values (?, ?, ?)",
                    "throttle-f",
                    "198.51.100." + i,
                    Timestamp.from(now.minusSeconds(600 + i)));
        }
        assertThat(basic(from("127.0.0.7"), "throttle-f", "right-password-f1").statusCode())
                .as("a name guessed from a hundred addresses waits everywhere")
                .isEqualTo(429);

        SignedInSession admin = SignedInSession.as(port, "admin", PLANNER_PASSWORD);
        var page = admin.get("/admin/accounts/throttle-f");
        assertThat(page.body()).contains("100 wrong password(s) in the last day, from 100 address(es)");
        var cleared = admin.post("/admin/accounts/throttle-f/sign-in", Map.of("reason", "she called; it was her"));
        assertThat(cleared.body()).contains("The wrong passwords have been forgotten.");
        assertThat(basic(from("127.0.0.7"), "throttle-f", "right-password-f1").statusCode())
                .isEqualTo(200);
        auditWritten();
        assertThat(jdbc.queryForList(
                        "select actor || ' ' || action || ' ' || reason from audit.entry"
                                + " where record_kind = 'account' and record_id = 'throttle-f' order by seq",
                        String.class))
                .containsExactly(
                        "admin change she called; it was her (sign-in cleared: 100 wrong passwords forgotten)");
    }

    @Test
    void aNameStoppedEverywhereIsToldSoTrulyWithTheWayBack() {
        accounts.savePartner("throttle-i", "right-password-i1", "I", "reading", List.of(Role.ANALYST));
        Instant now = Instant.now();
        for (int i = 0; i < SignInLimiter.NAME_LIMIT; i++) {
            jdbc.update(
                    "insert into security.sign_in_failure (username, address, at) values (?, ?, ?)",
                    "throttle-i",
                    "198.51.100." + i,
                    Timestamp.from(now.minusSeconds(600 + i)));
        }
        HttpClient browser = browserFrom("127.0.0.11");
        String sent = signIn(browser, "throttle-i", "right-password-i1");
        assertThat(sent)
                .as("the person, from an address that never guessed")
                .matches(".*/sign-in\\?error=stopped&minutes=(49|50)");
        String page = get(browser, sent).body();
        assertThat(page)
                .contains("Too many wrong passwords have been tried for this name, from anywhere, in the last hour")
                .contains("cannot be used to sign in from anywhere until")
                .contains("ask your organisation's Interchange administrator to clear it")
                .doesNotContain("from your connection")
                .doesNotContain("Signing in from anywhere else is not affected");

        var program = basic(from("127.0.0.11"), "throttle-i", "right-password-i1");
        assertThat(program.statusCode()).isEqualTo(429);
        assertThat(program.body())
                .contains("for this name from anywhere")
                .contains("ask an administrator to clear it")
                .doesNotContain("from this address");
    }

    @Test
    void aSuccessClearsTheFailuresOfItsOwnAddressOnly() {
        accounts.savePartner("throttle-g", "right-password-g1", "G", "reading", List.of(Role.ANALYST));
        for (int i = 0; i < 3; i++) {
            basic(from("127.0.0.8"), "throttle-g", "guess-" + i);
            basic(from("127.0.0.9"), "throttle-g", "guess-" + i);
        }
        assertThat(basic(from("127.0.0.8"), "throttle-g", "right-password-g1").statusCode())
                .isEqualTo(200);
        SignInLimiter.Status s = new SignInLimiter(jdbc, clock).status("throttle-g");
        assertThat(s.failures()).isEqualTo(3);
        assertThat(s.addresses()).isEqualTo(1);
    }

    @Test
    void aBurstOfGuessesAtOnceFromOneAddressGetsNoMoreThanTheFreeChecks() throws Exception {
        accounts.savePartner("throttle-h", "right-password-h1", "H", "reading", List.of(Role.ANALYST));
        int burst = 30;
        List<HttpClient> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            HttpClient b = browserFrom("127.0.0.10");
            Matcher token = CSRF.matcher(get(b, "/sign-in").body());
            assertThat(token.find()).isTrue();
            browsers.add(b);
            tokens.add(token.group(1));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> sent = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(burst)) {
            for (int i = 0; i < burst; i++) {
                HttpClient b = browsers.get(i);
                String form =
                        "username=throttle-h&password=wrong-" + i + "&_csrf=" + SignedInSession.enc(tokens.get(i));
                sent.add(pool.submit(() -> {
                    start.await();
                    return call(
                                    b,
                                    HttpRequest.newBuilder(at("/sign-in"))
                                            .header("Content-Type", "application/x-www-form-urlencoded")
                                            .POST(HttpRequest.BodyPublishers.ofString(form))
                                            .build())
                            .headers()
                            .firstValue("Location")
                            .orElse("");
                }));
            }
            start.countDown();
        }
        long checked = 0;
        for (Future<String> f : sent) {
            checked += f.get().contains("error=locked") ? 0 : 1;
        }
        Integer counted = jdbc.queryForObject(
                "select count(*) from security.sign_in_failure where username = 'throttle-h'", Integer.class);
        assertThat(counted)
                .as("wrong passwords checked (and counted) of %d sent at once", burst)
                .isEqualTo(SignInLimiter.FREE);
        assertThat(checked)
                .as("answers that were not \"wait\": the free tries, whose last starts the wait")
                .isLessThanOrEqualTo(SignInLimiter.FREE);
    }

    // --- clients bound to a loopback address of their own

    private static HttpClient from(String local) {
        try {
            return HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName(local))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpClient browserFrom(String local) {
        try {
            return HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName(local))
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> basic(HttpClient client, String user, String password) {
        return basicVia(client, user, password, null);
    }

    private HttpResponse<String> basicVia(HttpClient client, String user, String password, String forwardedFor) {
        HttpRequest.Builder b = HttpRequest.newBuilder(at("/account"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return call(client, b.GET().build());
    }

    /** A form sign-in with the page's token; where the server sends the browser next. */
    private String signIn(HttpClient browser, String user, String password) {
        Matcher token = CSRF.matcher(get(browser, "/sign-in").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + SignedInSession.enc(user) + "&password=" + SignedInSession.enc(password) + "&_csrf="
                + SignedInSession.enc(token.group(1));
        var r = call(
                browser,
                HttpRequest.newBuilder(at("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> get(HttpClient client, String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : at(pathOrUrl);
        return call(
                client,
                HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build());
    }

    private static HttpResponse<String> call(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
