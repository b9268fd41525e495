package uk.interchange.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.partnership.sharing.Role;

/**
 * Setting up the partnership: organisations, and accounts for their people with their roles. Each form is checked
 * whole and shown again with every problem; nothing is half-made.
 */
@Controller
@Access(Access.Rule.ADMIN)
public class AdminPages {
    static final List<String> TYPES = List.of("police-force", "rocu", "local-authority", "partner-agency");

    private final Organisations organisations;
    private final Accounts accounts;

    public AdminPages(Organisations organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
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
        if (!problems.isEmpty()) {
            return show(problems, model);
        }
        organisations.add(key, name.strip(), type);
        return "redirect:/admin";
    }

    /** Which police force covers a council: where the council's screening referrals go. */
    @PostMapping("/admin/organisations/covering")
    public String covering(
            @RequestParam(defaultValue = "") String council,
            @RequestParam(defaultValue = "") String force,
            Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!organisations.typeOf(council).equals("local-authority")) {
            problems.add(new FieldProblem("council", "is not a council (a local authority) here"));
        }
        if (!organisations.typeOf(force).equals("police-force")) {
            problems.add(new FieldProblem("force", "is not a police force here"));
        }
        if (!problems.isEmpty()) {
            return show(problems, model);
        }
        organisations.cover(council, force);
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts")
    public String account(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(required = false) List<String> roles,
            @RequestParam(defaultValue = "") String password,
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
        Accounts.passwordProblem(password).ifPresent(why -> problems.add(new FieldProblem("password", why)));
        if (!problems.isEmpty()) {
            return show(problems, model);
        }
        accounts.savePartner(user, password, displayName.strip(), organisation, chosen);
        return "redirect:/admin";
    }

    private String show(List<FieldProblem> problems, Model model) {
        model.addAttribute("problems", problems);
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("types", TYPES);
        model.addAttribute("roles", Role.values());
        return "admin/admin";
    }
}
