package uk.interchange.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.interchange.partnership.sharing.Role;

/**
 * Applies each endpoint's {@link Access} rule before it runs. Fails closed: an endpoint without a rule is refused,
 * and so is a change (any POST, PUT, PATCH or DELETE not marked as a read) from an account with no role that changes
 * things under the rule. Exceptions thrown here reach Spring Security, which sends a stranger to sign in and refuses
 * the signed-in.
 */
@Component
public class AccessInterceptor implements HandlerInterceptor {
    private static final Set<String> PARTNERSHIP_ROLES =
            Arrays.stream(Role.values()).map(r -> "ROLE_" + r.name()).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> PARTNERSHIP_CHANGERS = Arrays.stream(Role.values())
            .filter(Role::changes)
            .map(r -> "ROLE_" + r.name())
            .collect(Collectors.toUnmodifiableSet());
    /** The methods that cannot change anything (RFC 9110's safe methods). */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // static files: the stylesheet, images
        }
        if (ErrorController.class.isAssignableFrom(method.getBeanType())) {
            return true; // the error page says what went wrong, to anyone: that is its job
        }
        Access access = ruleOf(method);
        if (access == null) {
            throw new AccessDeniedException("no access rule on " + method.getShortLogMessage());
        }
        if (access.value() == Access.Rule.PUBLIC) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            throw new InsufficientAuthenticationException("sign in to do this");
        }
        switch (access.value()) {
            case SIGNED_IN -> {} // one's own account: anyone signed in reads and changes it
            case ADMIN -> require(auth, Set.of("ROLE_ADMINISTRATOR"), "only an administrator may do this");
            case PLANNER -> require(auth, Set.of("ROLE_PLANNER"), "only a works planner may do this");
            case PARTNERSHIP -> {
                require(auth, PARTNERSHIP_ROLES, "only people of a partnership organisation may do this");
                if (changes(request, access)) {
                    require(
                            auth,
                            PARTNERSHIP_CHANGERS,
                            "your roles let you read here, not change anything (an auditor reads, never writes)");
                }
            }
            default -> throw new AccessDeniedException("no such access rule: " + access.value());
        }
        return true;
    }

    /** Whether the request may change something: a method that is not safe, to an endpoint not marked as a read. */
    static boolean changes(HttpServletRequest request, Access access) {
        return access.changes() && !SAFE.contains(request.getMethod());
    }

    private static void require(Authentication auth, Set<String> anyOf, String refusal) {
        if (auth.getAuthorities().stream().noneMatch(a -> anyOf.contains(a.getAuthority()))) {
            throw new AccessDeniedException(refusal);
        }
    }

    /** The rule on the method, or else on its class; null when there is none. */
    public static Access ruleOf(HandlerMethod method) {
        Access a = method.getMethodAnnotation(Access.class);
        return a != null ? a : method.getBeanType().getAnnotation(Access.class);
    }
}
