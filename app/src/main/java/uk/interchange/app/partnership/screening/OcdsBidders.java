package uk.interchange.app.partnership.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.ScreeningCsv;

/**
 * The bidders of a tender from an Open Contracting Data Standard release package: every party with the role
 * "tenderer" or "supplier" becomes a bidder, with its company (name, and Companies House number when its identifier's
 * scheme is GB-COH), address, phone and email. The tender's date is the end of its tender period.
 */
public final class OcdsBidders {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The bidders found and the tender's date, if the release gives one. */
    public record Read(Map<String, List<Party>> bidders, Optional<LocalDate> tenderDate) {}

    private OcdsBidders() {}

    public static Read read(String json, Nicknames nicknames) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new ScreeningCsv.Refused(0, "this is not JSON: " + e.getOriginalMessage());
        }
        JsonNode releases = root.path("releases");
        if (!releases.isArray() || releases.isEmpty()) {
            throw new ScreeningCsv.Refused(0, "an OCDS release package needs a \"releases\" list; this has none");
        }
        Map<String, List<Party>> bidders = new LinkedHashMap<>();
        Optional<LocalDate> tenderDate = Optional.empty();
        int n = 0;
        for (JsonNode release : releases.values()) {
            tenderDate = tenderDate.or(
                    () -> date(release.path("tender").path("tenderPeriod").path("endDate")));
            for (JsonNode party : release.path("parties").values()) {
                n++;
                if (!bidder(party)) {
                    continue;
                }
                String id = party.path("id").asString("");
                if (id.isEmpty()) {
                    throw new ScreeningCsv.Refused(
                            0, "party " + n + " (" + party.path("name").asString("") + ") has no id");
                }
                List<Party> parts = new ArrayList<>();
                Map<String, String> company = new HashMap<>();
                company.put("company_name", party.path("name").asString(""));
                JsonNode identifier = party.path("identifier");
                if (identifier.path("scheme").asString("").equalsIgnoreCase("GB-COH")) {
                    company.put("company_number", identifier.path("id").asString(""));
                }
                JsonNode address = party.path("address");
                String lines = String.join(
                                ", ",
                                address.path("streetAddress").asString(""),
                                address.path("locality").asString(""))
                        .replaceAll("^, |, $", "");
                String postcode = address.path("postalCode").asString("");
                company.put("address", lines);
                company.put("postcode", postcode);
                parts.add(ScreeningCsv.party(id + "/company", n, "company", company, nicknames));
                if (!postcode.isEmpty()) {
                    parts.add(ScreeningCsv.party(
                            id + "/address", n, "address", Map.of("address", lines, "postcode", postcode), nicknames));
                }
                JsonNode contact = party.path("contactPoint");
                String phone = contact.path("telephone").asString("");
                if (!phone.isEmpty()) {
                    parts.add(ScreeningCsv.party(id + "/phone", n, "phone", Map.of("phone", phone), nicknames));
                }
                String email = contact.path("email").asString("");
                if (!email.isEmpty()) {
                    parts.add(ScreeningCsv.party(id + "/email", n, "email", Map.of("email", email), nicknames));
                }
                bidders.merge(id, parts, (a, b) -> a); // a party in several releases is one bidder
            }
        }
        if (bidders.isEmpty()) {
            throw new ScreeningCsv.Refused(0, "no party in the package has the role tenderer or supplier");
        }
        return new Read(bidders, tenderDate);
    }

    private static boolean bidder(JsonNode party) {
        for (JsonNode role : party.path("roles").values()) {
            String r = role.asString("").toLowerCase(Locale.ROOT);
            if (r.equals("tenderer") || r.equals("supplier")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> date(JsonNode node) {
        String text = node.asString("");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text.substring(0, Math.min(10, text.length()))));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
