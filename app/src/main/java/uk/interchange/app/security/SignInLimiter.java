package uk.interchange.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Limits sign-in attempts, by form or HTTP Basic: after {@value #LIMIT} failures for one user name, that name is
 * locked for fifteen minutes, whatever password is tried. A success clears the count.
 */
@Component
public class SignInLimiter extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler {
    static final int LIMIT = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_NAMES = 10_000;

    private record Failures(int count, Instant last) {}

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInLimiter(Clock clock) {
        this.clock = clock;
    }

    public boolean locked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count() >= LIMIT && f.last().plus(LOCK).isAfter(clock.instant());
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String name = request.getParameter("username");
        response.sendRedirect(request.getContextPath() + "/sign-in?error" + (locked(name) ? "=locked" : ""));
    }

    /** Every failed password, by form or by HTTP Basic, counts against the name it was tried for. */
    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        if (failures.size() > MAX_NAMES) {
            // names tried long ago no longer lock anything: forget them, so guessing names cannot fill memory
            failures.values().removeIf(f -> f.last().plus(LOCK).isBefore(now));
        }
        failures.merge(
                key(event.getAuthentication().getName()),
                new Failures(1, now),
                (a, b) -> a.last().plus(LOCK).isBefore(now) ? b : new Failures(a.count() + 1, now));
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    /** Without a page to go back to, each person starts where their work is. */
    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        Set<String> roles = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
        if (roles.contains("ROLE_PLANNER")) {
            return "/roadworks/planner";
        }
        if (roles.contains("ROLE_ADMINISTRATOR") && roles.size() == 1) {
            return "/admin";
        }
        return roles.isEmpty() ? "/" : "/partnership";
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
