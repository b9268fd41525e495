package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.interchange.app.server.ServerTest;

/** Every endpoint states who may call it: this fails, naming the endpoint, when one does not. */
class AccessRulesTest extends ServerTest {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasAnAccessRule() {
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (AccessInterceptor.ruleOf(method) == null
                    && !method.getBeanType().getName().startsWith("org.springframework")) {
                missing.add(info + " -> " + method.getShortLogMessage());
            }
        });
        assertThat(mappings.getHandlerMethods()).isNotEmpty();
        assertThat(missing).as("endpoints without an @Access rule").isEmpty();
    }

    @Test
    void anUnknownAddressIsNotFoundForAnyoneAndGivesNothingAway() {
        var page = send(java.net.http.HttpRequest.newBuilder(uri("/no/such/page"))
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("Exception");
        var api = get("/api/no/such/thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("Exception").doesNotContain("trace");
    }

    @Test
    void theFrameworksOwnEndpointsAreOnlyTheErrorPage() {
        List<String> framework = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getName().startsWith("org.springframework")) {
                framework.add(method.getBeanType().getSimpleName());
            }
        });
        assertThat(framework).allMatch(n -> n.equals("BasicErrorController"));
    }
}
