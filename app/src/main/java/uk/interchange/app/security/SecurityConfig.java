package uk.interchange.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sign-in and the web's defences. Which endpoint needs what is not written here but on each endpoint
 * ({@link Access}); this lets every request through to that check, and keeps CSRF, session and header defences on.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig implements WebMvcConfigurer {
    private final AccessInterceptor access;

    public SecurityConfig(AccessInterceptor access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(access);
    }

    /**
     * Open data read by programs (GET only): the feeds, calendars, the closures API and static files. No session, no
     * sign-in, no CSRF token (nothing here changes anything), the same security headers; this saves every such request
     * the work of the sign-in machinery. Each endpoint's own {@link Access} rule still applies.
     */
    @Bean
    @Order(1)
    SecurityFilterChain openData(HttpSecurity http) throws Exception {
        http.securityMatcher(SecurityConfig::openDataRequest)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(sm -> sm.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(sc -> sc.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(rc -> rc.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.addHeaderWriter(SecurityConfig::policyByType));
        return http.build();
    }

    /** The site's pages: their own stylesheet, scripts and images (and the map's tiles), framed by no one. */
    static final String SITE_POLICY = "default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org;"
            + " style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    /** Data (JSON, XML, text, iCalendar): nothing in it may load or run anything. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Among the open data a few answers are pages (the WZDx validation page, an error page for a browser): they get
     * the site's policy, or their stylesheet is blocked. Written when the response is committed, when its type is
     * known.
     */
    static void policyByType(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader("Content-Security-Policy")) {
            return;
        }
        String type = response.getContentType();
        boolean html = type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("text/html");
        response.setHeader("Content-Security-Policy", html ? SITE_POLICY : DATA_POLICY);
    }

    static boolean openDataRequest(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        return path.startsWith("/feeds/")
                || path.equals("/api/roadworks/closures")
                || path.equals("/api/openapi.yaml")
                || path.endsWith("/calendar.ics")
                || path.equals("/roadworks/summary.txt")
                || path.startsWith("/webjars/")
                || path.startsWith("/assets/")
                || path.startsWith("/css/")
                || path.startsWith("/js/");
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            SignInLimiter limiter,
            AccountSessions sessions,
            ObjectProvider<ClientRegistrationRepository> providers,
            OidcAccounts oidcAccounts)
            throws Exception {
        // a session is stamped with its account's version at sign-in (checked on each request by AccountSessions)
        AuthenticationSuccessHandler signedIn = (request, response, auth) -> {
            sessions.signedIn(request, auth);
            limiter.onAuthenticationSuccess(request, response, auth);
        };
        if (providers.getIfAvailable() != null) {
            // an OpenID Connect provider is configured: it proves who the person is, their account here what they may
            // do
            http.oauth2Login(o -> o.loginPage("/sign-in")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcAccounts))
                    .successHandler(signedIn)
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler("/sign-in?error=provider")));
        }
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                // a name waiting at an address is refused before its password is checked, by form or HTTP Basic
                .addFilterBefore(new SignInThrottle(limiter), UsernamePasswordAuthenticationFilter.class)
                // ...and holds the name's turn at that address until HTTP Basic has checked the password
                .addFilterAfter(new SignInThrottle.Checked(), BasicAuthenticationFilter.class)
                // a session whose account changed since it signed in is ended before anything reads it
                .addFilterBefore(sessions.filter(), BasicAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .failureHandler(limiter)
                        .successHandler(signedIn)
                        .permitAll())
                // Programs may sign each request with HTTP Basic and carry no session cookie: nothing to forge.
                .httpBasic(b -> {})
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfig::signedByHeaderAlone))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/"))
                // The API answers 401 instead of sending a program to a sign-in page.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        (req, res, ex) -> res.sendError(401, "sign in to do this"),
                        request -> request.getRequestURI().startsWith("/api/")))
                // HSTS goes out only on a request that came over HTTPS (directly, or from a trusted proxy)
                .headers(h -> h.httpStrictTransportSecurity(
                                t -> t.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                        .contentSecurityPolicy(c -> c.policyDirectives(SITE_POLICY)))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    /**
     * Whether a request is a program's: HTTP Basic in the Authorization header and no session. Only such a request
     * skips the CSRF check; one that also carries a session cookie (or any other kind of Authorization header) is
     * checked, since the browser would add that cookie to a forged request by itself.
     */
    static boolean signedByHeaderAlone(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6) && request.getRequestedSessionId() == null;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
