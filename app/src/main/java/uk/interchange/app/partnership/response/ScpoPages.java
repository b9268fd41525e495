package uk.interchange.app.partnership.response;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
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
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.FormValues;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.response.actions.Action;
import uk.interchange.partnership.response.orders.Breach;
import uk.interchange.partnership.response.orders.Check;
import uk.interchange.partnership.response.orders.ManagedOrder;
import uk.interchange.partnership.response.orders.Scpo;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Serious crime prevention orders for the force that manages them: recording an order on a person or company on
 * record, its conditions, the monitoring checks and breaches; and the alerts the records raise against its
 * conditions (a phone or account linked to the subject and not notified, a named person linked to them).
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class ScpoPages {
    private final ScpoStore store;
    private final EntityStore entities;
    private final ScpoAlerts alerts;
    private final Accounts accounts;

    public ScpoPages(ScpoStore store, EntityStore entities, ScpoAlerts alerts, Accounts accounts) {
        this.store = store;
        this.entities = entities;
        this.alerts = alerts;
        this.accounts = accounts;
    }

    @GetMapping("/partnership/orders")
    public String list(@RequestParam(defaultValue = "") String subject, Principal who, Model model) {
        Viewer v = force(who);
        return showList(v, Map.of("subject", subject, "manager", v.user()), List.of(), model);
    }

    @PostMapping("/partnership/orders")
    public String create(@RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = force(who);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Found> subject = Optional.empty();
        String named = form.getOrDefault("subject", "").strip();
        if (named.isEmpty()) {
            problems.add(new FieldProblem("subject", "is empty: give the record of the person or company (owner/id)"));
        } else {
            subject = entities.named(v, named, "recording a serious crime prevention order", Optional.empty());
            if (subject.isEmpty()) {
                problems.add(new FieldProblem("subject", "\"" + named + "\" is not a record you may read"));
            } else if (!Set.of("person", "company").contains(subject.get().kind())) {
                problems.add(new FieldProblem(
                        "subject", "is a " + subject.get().kind() + ": an order is on a person or" + " a company"));
            }
        }
        Optional<LocalDate> made = FormValues.date(form, "madeOn", problems, true);
        Optional<LocalDate> starts = FormValues.date(form, "starts", problems, true);
        Optional<LocalDate> ends = FormValues.date(form, "ends", problems, true);
        Optional<LocalDate> served = FormValues.date(form, "servedOn", problems, false);
        Optional<BigDecimal> cost = FormValues.pounds(form, "monitorCost", problems);
        int every = 90;
        try {
            every = Integer.parseInt(form.getOrDefault("checkEvery", "90").strip());
            if (every < 1 || every > 366) {
                problems.add(new FieldProblem("checkEvery", "must be 1 to 366 days"));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("checkEvery", "is not a number of days"));
        }
        String manager = form.getOrDefault("manager", "").strip();
        if (manager.isEmpty()) {
            problems.add(new FieldProblem("manager", "is empty: who manages the order (their user name)?"));
        }
        Scpo.Order order = null;
        if (made.isPresent() && starts.isPresent() && ends.isPresent()) {
            order = new Scpo.Order(
                    form.getOrDefault("court", "").strip(),
                    made.get(),
                    starts.get(),
                    ends.get(),
                    "yes".equals(form.get("interim")),
                    served);
            order.problems().forEach(p -> problems.add(new FieldProblem(p.field(), p.reason())));
        }
        if (!problems.isEmpty()) {
            return showList(v, form, problems, model);
        }
        UUID id = store.create(
                v,
                subject.get().owner(),
                subject.get().id(),
                order,
                manager,
                form.getOrDefault("monitor", "").strip(),
                cost,
                every);
        return "redirect:/partnership/orders/" + id;
    }

    @GetMapping("/partnership/orders/{id}")
    public String order(@PathVariable String id, Principal who, Model model) {
        Viewer v = force(who);
        return show(v, orderOf(v, id), Map.of(), List.of(), model);
    }

    @PostMapping("/partnership/orders/{id}/conditions")
    public String condition(
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> named,
            Principal who,
            Model model) {
        Viewer v = force(who);
        ManagedOrder s = orderOf(v, id);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Scpo.Kind> kind = Scpo.Kind.of(form.getOrDefault("kind", ""));
        if (kind.isEmpty()) {
            problems.add(new FieldProblem("kind", "is not a kind of condition"));
        }
        Optional<LocalDate> starts = FormValues.date(form, "conditionStarts", problems, true);
        Optional<LocalDate> ends = FormValues.date(form, "conditionEnds", problems, true);
        Set<String> names = new HashSet<>(named == null ? List.of() : named);
        String other = form.getOrDefault("otherRecord", "").strip();
        if (!other.isEmpty()) {
            Optional<Found> f = entities.named(v, other, "naming a record in an order's condition", Optional.empty());
            if (f.isEmpty()) {
                problems.add(new FieldProblem("otherRecord", "\"" + other + "\" is not a record you may read"));
            } else {
                names.add(f.get().owner() + "/" + f.get().id());
            }
        }
        if (kind.isPresent() && starts.isPresent() && ends.isPresent()) {
            Scpo.Condition c = new Scpo.Condition(
                    kind.get(), form.getOrDefault("text", "").strip(), starts.get(), ends.get(), names);
            c.problems(s.order()).forEach(p -> problems.add(new FieldProblem(p.field(), p.reason())));
            if (problems.isEmpty()) {
                store.addCondition(v, s.id(), c);
                return "redirect:/partnership/orders/" + s.id() + "#conditions";
            }
        }
        return show(v, s, form, problems, model);
    }

    @PostMapping("/partnership/orders/{id}/checks")
    public String check(@PathVariable String id, @RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = force(who);
        ManagedOrder s = orderOf(v, id);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> on = FormValues.date(form, "checkedOn", problems, true);
        String finding = form.getOrDefault("finding", "").strip();
        if (finding.isEmpty()) {
            problems.add(new FieldProblem("finding", "is empty: what did the check find?"));
        }
        if (!problems.isEmpty()) {
            return show(v, s, form, problems, model);
        }
        store.addCheck(v, s.id(), new Check(on.get(), v.user(), finding));
        return "redirect:/partnership/orders/" + s.id() + "#checks";
    }

    @PostMapping("/partnership/orders/{id}/breaches")
    public String breach(@PathVariable String id, @RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = force(who);
        ManagedOrder s = orderOf(v, id);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> on = FormValues.date(form, "breachOn", problems, true);
        String what = form.getOrDefault("what", "").strip();
        if (what.isEmpty()) {
            problems.add(new FieldProblem("what", "is empty: what was the breach?"));
        }
        if (!problems.isEmpty()) {
            return show(v, s, form, problems, model);
        }
        store.addBreach(
                v,
                s.id(),
                new Breach(on.get(), what, form.getOrDefault("response", "").strip(), v.user()));
        return "redirect:/partnership/orders/" + s.id() + "#breaches";
    }

    private String showList(Viewer v, Map<String, String> values, List<FieldProblem> problems, Model model) {
        List<ManagedOrder> orders = store.of(v.organisation().id());
        Map<UUID, Integer> counts = new java.util.HashMap<>();
        orders.forEach(o -> counts.put(o.id(), alerts.of(v, o).size()));
        model.addAttribute("orders", orders);
        model.addAttribute("alerts", counts);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/orders";
    }

    private String show(
            Viewer v, ManagedOrder s, Map<String, String> values, List<FieldProblem> problems, Model model) {
        String org = v.organisation().id();
        List<Check> checks = store.checks(org, s.id());
        model.addAttribute("s", s);
        model.addAttribute("service", s.order().serviceWarning(Action.today()).orElse(""));
        model.addAttribute("conditions", store.conditions(org, s.id()));
        model.addAttribute("checks", checks);
        model.addAttribute("nextCheck", s.nextCheck(checks));
        model.addAttribute("checkOverdue", s.checkOverdue(checks, Action.today()));
        model.addAttribute("breaches", store.breaches(org, s.id()));
        model.addAttribute("alerts", alerts.of(v, s));
        model.addAttribute("linked", alerts.linked(v, s));
        model.addAttribute("kinds", Scpo.Kind.values());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/order";
    }

    private ManagedOrder orderOf(Viewer v, String id) {
        return store.get(v.organisation().id(), NotFound.id(id, "such order"))
                .orElseThrow(() -> new NotFound("such order"));
    }

    /** Orders are managed by police forces and regional units, by the people who work on records. */
    private Viewer force(Principal who) {
        Viewer v = accounts.viewerOf(who);
        var type = v.organisation().type();
        boolean police = type == uk.interchange.partnership.sharing.OrganisationType.POLICE_FORCE
                || type == uk.interchange.partnership.sharing.OrganisationType.ROCU;
        if (!police || !v.readsRecords()) {
            throw new AccessDeniedException(
                    "serious crime prevention orders are managed by police analysts and officers");
        }
        return v;
    }
}
