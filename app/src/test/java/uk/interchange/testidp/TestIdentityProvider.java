package uk.interchange.testidp;

import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for the sign-in tests, started in the test's JVM on
 * a port of its own. It knows two people: {@code tvp-analyst}, who has an Interchange account, and {@code stranger},
 * who does not. Kept outside {@code uk.interchange.app} so that Interchange's own component scan never finds it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
        excludeName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"
        })
public class TestIdentityProvider {
    public static final String CLIENT_ID = "interchange";
    public static final String CLIENT_SECRET = "provider-test-secret";
    public static final String PASSWORD = "provider-test-password";

    private final ConfigurableApplicationContext context;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public TestIdentityProvider() {
        this.context = null; // the instance Spring makes for the configuration
    }

    /** Starts the provider on a free port. */
    public static TestIdentityProvider start() {
        return new TestIdentityProvider(SpringApplication.run(
                TestIdentityProvider.class,
                "--server.port=0",
                // its own session cookie, so that a cookie jar shared by host never mixes the two servers' sessions
                "--server.servlet.session.cookie.name=PROVIDER_SESSION",
                "--spring.main.banner-mode=off"));
    }

    /** Where the provider says it is, as clients discover it. */
    public String issuer() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Registers Interchange as a client once its address (and so its redirect address) is known. */
    public void allow(String redirectUri) {
        context.getBean(RegisteredClientRepository.class)
                .save(RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(CLIENT_ID)
                        .clientSecret("{noop}" + CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri(redirectUri)
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.PROFILE)
                        .clientSettings(ClientSettings.builder()
                                .requireAuthorizationConsent(false)
                                .build())
                        .build());
    }

    public void stop() {
        context.close();
    }

    @Bean
    RegisteredClientRepository clients() {
        // a placeholder until allow() adds Interchange with its real redirect address
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId("placeholder")
                .clientId("placeholder")
                .clientSecret("{noop}placeholder-secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/placeholder")
                .scope(OidcScopes.OPENID)
                .build());
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(
                User.withUsername("tvp-analyst")
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build(),
                User.withUsername("stranger")
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build());
    }

    /** Providers such as Entra ID and Keycloak name the person in preferred_username; so does this one. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername() {
        return ctx -> {
            if (OidcParameterNames.ID_TOKEN.equals(ctx.getTokenType().getValue())) {
                ctx.getClaims().claim("preferred_username", ctx.getPrincipal().getName());
            }
        };
    }
}
