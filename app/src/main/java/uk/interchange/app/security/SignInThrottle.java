package uk.interchange.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password attempt, before its password is checked, while {@link SignInLimiter} has the name waiting at
 * the address it comes from: the sign-in form goes back to the sign-in page, which says when to try again and what
 * else to do; a program's HTTP Basic request is answered 429 with {@code Retry-After}. A refused attempt costs no
 * password hash and does not count as another failure.
 */
final class SignInThrottle extends OncePerRequestFilter {
    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/sign-in");

    private final SignInLimiter limiter;

    SignInThrottle(SignInLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = SIGN_IN.matches(request);
        Optional<String> name = form ? Optional.ofNullable(request.getParameter("username")) : basicName(request);
        Optional<Instant> until = name.flatMap(n -> limiter.lockedUntil(n, request.getRemoteAddr()));
        if (until.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = limiter.minutesUntil(until.get());
        if (form) {
            response.sendRedirect(request.getContextPath() + "/sign-in?error=locked&minutes=" + minutes);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(minutes * 60));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"title\":\"Too many wrong passwords\",\"status\":429,\"detail\":\"Too many wrong passwords"
                        + " for this name from this address: try again in " + minutes + " minute"
                        + (minutes == 1 ? "" : "s")
                        + ", or ask an administrator to clear it\"}");
    }

    /** The name in an HTTP Basic header, if the request has one that can be read. */
    static Optional<String> basicName(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String pair =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(pair.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not Base64: HTTP Basic refuses it itself
        }
    }
}
