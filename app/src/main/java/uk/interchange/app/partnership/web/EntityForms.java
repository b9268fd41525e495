package uk.interchange.app.partnership.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.imports.EntityCsv;
import uk.interchange.partnership.imports.EntityFields;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Recording a person, company, address, phone, email, vehicle or bank account by hand, and changing one of the
 * organisation's own records. The fields are the CSV import's columns and are checked by the same reader, so a form
 * and a file refuse the same things with the same words.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class EntityForms {
    /** A field of a kind's form: its column, its label and a hint. */
    public record Field(String column, String label, String hint) {}

    static final Map<String, List<Field>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put(
                "person",
                List.of(
                        new Field("title", "Title", "Optional: Mr, Ms, Dr"),
                        new Field("given_names", "Given names", "In order, as recorded"),
                        new Field("surname", "Surname", "A double-barrelled surname whole, with its hyphen"),
                        new Field("aliases", "Other names", "Separated by semicolons: Bob Smith; Robert Smyth"),
                        new Field(
                                "date_of_birth", "Date of birth", "1984-03-07, or 03/1984 or 1984 when that is all")));
        FIELDS.put(
                "company",
                List.of(
                        new Field("name", "Company name", "As registered"),
                        new Field("company_number", "Companies House number", "Eight characters: 01234567, SC123456"),
                        new Field("status", "Status", "active, dissolved, liquidation, administration or unknown"),
                        new Field("incorporated", "Incorporated on", "2019-04-01")));
        FIELDS.put(
                "address",
                List.of(
                        new Field("address", "Address", "Lines separated by semicolons: Unit 4; Cold Lane; Reading"),
                        new Field("postcode", "Postcode", "RG2 0QX")));
        FIELDS.put("phone", List.of(new Field("phone", "Phone number", "UK or international: 0118 496 0000")));
        FIELDS.put("email", List.of(new Field("email", "Email address", "")));
        FIELDS.put("vehicle", List.of(new Field("registration_mark", "Registration mark", "AB12 CDE")));
        FIELDS.put(
                "account",
                List.of(
                        new Field("sort_code", "Sort code", "12-34-56"),
                        new Field("account_number", "Account number", "Eight digits")));
    }

    private final EntityStore store;
    private final Accounts accounts;
    private final Organisations organisations;

    public EntityForms(EntityStore store, Accounts accounts, Organisations organisations) {
        this.store = store;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/records/new")
    public String form(@RequestParam(defaultValue = "") String kind, Principal who, Model model) {
        Viewer v = writer(who);
        if (!FIELDS.containsKey(kind)) {
            model.addAttribute("kinds", FIELDS.keySet());
            return "partnership/record-kind";
        }
        return show(v, kind, Map.of(), Sharing.ownerOnly(v.organisation().id(), Handling.P), null, List.of(), model);
    }

    @PostMapping("/partnership/records/new")
    public String create(
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) List<String> shareWith,
            Principal who,
            Model model) {
        Viewer v = writer(who);
        String kind = params.getOrDefault("kind", "");
        if (!FIELDS.containsKey(kind)) {
            return "redirect:/partnership/records/new";
        }
        Map<String, String> fields = fieldsOf(kind, params);
        List<FieldProblem> problems = new ArrayList<>();
        Sharing sharing = SharingForm.read(
                v,
                shareWith,
                params.getOrDefault("shareGroups", ""),
                params.getOrDefault("handling", "P"),
                organisations,
                problems);
        EntityCsv.Reading r = EntityCsv.fromFields(fields, v.organisation().id());
        r.problems().forEach(p -> problems.add(new FieldProblem(p.field(), p.reason())));
        if (!problems.isEmpty()) {
            return show(v, kind, fields, sharing, null, problems, model);
        }
        UUID id = store.record(v, r.good().get(0), sharing, "recorded by hand");
        return "redirect:/partnership/records/" + v.organisation().id() + "/" + id;
    }

    @GetMapping("/partnership/records/{owner}/{id}/edit")
    public String edit(@PathVariable String owner, @PathVariable String id, Principal who, Model model) {
        Viewer v = writer(who);
        EntityStore.Stored r = own(v, owner, id);
        Map<String, String> fields = EntityFields.of(EntityStore.entity(r));
        return show(v, r.kind(), fields, null, r, List.of(), model);
    }

    @PostMapping("/partnership/records/{owner}/{id}/edit")
    public String change(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Principal who,
            Model model) {
        Viewer v = writer(who);
        EntityStore.Stored r = own(v, owner, id);
        Map<String, String> fields = fieldsOf(r.kind(), params);
        List<FieldProblem> problems = new ArrayList<>();
        String reason = params.getOrDefault("reason", "").strip();
        if (reason.length() < 5) {
            problems.add(new FieldProblem("reason", "is needed: say why the record changes (it is recorded)"));
        }
        EntityCsv.Reading read = EntityCsv.fromFields(fields, v.organisation().id());
        read.problems().forEach(p -> problems.add(new FieldProblem(p.field(), p.reason())));
        if (!problems.isEmpty()) {
            model.addAttribute("reason", reason);
            return show(v, r.kind(), fields, null, r, problems, model);
        }
        if (!store.update(v, r.id(), read.good().get(0), reason)) {
            throw new NotFound("such record"); // erased between the page and the save
        }
        return "redirect:/partnership/records/" + owner + "/" + id;
    }

    /** The organisation's own live record; anyone else's, or an erased one, is answered as missing. */
    private EntityStore.Stored own(Viewer v, String owner, String id) {
        if (!owner.equals(v.organisation().id())) {
            throw new NotFound("such record");
        }
        return store.view(v, owner, ReasonGate.id(id), "changing my organisation's own record", Optional.empty())
                .filter(r -> !r.erased())
                .orElseThrow(() -> new NotFound("such record"));
    }

    /** The kind's fields from the posted form, and the kind itself; nothing else is read. */
    private static Map<String, String> fieldsOf(String kind, Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kind", kind);
        for (Field f : FIELDS.get(kind)) {
            out.put(f.column(), params.getOrDefault(f.column(), ""));
        }
        return out;
    }

    private String show(
            Viewer v,
            String kind,
            Map<String, String> values,
            Sharing sharing,
            EntityStore.Stored editing,
            List<FieldProblem> problems,
            Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("fields", FIELDS.get(kind));
        model.addAttribute("values", values);
        model.addAttribute("editing", editing);
        model.addAttribute("problems", problems);
        model.addAttribute("bad", problems.stream().map(FieldProblem::field).collect(Collectors.toSet()));
        if (sharing != null) {
            SharingForm.show(v, sharing, organisations, model);
        }
        return "partnership/record-form";
    }

    private Viewer writer(Principal who) {
        return Writers.require(accounts.viewerOf(who), "record people, companies and the rest");
    }
}
