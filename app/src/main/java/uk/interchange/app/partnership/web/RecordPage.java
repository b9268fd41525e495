package uk.interchange.app.partnership.web;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.app.partnership.store.EntityStore;
import uk.interchange.app.partnership.store.LinkStore;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.sharing.Viewer;

/**
 * One partnership record. Opening another organisation's record needs a reason: the one given for the search that
 * found it, or one asked for here. A record the person may not read answers exactly as one that does not exist.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class RecordPage {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EntityStore store;
    private final LinkStore links;
    private final Accounts accounts;
    private final Organisations organisations;

    public RecordPage(EntityStore store, LinkStore links, Accounts accounts, Organisations organisations) {
        this.store = store;
        this.links = links;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/records/{owner}/{id}")
    public String record(
            @PathVariable String owner, @PathVariable String id, Principal who, HttpSession session, Model model) {
        Viewer v = accounts.viewerOf(who);
        boolean own = owner.equals(v.organisation().id());
        Optional<Enquiry> enquiry = ReasonGate.enquiry(session, v, owner, "working on my organisation's own record");
        if (enquiry.isEmpty()) {
            return ReasonGate.ask(model);
        }
        UUID uuid = ReasonGate.id(id);
        Enquiry why = enquiry.get();
        EntityStore.Stored r =
                store.view(v, owner, uuid, why.reason(), why.caseRef()).orElseThrow(() -> new NotFound("such record"));
        model.addAttribute("record", r);
        model.addAttribute("fields", fields(r.body()));
        model.addAttribute("own", own);
        model.addAttribute("writer", v.readsRecords());
        model.addAttribute("enquiry", why);
        model.addAttribute("ownerName", organisations.nameOf(r.owner()));
        List<LinkStore.Seen> seen = links.of(v, r.owner(), r.id());
        model.addAttribute("links", seen);
        model.addAttribute("chart", seen.isEmpty() ? "" : LinkChart.svg(r.label(), seen));
        return "partnership/record";
    }

    @Access(value = Access.Rule.PARTNERSHIP, changes = false)
    @PostMapping("/partnership/records/{owner}/{id}")
    public String reason(
            @PathVariable String owner,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String caseReference,
            HttpSession session,
            Model model) {
        return ReasonGate.take(reason, caseReference, session, model, "/partnership/records/" + owner + "/" + id);
    }

    /** The record's own fields, by name, for a summary list: empty ones left out, nested ones in plain words. */
    private static Map<String, String> fields(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode n = JSON.readTree(body);
        for (String name : n.propertyNames()) {
            if (name.equals("id") || name.equals("owner")) {
                continue; // the page says these itself
            }
            String words = words(n.get(name)).strip();
            if (!words.isEmpty()) {
                out.put(Character.toUpperCase(name.charAt(0)) + name.substring(1), words);
            }
        }
        return out;
    }

    /** A value as words: scalars as they are, arrays and objects as their parts, in order, joined by spaces. */
    private static String words(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isValueNode()) {
            return v.asString();
        }
        if (isDate(v)) {
            return date(v);
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode part : v.isArray() ? v.values() : v.values()) {
            String w = words(part).strip();
            if (!w.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    /** A date stored as its parts (a date of birth may lack its day or month); jsonb keeps no key order. */
    private static boolean isDate(JsonNode v) {
        return v.isObject()
                && v.path("year").isInt()
                && v.propertyNames().stream().allMatch(k -> k.equals("year") || k.equals("month") || k.equals("day"));
    }

    /** "7 March 1984", "March 1984" or "1984", as much as is known. */
    private static String date(JsonNode v) {
        int month = v.path("month").asInt(0);
        String monthName = month >= 1 && month <= 12 ? Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) : "";
        StringBuilder out = new StringBuilder();
        if (!monthName.isEmpty() && v.path("day").isInt()) {
            out.append(v.path("day").asInt()).append(' ');
        }
        if (!monthName.isEmpty()) {
            out.append(monthName).append(' ');
        }
        return out.append(v.path("year").asInt()).toString();
    }
}
