package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Heads sent to a witness: each arrives whole, in order, and a witness that is down holds nobody up. */
class HeadWitnessTest {
    static final HeadSigner SIGNER = HeadSigner.generate();

    @Test
    void aWitnessIsSentEachHeadAsJsonWithItsLine() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/heads", x -> {
            received.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        server.start();
        try (HeadWitness w =
                HeadWitness.at("http://127.0.0.1:" + server.getAddress().getPort() + "/heads")) {
            for (long s = 1; s <= 3; s++) {
                w.send(SIGNER.sign(s * 10, Leaf.sha256().digest(new byte[] {(byte) s}), Instant.now()));
            }
            for (long s = 1; s <= 3; s++) {
                String body = received.poll(10, TimeUnit.SECONDS);
                assertThat(body).isNotNull();
                JsonNode j = JsonMapper.builder().build().readTree(body);
                assertThat(j.get("size").asLong()).isEqualTo(s * 10);
                TreeHead back = HeadFile.parse(j.get("line").asString());
                assertThat(HeadSigner.verify(back, SIGNER.publicKey())).isTrue();
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aWitnessThatCannotBeReachedIsLoggedNotThrown() throws Exception {
        try (HeadWitness w = HeadWitness.at("http://127.0.0.1:9/heads")) {
            w.send(SIGNER.sign(1, Leaf.sha256().digest(), Instant.now()));
        }
        assertThatThrownBy(() -> HeadWitness.at("ftp://example.org/heads")).hasMessageContaining("http or https");
    }
}
