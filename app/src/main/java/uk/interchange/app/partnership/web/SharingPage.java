package uk.interchange.app.partnership.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.partnership.store.Resharing;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Who else may read one of the organisation's own records (a record, report or group): its owner changes it here,
 * with a reason. A report's handling code is its grading's and is not changed here.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class SharingPage {
    private final Resharing resharing;
    private final Accounts accounts;
    private final Organisations organisations;

    public SharingPage(Resharing resharing, Accounts accounts, Organisations organisations) {
        this.resharing = resharing;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/sharing/{kind}/{owner}/{id}")
    public String page(
            @PathVariable String kind,
            @PathVariable String owner,
            @PathVariable String id,
            Principal who,
            Model model) {
        Viewer v = writer(who);
        Resharing.Kind k = kind(kind);
        Sharing now = current(v, k, owner, id);
        return show(v, k, owner, id, now, "", List.of(), model);
    }

    @PostMapping("/partnership/sharing/{kind}/{owner}/{id}")
    public String change(
            @PathVariable String kind,
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(required = false) List<String> shareWith,
            @RequestParam(defaultValue = "") String shareGroups,
            @RequestParam(defaultValue = "") String handling,
            @RequestParam(defaultValue = "") String reason,
            Principal who,
            Model model) {
        Viewer v = writer(who);
        Resharing.Kind k = kind(kind);
        Sharing now = current(v, k, owner, id);
        List<FieldProblem> problems = new ArrayList<>();
        // a report keeps its grading's handling code
        String code = k == Resharing.Kind.REPORT ? now.handling().name() : handling;
        Sharing wanted = SharingForm.read(v, shareWith, shareGroups, code, organisations, problems);
        if (reason.strip().length() < 5) {
            problems.add(new FieldProblem("reason", "is needed: say why the sharing changes (it is recorded)"));
        }
        if (!problems.isEmpty()) {
            return show(v, k, owner, id, wanted, reason, problems, model);
        }
        if (!resharing.reshare(v, k, UUID.fromString(id), wanted, reason.strip())) {
            throw new NotFound("such record");
        }
        return "redirect:/partnership/" + k.path + "/" + owner + "/" + id;
    }

    private Sharing current(Viewer v, Resharing.Kind k, String owner, String id) {
        if (!owner.equals(v.organisation().id())) {
            throw new NotFound("such record");
        }
        return resharing.current(v, k, ReasonGate.id(id)).orElseThrow(() -> new NotFound("such record"));
    }

    private static Resharing.Kind kind(String path) {
        return Resharing.Kind.ofPath(path)
                .filter(k -> k != Resharing.Kind.LINK)
                .orElseThrow(() -> new NotFound("such record"));
    }

    private String show(
            Viewer v,
            Resharing.Kind k,
            String owner,
            String id,
            Sharing sharing,
            String reason,
            List<FieldProblem> problems,
            Model model) {
        SharingForm.show(v, sharing, organisations, model);
        model.addAttribute("kindPath", k.path);
        model.addAttribute("fixedHandling", k == Resharing.Kind.REPORT);
        model.addAttribute("back", "/partnership/" + k.path + "/" + owner + "/" + id);
        model.addAttribute("action", "/partnership/sharing/" + k.path + "/" + owner + "/" + id);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        return "partnership/sharing";
    }

    private Viewer writer(Principal who) {
        return Writers.require(accounts.viewerOf(who), "share records");
    }
}
