package uk.interchange.bench.audit;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.interchange.app.server.InterchangeServer;

/**
 * Many people saving records at once: the whole server started here on a fresh data folder (embedded PostgreSQL,
 * the pool's ten connections), then {@code --writers} signed-in sessions each saving {@code --saves} records through
 * the record form as fast as they can, every save a transaction with its audit entries. Counts the answers by status
 * and times them. Loopback only; bounded by the number of saves and a 60 s timeout a request.
 *
 * <pre>
 * java -cp "bench/target/classes:app/target/interchange.jar:app/target/lib/*" \
 *     uk.interchange.bench.audit.ConcurrentWrites [--writers 100] [--saves 20] [--port 18090]
 * </pre>
 */
public final class ConcurrentWrites {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "concurrent-writes-bench";

    private ConcurrentWrites() {}

    public static void main(String[] args) throws Exception {
        int writers = Integer.parseInt(option(args, "--writers", "100"));
        int saves = Integer.parseInt(option(args, "--saves", "20"));
        int port = Integer.parseInt(option(args, "--port", "18090"));
        String data = Files.createTempDirectory("concurrent-writes-").toString();
        InterchangeServer.start(new String[] {
            "--server.port=" + port, "--interchange.data-dir=" + data, "--INTERCHANGE_DEMO_PASSWORD=" + PASSWORD
        });
        String base = "http://localhost:" + port;
        List<Session> sessions = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            sessions.add(Session.signIn(base, "tvp-analyst"));
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long[] nanos = new long[writers * saves];
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            Session s = sessions.get(w);
            int writer = w;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < saves; i++) {
                    long start = System.nanoTime();
                    int status = s.post(
                            "/partnership/records/new",
                            Map.of(
                                    "kind", "company",
                                    "name", "Load Test Haulage " + writer + "-" + i + " Ltd",
                                    "status", "active",
                                    "handling", "P"));
                    nanos[next.getAndIncrement()] = System.nanoTime() - start;
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(nanos);
        Map<Integer, Integer> counted = new TreeMap<>();
        statuses.forEach((k, v) -> counted.put(k, v.get()));
        System.out.printf(
                "%d writers x %d saves in %.1f s (%.0f saves a second); answers by status %s%n",
                writers, saves, seconds, writers * saves / seconds, counted);
        System.out.printf(
                "latency p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
        System.exit(counted.keySet().stream().allMatch(k -> k == 200) ? 0 : 1);
    }

    /** A signed-in browser session: cookies and the form's CSRF token. */
    private record Session(HttpClient http, String base, String[] csrf) {
        static Session signIn(String base, String user) {
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            Session s = new Session(http, base, new String[] {""});
            s.get("/sign-in");
            s.post("/sign-in", Map.of("username", user, "password", PASSWORD));
            s.get("/partnership/records/new?kind=company");
            return s;
        }

        void get(String path) {
            send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        int post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                            .collect(Collectors.joining("&"))
                    + "&_csrf=" + enc(csrf[0]);
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private int send(HttpRequest.Builder b) {
            try {
                HttpResponse<String> r = http.send(
                        b.header("Accept", "text/html")
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher m = CSRF.matcher(r.body());
                if (m.find()) {
                    csrf[0] = m.group(1);
                }
                return r.statusCode();
            } catch (java.io.IOException e) {
                return -1; // no answer at all (refused, reset or timed out)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
