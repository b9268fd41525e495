package uk.interchange.app.partnership.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Viewer;

/** The partnership's front page: what this person may do here, by their roles. */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class PartnershipHome {
    private final Accounts accounts;

    public PartnershipHome(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/partnership")
    public String home(Principal who, Model model) {
        Viewer v = accounts.viewerOf(who);
        model.addAttribute("viewer", v);
        model.addAttribute("records", v.readsRecords());
        model.addAttribute("auditor", v.roles().contains(Role.AUDITOR));
        return "partnership/home";
    }
}
