package uk.interchange.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.web.FieldProblem;

/** A person's own account: who it says they are, and changing its password (which asks for the current one). */
@Controller
@Access(Access.Rule.SIGNED_IN)
public class AccountPage {
    private final Accounts accounts;
    private final AccountSessions sessions;

    public AccountPage(Accounts accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping("/account")
    public String page(Principal who, @RequestParam(required = false) String changed, Model model) {
        return show(who, List.of(), changed != null, model);
    }

    @PostMapping("/account/password")
    public String change(
            Principal who,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm,
            HttpServletRequest request,
            Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!accounts.passwordMatches(who.getName(), current)) {
            problems.add(new FieldProblem("current", "is not your current password"));
        }
        Accounts.passwordProblem(password).ifPresent(why -> problems.add(new FieldProblem("password", why)));
        if (!password.equals(confirm)) {
            problems.add(new FieldProblem("confirm", "is not the same as the new password"));
        }
        if (problems.isEmpty() && password.equals(current)) {
            problems.add(new FieldProblem("password", "is the same as the current one"));
        }
        if (!problems.isEmpty()) {
            return show(who, problems, false, model);
        }
        accounts.changeOwnPassword(who.getName(), password);
        // the new password ends the person's other sessions (someone may know the old one); this one stays
        sessions.keep(request, who.getName());
        return "redirect:/account?changed";
    }

    private String show(Principal who, List<FieldProblem> problems, boolean changed, Model model) {
        model.addAttribute("username", who.getName());
        model.addAttribute("account", accounts.describe(who.getName()));
        model.addAttribute("problems", problems);
        model.addAttribute("changed", changed);
        return "account";
    }
}
