package uk.interchange.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import uk.interchange.partnership.sharing.Role;

/**
 * Throttles password guessing, by form or HTTP Basic, by the name tried and the address it comes from, as NCSC's
 * password guidance and Cyber Essentials advise (throttling whose wait grows with each failure, no more than ten
 * guesses in five minutes), so that one address guessing a name is slowed without locking the person out from
 * anywhere else. After {@value #FREE} wrong passwords for a name from one address, that address waits a minute
 * before it may try the name again, twice as long after each further one, up to fifteen minutes; its failures count
 * for a day after the last, and a success from it clears them. Whatever the addresses, {@value #NAME_LIMIT} wrong
 * passwords for a name within an hour stop it being tried from anywhere until that hour has passed (OWASP ASVS
 * 2.2.1). An administrator clears a name at once. The failures are kept in the database
 * ({@code security.sign_in_failure}), so a restart forgets nothing. A refused attempt is not checked and not counted.
 */
@Component
public class SignInLimiter extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler {
    private static final Logger log = LoggerFactory.getLogger(SignInLimiter.class);
    /** Wrong passwords from one address for one name before that address must wait. */
    static final int FREE = 5;

    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** How long a wrong password counts against the address it came from. */
    static final Duration REMEMBERED = Duration.ofDays(1);
    /** Wrong passwords for one name, from anywhere, within {@link #NAME_WINDOW}, that stop it being tried at all. */
    static final int NAME_LIMIT = 100;

    static final Duration NAME_WINDOW = Duration.ofHours(1);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    /** Where a name stands: its failures in the last day, from how many addresses, and the longest wait now. */
    public record Status(int failures, int addresses, Optional<Instant> waitUntil) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> purged = new AtomicReference<>(Instant.EPOCH);

