package uk.interchange.app.partnership.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.partnership.store.LinkStore;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.model.Link;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Linking a record to another ("director of", "lives at" ...): find the other record by a search (logged like any
 * search), choose what the link says, and record it. The link belongs to the person's organisation; either end may be
 * another organisation's record that they may read. Which way the link runs follows from the two kinds.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class LinkForm {
    /** The kinds a page offers: group membership is recorded on the group's own page. */
    static final List<Link.Kind> OFFERED = Arrays.stream(Link.Kind.values())
            .filter(k -> k != Link.Kind.MEMBER_OF_GROUP)
            .toList();

    private final EntityStore store;
    private final LinkStore links;
    private final Accounts accounts;
    private final Organisations organisations;

    public LinkForm(EntityStore store, LinkStore links, Accounts accounts, Organisations organisations) {
        this.store = store;
        this.links = links;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/records/{owner}/{id}/link")
    public String page(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String q,
            Principal who,
            HttpSession session,
            Model model) {
        Viewer v = writer(who);
        Optional<Enquiry> why = ReasonGate.enquiry(session, v, owner, "linking my organisation's own record");
        if (why.isEmpty()) {
            return ReasonGate.ask(model);
        }
        Found from = readable(v, owner, id, why.get());
        List<Found> found = q.isBlank()
                ? List.of()
                : store.search(v, q, why.get().reason(), why.get().caseRef()).stream()
                        .filter(f -> !f.id().equals(from.id()))
                        .toList();
        return show(v, from, q, found, List.of(), model);
    }

    @PostMapping("/partnership/records/{owner}/{id}/link")
    public String create(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(required = false) List<String> shareWith,
            @RequestParam(defaultValue = "") String shareGroups,
            @RequestParam(defaultValue = "P") String handling,
            Principal who,
            HttpSession session,
            Model model) {
        Viewer v = writer(who);
        Enquiry why = ReasonGate.enquiry(session, v, owner, "linking my organisation's own record")
                .orElseThrow(() -> new NotFound("such record"));
        Found from = readable(v, owner, id, why);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Found> other = store.named(v, to, why.reason(), why.caseRef());
        if (other.isEmpty()) {
            problems.add(new FieldProblem(
                    "to", to.isBlank() ? "choose the record to link to" : "is not a record you may read"));
        }
        Link.Kind k =
                OFFERED.stream().filter(x -> x.name().equals(kind)).findFirst().orElse(null);
        if (k == null) {
            problems.add(new FieldProblem("kind", "choose what the link says"));
        }
        Sharing sharing = SharingForm.read(v, shareWith, shareGroups, handling, organisations, problems);
        Found a = from;
        Found b = other.orElse(null);
        if (k != null && b != null) {
            if (!k.joins(a.kind(), b.kind())) {
                if (k.joins(b.kind(), a.kind())) {
                    a = b; // "the company has this person as director": the link runs from the person
                    b = from;
                } else {
                    problems.add(new FieldProblem(
                            "kind",
                            "\"" + k.words() + "\" cannot join a " + from.kind() + " and a "
                                    + other.get().kind()));
                }
            }
        }
        if (!problems.isEmpty()) {
            List<Found> found = q.isBlank() ? List.of() : store.search(v, q, why.reason(), why.caseRef());
            return show(v, from, q, found, problems, model);
        }
        links.create(v, a, b, k, Optional.of(role.strip()).filter(r -> !r.isEmpty()), sharing);
        return "redirect:/partnership/records/" + owner + "/" + id;
    }

    private Found readable(Viewer v, String owner, String id, Enquiry why) {
        return store.named(v, owner + "/" + ReasonGate.id(id), why.reason(), why.caseRef())
                .orElseThrow(() -> new NotFound("such record"));
    }

    private String show(Viewer v, Found from, String q, List<Found> found, List<FieldProblem> problems, Model model) {
        model.addAttribute("from", from);
        model.addAttribute("q", q);
        model.addAttribute("found", found);
        model.addAttribute("kinds", OFFERED);
        model.addAttribute("problems", problems);
        SharingForm.show(v, Sharing.ownerOnly(v.organisation().id(), Handling.P), organisations, model);
        return "partnership/link-form";
    }

    private Viewer writer(Principal who) {
        return Writers.require(accounts.viewerOf(who), "link records");
    }
}
