package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import uk.interchange.app.server.ServerTest;

/**
 * Over plain HTTP, with no proxy trusted (the default), the session cookie is not marked Secure and no HSTS is sent,
 * and a client saying X-Forwarded-Proto: https does not change that: only a trusted proxy may.
 */
class PlainHttpCookieTest extends ServerTest {
    @Test
    void anUntrustedClientsForwardedProtoIsIgnored() {
        for (String proto : new String[] {null, "https"}) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri("/sign-in")).GET();
            if (proto != null) {
                b.header("X-Forwarded-Proto", proto);
            }
            var page = send(b.build());
            assertThat(page.headers().firstValue("Set-Cookie"))
                    .as("X-Forwarded-Proto " + proto)
                    .hasValueSatisfying(c -> assertThat(c)
                            .contains("JSESSIONID=")
                            .contains("HttpOnly")
                            .doesNotContain("Secure"));
            assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }
}