    /** Where the page asked for before signing in is kept (the same session attribute Spring Security fills). */
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    public SignInLimiter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        setRequestCache(savedRequests);
    }

    /**
     * A wait in force: until when, and whether it is the name's from anywhere ({@value #NAME_LIMIT} in an hour) rather
     * than only that address's.
     */
    public record Wait(Instant until, boolean everywhere) {
        /** Where the sign-in page is sent to say so: only the number of minutes is taken from it. */
        String signInPage(long minutes) {
            return "/sign-in?error=" + (everywhere ? "stopped" : "locked") + "&minutes=" + minutes;
        }
    }

    /** When the name may next be tried from the address; empty when it may be tried now. */
    public Optional<Instant> lockedUntil(String username, String address) {
        return waitFor(username, address).map(Wait::until);
    }

    /** The wait in force for the name at the address, if any. */
    public Optional<Wait> waitFor(String username, String address) {
        Instant now = clock.instant();
        String name = key(username);
        Optional<Instant> pair = jdbc.query(
                        "select count(*), max(at) from security.sign_in_failure"
                                + " where username = ? and address = ? and at > ?",
                        (rs, i) -> rs.getInt(1) < FREE
                                ? Optional.<Instant>empty()
                                : Optional.of(rs.getTimestamp(2).toInstant().plus(wait(rs.getInt(1)))),
                        name,
                        address(address),
                        Timestamp.from(now.minus(REMEMBERED)))
                .getFirst();
        Optional<Instant> everywhere = nameLockedUntil(name, now).filter(u -> u.isAfter(now));
        Optional<Instant> until = later(pair, everywhere);
        // a name stopped everywhere is told so, even if this address would wait longer on its own
        return until.filter(u -> u.isAfter(now)).map(u -> new Wait(u, everywhere.isPresent()));
    }

    /** How long an address waits after its {@code failures}th wrong password for a name. */
    static Duration wait(int failures) {
        if (failures < FREE) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE, 10);
        Duration d = FIRST_WAIT.multipliedBy(1L << doublings);
        return d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d;
    }

    /** The end of the hour after the failure that brought the name to its limit, while it is still at it. */
    private Optional<Instant> nameLockedUntil(String name, Instant now) {
        List<Timestamp> limitReachedAt = jdbc.queryForList(
                "select at from security.sign_in_failure where username = ? and at > ? order by at desc"
                        + " offset ? limit 1",
                Timestamp.class,
                name,
                Timestamp.from(now.minus(NAME_WINDOW)),
                NAME_LIMIT - 1);
        return limitReachedAt.stream().findFirst().map(t -> t.toInstant().plus(NAME_WINDOW));
    }

    /** Where the name stands, for an administrator. */
    public Status status(String username) {
        Instant now = clock.instant();
        String name = key(username);
        var counts = jdbc.queryForMap(
                "select count(*) as failures, count(distinct address) as addresses from security.sign_in_failure"
                        + " where username = ? and at > ?",
                name,
                Timestamp.from(now.minus(REMEMBERED)));
        List<String> addresses = jdbc.queryForList(
                "select distinct address from security.sign_in_failure where username = ? and at > ?",
                String.class,
                name,
                Timestamp.from(now.minus(REMEMBERED)));
        Optional<Instant> longest = Optional.empty();
        for (String a : addresses) {
            longest = later(longest, lockedUntil(name, a));
        }
        return new Status(
                ((Number) counts.get("failures")).intValue(), ((Number) counts.get("addresses")).intValue(), longest);
    }

    /** Forgets every wrong password tried for the name, from every address; how many were forgotten. */
    public int clear(String username) {
        return jdbc.update("delete from security.sign_in_failure where username = ?", key(username));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        Optional<Wait> wait = waitFor(request.getParameter("username"), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath()
                + wait.map(w -> w.signInPage(minutesUntil(w.until()))).orElse("/sign-in?error"));
    }

    /** Whole minutes from now until the instant, at least one. */
    long minutesUntil(Instant until) {
        long seconds = Duration.between(clock.instant(), until).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    /** Every wrong password, by form or by HTTP Basic, counts against the name and the address it came from. */
    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        String name = key(event.getAuthentication().getName());
        String address = addressOf(event.getAuthentication());
        purge(now);
        jdbc.update(
                "insert into security.sign_in_failure (username, address, at) values (?, ?, ?)",
                name,
                address,
                Timestamp.from(now));
        lockedUntil(name, address)
                .ifPresent(u -> log.warn(
                        "Sign-in: wrong passwords for \"{}\" from {}; that name waits there until {}",
                        name,
                        address,
                        u));
    }

    /** A success clears the failures of that name from that address only. */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        jdbc.update(
                "delete from security.sign_in_failure where username = ? and address = ?",
                key(event.getAuthentication().getName()),
                addressOf(event.getAuthentication()));
    }

    /**
     * Back to the page a person asked for before signing in, unless it is in a section their roles cannot open (the
     * partnership for an administrator, the administration for a planner): then where their work is.
     */
    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        SavedRequest saved = savedRequests.getRequest(request, response);
        if (saved != null && !sectionOpensTo(path(saved.getRedirectUrl()), roles(authentication))) {
            savedRequests.removeRequest(request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** Without a page to go back to, each person starts where their work is. */
    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        Set<String> roles = roles(authentication);
        if (roles.contains("ROLE_PLANNER")) {
            return "/roadworks/planner";
        }
        if (roles.equals(Set.of("ROLE_ADMINISTRATOR"))) {
            return "/admin";
        }
        return roles.isEmpty() ? "/" : "/partnership";
    }

    /**
     * The account's roles only: Spring Security also grants authorities for how the person signed in (such as
     * FACTOR_PASSWORD), which say nothing about their work.
     */
    static Set<String> roles(Authentication authentication) {
        return AuthorityUtils.authorityListToSet(authentication.getAuthorities()).stream()
                .filter(a -> a.startsWith("ROLE_"))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a section's pages are for these roles at all: the administration for administrators, the planner's
     * pages for planners, the partnership for its people other than administrators. Each page's own rule still
     * decides; this only keeps a person from being sent to a section that is not theirs.
     */
    static boolean sectionOpensTo(String path, Set<String> roles) {
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            return roles.contains("ROLE_ADMINISTRATOR");
        }
        if (path.startsWith("/roadworks/planner") || path.endsWith("/edit") && path.startsWith("/roadworks/")) {
            return roles.contains("ROLE_PLANNER");
        }
        if (path.equals("/partnership") || path.startsWith("/partnership/")) {
            return roles.stream().anyMatch(r -> !r.equals("ROLE_ADMINISTRATOR") && PARTNERSHIP.contains(r));
        }
        return true;
    }

    private static final Set<String> PARTNERSHIP =
            Arrays.stream(Role.values()).map(r -> "ROLE_" + r.name()).collect(Collectors.toUnmodifiableSet());

    private static String path(String url) {
        try {
            String p = URI.create(url).getPath();
            return p == null ? "/" : p;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** Rows no longer counted are deleted, at most every ten minutes, so that guessing names cannot fill the table. */
    private void purge(Instant now) {
        Instant last = purged.get();
        if (last.plus(PURGE_EVERY).isBefore(now) && purged.compareAndSet(last, now)) {
            jdbc.update("delete from security.sign_in_failure where at < ?", Timestamp.from(now.minus(REMEMBERED)));
        }
    }

    private static String addressOf(Authentication auth) {
        return address(auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null);
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    /**
     * The name as it is counted: trimmed, in lower case, with any control character as '?' (PostgreSQL stores no NUL),
     * and bounded, so that a huge name is not stored whole.
     */
    static String key(String username) {
        return printable(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), 200);
    }

    /** The client's address as counted: as {@link #key}, for an address a trusted proxy passed on. */
    static String address(String address) {
        return printable(address == null ? "unknown" : address, 100);
    }

    private static String printable(String text, int longest) {
        String cut = text.length() > longest ? text.substring(0, longest) : text;
        return cut.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
