package uk.interchange.app.partnership.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.response.ArticleStore;
import uk.interchange.app.partnership.response.HotspotStore;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.partnership.store.GroupStore;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.response.articles.Article;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The register of articles for use in serious crime: the articles the person may read (after the reason for the
 * look-up), each with the records it belongs to that they may read; and recording an article, linked to records,
 * groups and a hotspot, under a handling code.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class ArticlePages {
    private final ArticleStore store;
    private final EntityStore entities;
    private final Accounts accounts;
    private final Organisations organisations;
    private final GroupStore groups;
    private final HotspotStore hotspots;

    public ArticlePages(
            ArticleStore store,
            EntityStore entities,
            Accounts accounts,
            Organisations organisations,
            GroupStore groups,
            HotspotStore hotspots) {
        this.groups = groups;
        this.hotspots = hotspots;
        this.store = store;
        this.entities = entities;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/articles")
    public String list(Principal who, HttpSession session, Model model) {
        Viewer v = Writers.require(accounts.viewerOf(who), "read the register of articles");
        Enquiry e = (Enquiry) session.getAttribute(Enquiry.SESSION_KEY);
        if (e == null) {
            return ReasonGate.ask(model);
        }
        return show(v, e.reason(), Map.of(), List.of(), model);
    }

    @Access(value = Access.Rule.PARTNERSHIP, changes = false)
    @PostMapping("/partnership/articles")
    public String reason(
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            HttpSession session,
            Model model) {
        return ReasonGate.take(reason, caseReference, session, model, "/partnership/articles");
    }

    @PostMapping("/partnership/articles/new")
    public String create(@RequestParam Map<String, String> form, Principal who, HttpSession session, Model model) {
        Viewer v = Writers.require(accounts.viewerOf(who), "record articles");
        List<FieldProblem> problems = new ArrayList<>();
        String kind = form.getOrDefault("kind", "");
        if (!Article.KINDS.containsKey(kind)) {
            problems.add(new FieldProblem("kind", "is not a kind of article"));
        }
        for (String f : List.of("description", "foundAt", "provenance")) {
            if (form.getOrDefault(f, "").isBlank()) {
                problems.add(new FieldProblem(f, "is empty"));
            }
        }
        LocalDate found = null;
        try {
            found = LocalDate.parse(form.getOrDefault("foundOn", "").strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem("foundOn", "is not a date written as 2026-11-20"));
        }
        List<String> records = new ArrayList<>();
        for (String line : form.getOrDefault("records", "").split("[\\s,]+")) {
            if (line.isBlank()) {
                continue;
            }
            Optional<Found> f = entities.named(v, line.strip(), "linking a record to an article", Optional.empty());
            if (f.isEmpty()) {
                problems.add(new FieldProblem("records", "\"" + line.strip() + "\" is not a record you may read"));
            } else {
                records.add(f.get().owner() + "/" + f.get().id());
            }
        }
        String group = form.getOrDefault("group", "");
        String own = v.organisation().id() + "/";
        if (!group.isEmpty()
                && !(group.startsWith(own)
                        && groups.ownLabels(v.organisation().id()).containsKey(group.substring(own.length())))) {
            problems.add(new FieldProblem("group", "is not a group your organisation records"));
        }
        String intervention = form.getOrDefault("intervention", "");
        if (!intervention.isEmpty()
                && !store.ownInterventions(v.organisation().id()).containsKey(intervention)) {
            problems.add(new FieldProblem("intervention", "is not an intervention on one of your hotspots"));
        }
        String hotspot = form.getOrDefault("hotspot", "").strip();
        if (!hotspot.isEmpty() && !readableHotspot(v, hotspot)) {
            problems.add(new FieldProblem("hotspot", "\"" + hotspot + "\" is not a hotspot you may read (owner/id)"));
        }
        String handling = form.getOrDefault("handling", "P");
        if (!handling.equals("P") && !handling.equals("C")) {
            problems.add(new FieldProblem("handling", "must be P or C"));
        }
        Enquiry e = (Enquiry) session.getAttribute(Enquiry.SESSION_KEY);
        if (!problems.isEmpty()) {
            return show(v, e == null ? "recording an article" : e.reason(), form, problems, model);
        }
        String org = v.organisation().id();
        store.create(
                v,
                new Article.Draft(
                        kind,
                        form.get("description").strip(),
                        found,
                        form.get("foundAt").strip(),
                        form.get("provenance").strip(),
                        records,
                        group.isEmpty() ? List.of() : List.of(group),
                        hotspot,
                        intervention),
                new Sharing(
                        org,
                        Set.of(),
                        "yes".equals(form.get("shareGroups")) ? organisations.groupsOf(org) : Set.of(),
                        Handling.valueOf(handling)));
        if (e == null) {
            session.setAttribute(Enquiry.SESSION_KEY, new Enquiry("recording an article", ""));
        }
        return "redirect:/partnership/articles";
    }

    /** Whether "owner/id" names a hotspot the viewer may read. */
    private boolean readableHotspot(Viewer v, String ownerAndId) {
        String[] parts = ownerAndId.split("/", 2);
        try {
            return parts.length == 2
                    && hotspots.get(v, parts[0], UUID.fromString(parts[1])).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String show(Viewer v, String reason, Map<String, String> values, List<FieldProblem> problems, Model model) {
        List<Article> articles = store.visible(v, reason);
        Set<String> named = new HashSet<>();
        articles.forEach(a -> named.addAll(a.records()));
        model.addAttribute("articles", articles);
        model.addAttribute("readable", entities.readable(v, named));
        model.addAttribute("kinds", Article.KINDS);
        model.addAttribute("groups", groups.ownLabels(v.organisation().id()));
        model.addAttribute("org", v.organisation().id());
        model.addAttribute(
                "interventions", store.ownInterventions(v.organisation().id()));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/articles";
    }
}
