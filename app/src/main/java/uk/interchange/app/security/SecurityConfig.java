package uk.interchange.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    SecurityFilterChain web(HttpSecurity http, SignInLimiter limiter) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .failureHandler(limiter)
                        .successHandler(limiter)
                        .permitAll())
                // Programs may sign each request with HTTP Basic; such requests carry no cookie to forge.
                .httpBasic(b -> {})
                .csrf(c -> c.ignoringRequestMatchers(req -> req.getHeader("Authorization") != null))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/"))
                // The API answers 401 instead of sending a program to a sign-in page.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        (req, res, ex) -> res.sendError(401, "sign in to do this"),
                        request -> request.getRequestURI().startsWith("/api/")))
                .headers(h -> h.contentSecurityPolicy(c ->
                        c.policyDirectives("default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org;"
                                + " style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
