package uk.interchange.app.partnership.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.interchange.app.partnership.response.ActionStore;
import uk.interchange.app.partnership.response.ScpoAlerts;
import uk.interchange.app.partnership.store.ScreeningStore;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.sharing.OrganisationType;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Viewer;

/** The partnership's front page: what this person may do here, by their roles. */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class PartnershipHome {
    private final Accounts accounts;
    private final ScreeningStore screenings;
    private final ActionStore actions;
    private final ScpoAlerts orders;

    public PartnershipHome(Accounts accounts, ScreeningStore screenings, ActionStore actions, ScpoAlerts orders) {
        this.accounts = accounts;
        this.screenings = screenings;
        this.actions = actions;
        this.orders = orders;
    }

    @GetMapping("/partnership")
    public String home(Principal who, Model model) {
        Viewer v = accounts.viewerOf(who);
        model.addAttribute("viewer", v);
        model.addAttribute("records", v.readsRecords());
        model.addAttribute("auditor", v.roles().contains(Role.AUDITOR));
        model.addAttribute(
                "buyer",
                v.roles().contains(Role.PROCUREMENT_OFFICER)
                        && v.organisation().type() == OrganisationType.LOCAL_AUTHORITY);
        boolean officer = v.roles().contains(Role.INTELLIGENCE_OFFICER);
        model.addAttribute("officer", officer);
        model.addAttribute(
                "awaiting", officer ? screenings.awaitingAdvice(v.organisation().id()) : 0);
        model.addAttribute("overdue", actions.overdue(v, Action.today()));
        boolean police = v.organisation().type() == OrganisationType.POLICE_FORCE
                || v.organisation().type() == OrganisationType.ROCU;
        model.addAttribute("police", police);
        model.addAttribute("orderAlerts", police && v.readsRecords() ? orders.forManager(v) : 0);
        return "partnership/home";
    }
}
