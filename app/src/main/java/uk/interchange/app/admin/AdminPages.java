package uk.interchange.app.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.AccountSessions;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.security.SignInLimiter;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.sharing.Role;

/**
 * Setting up the partnership: organisations, and accounts for their people with their roles. Each form is checked
 * whole and shown again with every problem; nothing is half-made. Each change asks why, and is written to the audit
 * trail with the reason ({@link Administration}).
 */
@Controller
@Access(Access.Rule.ADMIN)
public class AdminPages {
    static final List<String> TYPES = List.of("police-force", "rocu", "local-authority", "partner-agency");
    static final int MIN_REASON = 5;

    private final Organisations organisations;
    private final Accounts accounts;
    private final Administration administration;
    private final SignInLimiter limiter;
    private final AccountSessions sessions;

    public AdminPages(
            Organisations organisations,
            Accounts accounts,
            Administration administration,
            SignInLimiter limiter,
            AccountSessions sessions) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.administration = administration;
        this.limiter = limiter;
        this.sessions = sessions;
    }

    @GetMapping("/admin")
    public String page(Model model) {
        return show(List.of(), model);
    }

    @PostMapping("/admin/organisations")
    public String organisation(
            @RequestParam(defaultValue = "") String id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String reason,
            Principal who,
            Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        String key = id.strip().toLowerCase(Locale.ROOT);
        if (!key.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            problems.add(new FieldProblem("id", "must be 2 to 40 small letters, digits or hyphens, such as tvp"));
        } else if (organisations.exists(key)) {
            problems.add(new FieldProblem("id", "\"" + key + "\" is taken"));
        }
        if (name.isBlank()) {
            problems.add(new FieldProblem("name", "is empty"));
        }
        if (!TYPES.contains(type)) {
            problems.add(new FieldProblem("type", "must be one of " + String.join(", ", TYPES)));
        }
        reasonProblem(reason).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return show(problems, model);
        }
        administration.addOrganisation(who.getName(), key, name.strip(), type, reason.strip());
        return "redirect:/admin";
    }

    /** Which police force covers a council: where the council's screening referrals go. */
    @PostMapping("/admin/organisations/covering")
    public String covering(
            @RequestParam(defaultValue = "") String council,
            @RequestParam(defaultValue = "") String force,
            @RequestParam(defaultValue = "") String reason,
            Principal who,
            Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!organisations.typeOf(council).equals("local-authority")) {
            problems.add(new FieldProblem("council", "is not a council (a local authority) here"));
        }
        if (!organisations.typeOf(force).equals("police-force")) {
            problems.add(new FieldProblem("force", "is not a police force here"));
        }
        reasonProblem(reason).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return show(problems, model);
        }
        administration.cover(who.getName(), council, force, reason.strip());
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts")
    public String account(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String reason,
            Principal who,
            Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        String user = username.strip();
        if (!user.matches("[A-Za-z0-9][A-Za-z0-9._-]{1,59}")) {
            problems.add(new FieldProblem("username", "must be 2 to 60 letters, digits, dots, hyphens or underscores"));
        } else if (accounts.exists(user)) {
            problems.add(new FieldProblem("username", "\"" + user + "\" is taken"));
        }
        if (displayName.isBlank()) {
            problems.add(new FieldProblem("displayName", "is empty"));
        }
        if (!organisations.exists(organisation)) {
            problems.add(new FieldProblem("organisation", "is not an organisation here"));
        }
        List<Role> chosen = roles(roles, problems);
        Accounts.passwordProblem(password).ifPresent(why -> problems.add(new FieldProblem("password", why)));
        reasonProblem(reason).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return show(problems, model);
        }
        administration.addAccount(
                who.getName(), user, password, displayName.strip(), organisation, chosen, reason.strip());
        return "redirect:/admin";
    }

    @GetMapping("/admin/accounts/{username}")
    public String accountPage(
            @PathVariable String username, @RequestParam(required = false) String changed, Model model) {
        Optional<String> done = Optional.ofNullable(changed).map(c -> "The account has been changed.");
        return showAccount(existing(username), List.of(), done, model);
    }

    /** Changes an account's name, organisation, partnership roles and whether it may sign in. */
    @PostMapping("/admin/accounts/{username}")
    public String change(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(defaultValue = "") String reason,
            Principal who,
            Model model) {
        Accounts.Account before = existing(username);
        List<FieldProblem> problems = new ArrayList<>();
        if (displayName.isBlank()) {
            problems.add(new FieldProblem("displayName", "is empty"));
        }
        if (!organisation.isEmpty() && !organisations.exists(organisation)) {
            problems.add(new FieldProblem("organisation", "is not an organisation here"));
        }
        List<Role> chosen = roles(roles, problems);
        // roles that are not the partnership's (a planner's) are kept as they are: this form does not show them
        Set<String> all = new LinkedHashSet<>();
        before.roles().stream().filter(r -> !isPartnershipRole(r)).forEach(all::add);
        chosen.forEach(r -> all.add(r.name()));
        boolean self = before.username().equals(who.getName());
        if (self && (!enabled || !all.contains(Role.ADMINISTRATOR.name()))) {
            problems.add(new FieldProblem(
                    "roles", "cannot take administration from your own account: ask another administrator"));
        }
        reasonProblem(reason).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return showAccount(before, problems, Optional.empty(), model);
        }
        Accounts.Account after = new Accounts.Account(
                before.username(),
                displayName.strip(),
                Optional.of(organisation).filter(o -> !o.isEmpty()),
                before.authority(),
                List.copyOf(all),
                enabled);
        administration.changeAccount(who.getName(), before, after, reason.strip());
        return "redirect:/admin/accounts/" + before.username() + "?changed";
    }

    /** Sets a new password for a person who has lost theirs; they change it at /account once signed in. */
    @PostMapping("/admin/accounts/{username}/password")
    public String resetPassword(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String reason,
            Principal who,
            HttpServletRequest request,
            Model model) {
        Accounts.Account account = existing(username);
        List<FieldProblem> problems = new ArrayList<>();
        Accounts.passwordProblem(password).ifPresent(why -> problems.add(new FieldProblem("password", why)));
        reasonProblem(reason).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return showAccount(account, problems, Optional.empty(), model);
        }
        administration.resetPassword(who.getName(), account, password, reason.strip());
        if (account.username().equals(who.getName())) {
            sessions.keep(request, who.getName()); // the reset ends the account's sessions, but not this one
        }
        return showAccount(account, List.of(), Optional.of("The password has been reset."), model);
    }

    /** Lets a person who is waiting after wrong passwords try again at once, from anywhere. */
    @PostMapping("/admin/accounts/{username}/sign-in")
    public String clearSignIn(
            @PathVariable String username, @RequestParam(defaultValue = "") String reason, Principal who, Model model) {
        Accounts.Account account = existing(username);
        Optional<FieldProblem> problem = reasonProblem(reason);
        if (problem.isPresent()) {
            return showAccount(account, List.of(problem.get()), Optional.empty(), model);
        }
        administration.clearSignIn(who.getName(), account, reason.strip());
        return showAccount(account, List.of(), Optional.of("The wrong passwords have been forgotten."), model);
    }

    private Accounts.Account existing(String username) {
        return accounts.account(username).orElseThrow(() -> new NotFound("such account"));
    }

    private static List<Role> roles(List<String> roles, List<FieldProblem> problems) {
        List<Role> chosen = new ArrayList<>();
        for (String r : roles == null ? List.<String>of() : roles) {
            try {
                chosen.add(Role.valueOf(r));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("roles", "\"" + r + "\" is not a role"));
            }
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "choose at least one"));
        }
        return chosen;
    }

    private static boolean isPartnershipRole(String name) {
        for (Role r : Role.values()) {
            if (r.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static Optional<FieldProblem> reasonProblem(String reason) {
        return reason.strip().length() < MIN_REASON
                ? Optional.of(new FieldProblem("reason", "is needed: say why (it is recorded on the audit trail)"))
                : Optional.empty();
    }

    private String show(List<FieldProblem> problems, Model model) {
        model.addAttribute("problems", problems);
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("types", TYPES);
        model.addAttribute("roles", Role.values());
        return "admin/admin";
    }

    private String showAccount(
            Accounts.Account account, List<FieldProblem> problems, Optional<String> done, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("signIn", limiter.status(account.username()));
        model.addAttribute("problems", problems);
        model.addAttribute("done", done.orElse(""));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("roles", Role.values());
        return "admin/account";
    }
}
