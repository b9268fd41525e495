package uk.interchange.app.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends each signed tree head to a witness, a service run by someone other than the database's owner that keeps the
 * heads it is sent (as Certificate Transparency's witnesses do), so a log cut short can be shown against heads the
 * server's own machine no longer holds. Heads are sent one at a time, off the writer's thread, and only the newest
 * waiting is sent (a newer head covers every older one); a witness that cannot be reached is logged and the next
 * head tries again.
 */
public final class HeadWitness implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HeadWitness.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Optional<URI> url;
    private final HttpClient http;
    private final ExecutorService sender;
    /** The newest head not yet sent; a send queued while one waits replaces it. */
    private final AtomicReference<TreeHead> waiting = new AtomicReference<>();

    private HeadWitness(Optional<URI> url) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.sender = Executors.newSingleThreadExecutor(
                r -> Thread.ofPlatform().name("audit-witness").daemon().unstarted(r));
    }

    /** No witness: heads are kept in the database and the head file only. */
    public static HeadWitness none() {
        return new HeadWitness(Optional.empty());
    }

    /** A witness at this address (http or https), or none when it is blank. */
    public static HeadWitness at(String url) {
        if (url == null || url.isBlank()) {
            return none();
        }
        URI u = URI.create(url.strip());
        if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme())) {
            throw new IllegalArgumentException(
                    "interchange.audit.witness-url must be an http or https address, not " + url);
        }
        return new HeadWitness(Optional.of(u));
    }

    /** The head as the witness is sent it: JSON, with the line {@link HeadFile} keeps. */
    static String body(TreeHead h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", h.size());
        m.put("signedAt", h.signedAt().toString());
        m.put("keyId", h.keyId());
        m.put("root", HexFormat.of().formatHex(h.root()));
        m.put("signature", Base64.getEncoder().encodeToString(h.signature()));
        m.put("line", HeadFile.line(h));
        return JSON.writeValueAsString(m);
    }

    /** Queues the head to be sent, in place of any older one still waiting; returns at once. */
    public void send(TreeHead h) {
        url.ifPresent(u -> {
            if (waiting.getAndSet(h) == null) {
                sender.execute(() -> post(u, waiting.getAndSet(null)));
            }
        });
    }

    private void post(URI u, TreeHead h) {
        try {
            HttpResponse<Void> r = http.send(
                    HttpRequest.newBuilder(u)
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(h)))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() / 100 != 2) {
                log.warn(
                        "The audit witness at {} answered {} to the tree head over {} entries",
                        u,
                        r.statusCode(),
                        h.size());
            }
        } catch (java.io.IOException e) {
            log.warn(
                    "The audit witness at {} could not be reached ({}); the next head will be sent", u, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends what is queued (for a few seconds at most), then stops. */
    @Override
    public void close() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS);
    }
}
