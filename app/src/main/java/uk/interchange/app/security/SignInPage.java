package uk.interchange.app.security;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: a user name and password, and a button for each OpenID Connect provider that is configured
 * ({@code spring.security.oauth2.client.registration.*}).
 */
@Controller
public class SignInPage {
    /** A provider as the page offers it. */
    public record Provider(String name, String href) {}

    private static final DateTimeFormatter UK_CLOCK =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

    private final List<Provider> providers;
    private final Clock clock;

    public SignInPage(ObjectProvider<ClientRegistrationRepository> registrations, Clock clock) {
        this.clock = clock;
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof InMemoryClientRegistrationRepository all) {
            for (ClientRegistration r : all) {
                found.add(new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
            }
        }
        this.providers = List.copyOf(found);
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/sign-in")
    public String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String minutes,
            HttpSession session,
            Model model) {
        model.addAttribute("providers", providers);
        if ("locked".equals(error) || "stopped".equals(error)) {
            // only a number is taken from the address, so a crafted link cannot put words on this page
            long longest = "stopped".equals(error) ? 60 : 15;
            long wait =
                    minutes != null && minutes.matches("[0-9]{1,3}") ? Math.max(1, Long.parseLong(minutes)) : longest;
            model.addAttribute("lockedMinutes", wait);
            model.addAttribute("lockedUntil", UK_CLOCK.format(clock.instant().plusSeconds(wait * 60)));
        }
        if ("provider".equals(error)
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof OAuth2AuthenticationException e) {
            // our own reason (OidcAccounts), or only the provider's error code: neither holds a secret
            model.addAttribute(
                    "providerProblem",
                    OidcAccounts.NO_ACCOUNT.equals(e.getError().getErrorCode())
                            ? "Your sign-in service knows you, but "
                                    + e.getError().getDescription()
                            : "Your sign-in service did not sign you in ("
                                    + e.getError().getErrorCode() + ")");
        }
        return "sign-in";
    }
}
