package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Heads sent to a witness: each arrives whole, in order, and a witness that is down holds nobody up. */
class HeadWitnessTest {
    static final HeadSigner SIGNER = HeadSigner.generate();

    @Test
    void aWitnessIsSentHeadsAsJsonWithTheirLineAndOnlyTheNewestOfThoseThatWaited() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/heads", x -> {
            received.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            first.countDown();
            try {
                release.await(10, TimeUnit.SECONDS); // a slow witness: heads signed meanwhile wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        server.start();
        try (HeadWitness w =
                HeadWitness.at("http://127.0.0.1:" + server.getAddress().getPort() + "/heads")) {
            w.send(head(10));
            assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
            for (long s = 2; s <= 9; s++) {
                w.send(head(s * 10));
            }
            release.countDown();
            List<Long> sizes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String body = received.poll(10, TimeUnit.SECONDS);
                assertThat(body).isNotNull();
                JsonNode j = JsonMapper.builder().build().readTree(body);
                TreeHead back = HeadFile.parse(j.get("line").asString());
                assertThat(back.size()).isEqualTo(j.get("size").asLong());
                assertThat(HeadSigner.verify(back, SIGNER.publicKey())).isTrue();
                sizes.add(back.size());
            }
            assertThat(sizes).containsExactly(10L, 90L); // the seven between were covered by the newest
            assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            server.stop(0);
        }
    }

    private static TreeHead head(long size) {
        return SIGNER.sign(size, Leaf.sha256().digest(new byte[] {(byte) size}), Instant.now());
    }

    @Test
    void aWitnessThatCannotBeReachedIsLoggedNotThrown() throws Exception {
        try (HeadWitness w = HeadWitness.at("http://127.0.0.1:9/heads")) {
            w.send(SIGNER.sign(1, Leaf.sha256().digest(), Instant.now()));
        }
        assertThatThrownBy(() -> HeadWitness.at("ftp://example.org/heads")).hasMessageContaining("http or https");
    }
}
