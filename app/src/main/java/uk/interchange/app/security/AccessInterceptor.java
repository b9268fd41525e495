package uk.interchange.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies each endpoint's {@link Access} rule before it runs. Fails closed: an endpoint without a rule is refused.
 * Exceptions thrown here reach Spring Security, which sends a stranger to sign in and refuses the signed-in.
 */
@Component
public class AccessInterceptor implements HandlerInterceptor {
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
        if (access.value() == Access.Rule.SIGNED_IN) {
            return true;
        }
        if (access.value() == Access.Rule.ADMIN) {
            boolean admin = auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR"));
            if (!admin) {
                throw new AccessDeniedException("only an administrator may do this");
            }
            return true;
        }
        if (access.value() == Access.Rule.PARTNERSHIP) {
            boolean partner =
                    auth.getAuthorities().stream().anyMatch(a -> PARTNERSHIP_ROLES.contains(a.getAuthority()));
            if (!partner) {
                throw new AccessDeniedException("only people of a partnership organisation may do this");
            }
            return true;
        }
        boolean planner =
                auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PLANNER"));
        if (!planner) {
            throw new AccessDeniedException("only a works planner may do this");
        }
        return true;
    }

    private static final java.util.Set<String> PARTNERSHIP_ROLES = java.util.Arrays.stream(
                    uk.interchange.partnership.sharing.Role.values())
            .map(r -> "ROLE_" + r.name())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The rule on the method, or else on its class; null when there is none. */
    public static Access ruleOf(HandlerMethod method) {
        Access a = method.getMethodAnnotation(Access.class);
        return a != null ? a : method.getBeanType().getAnnotation(Access.class);
    }
}
