package uk.interchange.app.partnership.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.ScreeningStore;
import uk.interchange.app.partnership.store.Watchlists;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.screening.Advice;
import uk.interchange.partnership.screening.Evidence;
import uk.interchange.partnership.screening.Referral;
import uk.interchange.partnership.screening.Screener;
import uk.interchange.partnership.sharing.Role;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The police side of supplier screening, for the intelligence officers of the force covering a council: the
 * referrals made to the force, each with its evidence (the paths to crime groups, the matches on them and why each
 * matched, the red flags) limited to the records, links and groups the officer may read now, and the advice
 * recorded for the council.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class ReferralPages {
    private final ScreeningStore store;
    private final EntityStore entities;
    private final Watchlists watchlists;
    private final Accounts accounts;

    public ReferralPages(ScreeningStore store, EntityStore entities, Watchlists watchlists, Accounts accounts) {
        this.store = store;
        this.entities = entities;
        this.watchlists = watchlists;
        this.accounts = accounts;
    }

    @GetMapping("/partnership/referrals")
    public String list(Principal who, Model model) {
        Viewer v = officer(who);
        model.addAttribute("referrals", store.referrals(v.organisation().id()));
        model.addAttribute("advices", List.of(Advice.values()));
        return "partnership/referrals";
    }

    @GetMapping("/partnership/referrals/{id}")
    public String referral(
            @PathVariable String id, @RequestParam(defaultValue = "") String advised, Principal who, Model model) {
        Viewer v = officer(who);
        model.addAttribute("advised", !advised.isEmpty());
        return show(v, ReasonGate.id(id), Map.of(), List.of(), model);
    }

    @PostMapping("/partnership/referrals/{id}/advice")
    public String advise(@PathVariable String id, @RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = officer(who);
        UUID uuid = ReasonGate.id(id);
        Optional<Advice> advice = Advice.parse(form.getOrDefault("advice", ""));
        String note = form.getOrDefault("note", "").strip();
        String reason = form.getOrDefault("reason", "").strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (advice.isEmpty()) {
            problems.add(new FieldProblem("advice", "is not chosen: proceed, do not award, or further checks needed"));
        }
        if (note.length() > 1000) {
            problems.add(new FieldProblem("note", "is longer than 1,000 characters"));
        }
        if (reason.length() < 5) {
            problems.add(new FieldProblem(
                    "reason",
                    "is needed: say what the advice rests on (it is kept in the audit"
                            + " trail, not shown to the council)"));
        }
        if (!problems.isEmpty()) {
            return show(v, uuid, form, problems, model);
        }
        if (!store.advise(v, uuid, advice.get(), note, reason)) {
            throw new NotFound("such referral");
        }
        return "redirect:/partnership/referrals/" + uuid + "?advised=yes";
    }

    private String show(Viewer v, UUID id, Map<String, String> values, List<FieldProblem> problems, Model model) {
        Referral r = store.referral(v, id, "to advise a council on a bidder it referred")
                .orElseThrow(() -> new NotFound("such referral"));
        Evidence e = r.evidence().orElseThrow();
        // the evidence was found with what the force could read when the council screened; a record erased, or no
        // longer shared with the force since, takes the paths through it out of what is shown, and so does a link
        // between two of its records or a crime group at its end that is no longer shared with the force
        Set<String> named = new HashSet<>();
        e.paths().forEach(p -> p.through().forEach(t -> named.add(record(t))));
        Map<String, String> readable = entities.readable(v, named);
        String force = v.organisation().id();
        Set<String> linked = watchlists.linkedPairs(force, named);
        Set<String> unreadGroups = watchlists.unreadableGroupsOf(force, named);
        List<Screener.Path> shown = new ArrayList<>();
        for (Screener.Path p : e.paths()) {
            if (p.through().stream().allMatch(t -> readable.containsKey(record(t)))
                    && linksStillRead(p.through(), linked)
                    && unreadGroups.stream().noneMatch(g -> p.group().contains(g))) {
                shown.add(p);
            }
        }
        Set<String> onShown = new HashSet<>();
        shown.forEach(p -> onShown.addAll(p.through()));
        model.addAttribute("referral", r);
        model.addAttribute("paths", shown);
        model.addAttribute("withheld", e.paths().size() - shown.size());
        model.addAttribute(
                "matches",
                e.matches().stream()
                        .filter(m -> onShown.contains(m.watchlistId()))
                        .toList());
        model.addAttribute("flags", e.flags());
        Map<String, String> records = new java.util.TreeMap<>();
        onShown.forEach(t -> records.put(record(t), readable.get(record(t))));
        model.addAttribute("records", records);
        model.addAttribute("advices", List.of(Advice.values()));
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/referral";
    }

    /**
     * Whether each step of a path between two records is along a link the force may read now (a step from a person's
     * other name to the person is no link of its own). A path's records are those it passes through, in order.
     */
    static boolean linksStillRead(List<String> through, Set<String> linked) {
        for (int i = 1; i < through.size(); i++) {
            String from = record(through.get(i - 1));
            String to = record(through.get(i));
            if (!from.equals(to) && !linked.contains(from + " " + to)) {
                return false;
            }
        }
        return true;
    }

    /** The record a watchlist id names: "tvp/uuid", or a person's other name "tvp/uuid~1". */
    static String record(String watchlistId) {
        int alias = watchlistId.indexOf('~');
        return alias < 0 ? watchlistId : watchlistId.substring(0, alias);
    }

    /** Only intelligence officers take referrals: the single point of contact the councils refer to. */
    private Viewer officer(Principal who) {
        Viewer v = accounts.viewerOf(who);
        if (!v.roles().contains(Role.INTELLIGENCE_OFFICER)) {
            throw new AccessDeniedException("only intelligence officers take the referrals of supplier screening");
        }
        return v;
    }
}
