package uk.interchange.app.security;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the person looking at a page is signed in, for the header's "Your account" or "Sign in" link
 * ({@code ${@signedIn.now()}} in the layout). The layout asked {@code sec:authorize="isAuthenticated()"} before, which
 * parses its expression again on every page: about a quarter of the template's time on a road's page.
 */
@Component("signedIn")
public class SignedIn {
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    /** True for a person signed in by any means; false for a visitor (anonymous, or no security context at all). */
    public boolean now() {
        return trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
    }
}
