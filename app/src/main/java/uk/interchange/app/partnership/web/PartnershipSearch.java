package uk.interchange.app.partnership.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.Found;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.BadRequest;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.partnership.imports.EntityFields;
import uk.interchange.partnership.imports.SpreadsheetCells;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Searching partnership records: the page and the API. A reason is asked for before every search and written to
 * the audit trail with it; the answer holds only what the searcher's organisation may read.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class PartnershipSearch {
    /** What the API is sent. */
    public record Asked(String query, String reason, String caseReference) {}

    private final EntityStore store;
    private final Accounts accounts;
    private final Organisations organisations;

    public PartnershipSearch(EntityStore store, Accounts accounts, Organisations organisations) {
        this.store = store;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/search")
    public String form(Principal who, Model model) {
        accounts.viewerOf(who); // refuses an account that belongs to no partnership organisation
        model.addAttribute("problems", List.of());
        return "partnership/search";
    }

    @Access(value = Access.Rule.PARTNERSHIP, changes = false)
    @PostMapping("/partnership/search")
    public String search(
            @RequestParam(defaultValue = "") String query,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            Principal who,
            jakarta.servlet.http.HttpSession session,
            Model model) {
        model.addAttribute("query", query);
        model.addAttribute("reason", reason);
        model.addAttribute("caseReference", caseReference);
        List<FieldProblem> problems = check(query, reason);
        model.addAttribute("problems", problems);
        if (problems.isEmpty()) {
            // the reason stands for this enquiry: opening what the search found is logged with it
            session.setAttribute(Enquiry.SESSION_KEY, new Enquiry(reason.strip(), caseReference.strip()));
            List<Found> found = find(who, query, reason, caseReference);
            model.addAttribute("found", found);
            model.addAttribute("owners", organisations.names());
        }
        return "partnership/search";
    }

    /**
     * The records a search finds, as a CSV file in the import's columns (so another Interchange can import it), with
     * who holds each; a cell that a spreadsheet would run as a formula starts with an apostrophe. Needs the reason of the search just made; each record is logged as exported with it.
     */
    @Access(value = Access.Rule.PARTNERSHIP, changes = false)
    @PostMapping("/partnership/search/export")
    public ResponseEntity<String> export(
            @RequestParam(defaultValue = "") String query, Principal who, jakarta.servlet.http.HttpSession session) {
        Enquiry why = (Enquiry) session.getAttribute(Enquiry.SESSION_KEY);
        if (why == null || query.isBlank()) {
            throw new BadRequest(
                    List.of(new FieldProblem("query", "search first: an export needs the search's reason")));
        }
        Viewer v = accounts.viewerOf(who);
        List<Found> found = store.search(v, query, why.reason(), why.caseRef());
        String csv = store.export(v, found, why.reason(), why.caseRef(), PartnershipSearch::csv);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partnership-records.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv);
    }

    /** The records in the import's columns, after who holds each. */
    private static String csv(List<EntityStore.Stored> records) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("held_by", "record_id"));
        header.addAll(EntityFields.COLUMNS);
        csv.append(SpreadsheetCells.line(header));
        for (EntityStore.Stored r : records) {
            Map<String, String> fields = EntityFields.of(EntityStore.entity(r));
            List<String> row = new ArrayList<>(List.of(r.owner(), r.id().toString()));
            EntityFields.COLUMNS.forEach(c -> row.add(fields.getOrDefault(c, "")));
            csv.append(SpreadsheetCells.line(row));
        }
        return csv.toString();
    }

    @Access(value = Access.Rule.PARTNERSHIP, changes = false)
    @PostMapping("/api/partnership/search")
    @ResponseBody
    public Map<String, Object> api(@RequestBody Asked asked, Principal who) {
        String query = asked.query() == null ? "" : asked.query();
        String reason = asked.reason() == null ? "" : asked.reason();
        List<FieldProblem> problems = check(query, reason);
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return Map.of("query", query.strip(), "found", find(who, query, reason, String.valueOf(asked.caseReference())));
    }

    private List<Found> find(Principal who, String query, String reason, String caseReference) {
        Optional<String> ref = Optional.of(caseReference.strip()).filter(s -> !s.isEmpty() && !s.equals("null"));
        return store.search(accounts.viewerOf(who), query, reason.strip(), ref);
    }

    private static List<FieldProblem> check(String query, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (query.isBlank()) {
            problems.add(new FieldProblem(
                    "query", "is empty: enter a name, postcode, phone number, company number or registration mark"));
        }
        if (reason.strip().length() < 5) {
            problems.add(new FieldProblem(
                    "reason", "is needed: say why you are searching (it is recorded with the search)"));
        }
        return problems;
    }
}
