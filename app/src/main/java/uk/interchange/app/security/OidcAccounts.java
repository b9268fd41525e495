package uk.interchange.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in through an OpenID Connect provider: the provider says who the person is, Interchange's own account says
 * what they may do. The claim named by {@code interchange.oidc.username-claim} (by default
 * {@code preferred_username}) must name an enabled account; its roles and organisation then apply exactly as for a
 * password sign-in. A person the provider knows but Interchange does not is refused, with the reason.
 */
@Component
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {
    /** The error code of a refusal by Interchange rather than by the provider. */
    static final String NO_ACCOUNT = "interchange_account";

    private final OidcUserService provider = new OidcUserService();
    private final Accounts accounts;
    private final String claim;

    public OidcAccounts(
            Accounts accounts, @Value("${interchange.oidc.username-claim:preferred_username}") String claim) {
        this.accounts = accounts;
        this.claim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        Object named = person.getClaims().get(claim);
        if (!(named instanceof String name) || name.isBlank()) {
            throw refused("the sign-in service did not say the " + claim + " of this person");
        }
        UserDetails account;
        try {
            account = accounts.loadUserByUsername(name.strip());
        } catch (UsernameNotFoundException e) {
            throw refused("there is no Interchange account for " + name + "; ask your administrator for one");
        }
        if (!account.isEnabled() || !account.isAccountNonLocked()) {
            throw refused("the Interchange account " + name + " is disabled or locked");
        }
        // the account's name, not the provider's spelling of it, is who the audit trail and the sharing rule see
        return new DefaultOidcUser(account.getAuthorities(), person.getIdToken(), person.getUserInfo(), claim) {
            @Override
            public String getName() {
                return account.getUsername();
            }
        };
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT, why, null), why);
    }
}
