package uk.interchange.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account has changed under it. At sign-in the session is stamped with the
 * account's {@code session_version} ({@link Accounts} raises it whenever the account's roles, organisation, enabled
 * or password change); on every request a session whose stamp no longer matches, or whose account is disabled or
 * gone, is invalidated before anything reads it, so the request goes on as a stranger's (a page sends it to sign in,
 * the API answers 401). The number is read from the database each time, so this holds with several server instances
 * sharing it. HTTP Basic has no session here: its password and account are checked on each request anyway.
 */
@Component
public class AccountSessions {
    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);
    /** The session attribute holding the account's session version at sign-in. */
    static final String STAMP = AccountSessions.class.getName() + ".version";

    private final JdbcTemplate jdbc;

    public AccountSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stamps the session of a sign-in just made with the account's current version. */
    public void signedIn(HttpServletRequest request, Authentication auth) {
        current(auth.getName()).ifPresent(v -> request.getSession().setAttribute(STAMP, v));
    }

    /** Keeps this session signed in after a change that ended the account's other sessions (its own password). */
    public void keep(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            current(username).ifPresent(v -> session.setAttribute(STAMP, v));
        }
    }

    /** The check, as a filter of the security chain (not a bean, so that the servlet container does not add it too). */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                endIfChanged(request);
                chain.doFilter(request, response);
            }
        };
    }

    private void endIfChanged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() != null) {
            String name = context.getAuthentication().getName();
            Object stamp = session.getAttribute(STAMP);
            // fail closed: a session without a stamp, or an account disabled or gone, is ended too
            if (!Objects.equals(stamp, current(name).orElse(null))) {
                log.info("Session of \"{}\" ended: the account changed after it signed in", name);
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
    }

    /** The account's session version while it is enabled; empty when it is disabled or there is no such account. */
    private Optional<Long> current(String username) {
        List<Long> v = jdbc.queryForList(
                "select session_version from security.account where username = ? and enabled", Long.class, username);
        return v.stream().findFirst();
    }
}
