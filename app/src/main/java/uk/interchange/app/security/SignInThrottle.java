package uk.interchange.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 *
 * <p>Attempts for one name from one address are checked one at a time: each holds that pair's turn from the check
 * here until its password has been checked and any failure counted ({@link Checked} passes it on after HTTP Basic),
 * so a burst of guesses at once gets no more checks than guesses one after another. The turns are this process's:
 * with several server instances each could let its own burst through.
 */
final class SignInThrottle extends OncePerRequestFilter {
    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/sign-in");

    /** The request attribute holding the turn of a request whose password is being checked. */
    private static final String TURN = SignInThrottle.class.getName() + ".turn";
    /** How long an attempt waits for its turn before it is refused as busy. */
    static final Duration LONGEST_TURN_WAIT = Duration.ofSeconds(20);

    private final SignInLimiter limiter;
    private final OneAtATime turns = new OneAtATime(LONGEST_TURN_WAIT);

    SignInThrottle(SignInLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = SIGN_IN.matches(request);
        Optional<String> name = form ? Optional.ofNullable(request.getParameter("username")) : basicName(request);
        if (name.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<OneAtATime.Turn> turn;
        try {
            turn = turns.take(SignInLimiter.key(name.get()) + "\n" + SignInLimiter.address(address));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted waiting to check a password", e);
        }
        if (turn.isEmpty()) {
            busy(form, request, response);
            return;
        }
        try (OneAtATime.Turn held = turn.get()) {
            request.setAttribute(TURN, held);
            Optional<SignInLimiter.Wait> wait = limiter.waitFor(name.get(), address);
            if (wait.isEmpty()) {
                chain.doFilter(request, response);
            } else {
                refuse(wait.get(), form, request, response);
            }
        } finally {
            request.removeAttribute(TURN);
        }
    }

    /** Passes the turn on once HTTP Basic has checked the password, so that the rest of the request does not hold it. */
    static final class Checked extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(TURN) instanceof OneAtATime.Turn turn) {
                turn.close();
            }
            chain.doFilter(request, response);
        }
    }

    /** Too many attempts for the name from this address are waiting to be checked. */
    private static void busy(boolean form, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (form) {
            response.sendRedirect(request.getContextPath() + "/sign-in?error=busy");
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"title\":\"Too many sign-ins at once\",\"status\":429,\"detail\":\"Too many sign-ins"
                        + " for this name from this address are waiting to be checked: try again in a minute\"}");
    }

    private void refuse(SignInLimiter.Wait wait, boolean form, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long minutes = limiter.minutesUntil(wait.until());
        if (form) {
            response.sendRedirect(request.getContextPath() + wait.signInPage(minutes));
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(minutes * 60));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"title\":\"Too many wrong passwords\",\"status\":429,\"detail\":\"Too many wrong passwords"
                        + " for this name "
                        + (wait.everywhere() ? "from anywhere in the last hour" : "from this address")
                        + ": try again in " + minutes + " minute"
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
