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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.interchange.partnership.imports.ControlCharacters;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.ScreeningCsv;
import uk.interchange.partnership.screening.TenderLimits;

/**
 * The bidders of a tender from an Open Contracting Data Standard release package: every party with the role
 * "tenderer" or "supplier" becomes a bidder, with its company (name, and Companies House number when its identifier's
 * scheme is GB-COH), address, phone and email. The tender's date is the end of its tender period.
 *
 * <p>The package is read as a stream, one party at a time, never as a whole tree: a tender holds at most
 * {@value TenderLimits#BIDDERS} bidders, and the package is refused at the party past that bound, so that a package of
 * tens of thousands of tenderers is refused while it is read instead of exhausting the memory when screened.
 */
public final class OcdsBidders {
    /** The most characters one value may hold: names, addresses and dates are far shorter. */
    static final int MAX_STRING = 10_000;
    /** The deepest nesting read: a release's deepest part (an item's classification) is six levels down. */
    static final int MAX_DEPTH = 64;
    /** The most values (tokens) one package may hold: a tender of 200 full bidders has a few tens of thousands. */
    static final long MAX_TOKENS = 2_000_000;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_STRING)
                            .maxNestingDepth(MAX_DEPTH)
                            .maxTokenCount(MAX_TOKENS)
                            .maxNumberLength(100)
                            .build())
                    .build())
            // each tender and party is read as a tree on its own, the parser going on past it
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The bidders found and the tender's date, if the release gives one. */
    public record Read(Map<String, List<Party>> bidders, Optional<LocalDate> tenderDate) {}

    private OcdsBidders() {}

    public static Read read(String json, Nicknames nicknames) {
        Reading reading = new Reading(nicknames);
        try (JsonParser p = JSON.createParser(json)) {
            try {
                stream(p, reading);
            } catch (JacksonException e) {
                // a bound passed inside a tender or party is wrapped by the tree reader: find it
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof StreamConstraintsException bound) {
                        throw new ScreeningCsv.Refused(0, bound(bound, p.currentLocation()));
                    }
                }
                throw e;
            }
        } catch (JacksonException e) {
            throw new ScreeningCsv.Refused(0, "this is not JSON: " + e.getOriginalMessage());
        }
        if (reading.releases == 0) {
            throw new ScreeningCsv.Refused(0, "an OCDS release package needs a \"releases\" list; this has none");
        }
        if (reading.bidders.isEmpty()) {
            throw new ScreeningCsv.Refused(0, "no party in the package has the role tenderer or supplier");
        }
        return new Read(reading.bidders, reading.tenderDate);
    }

    /** The package's top level: its releases, each read as it comes; everything else skipped. */
    private static void stream(JsonParser p, Reading reading) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new ScreeningCsv.Refused(0, "an OCDS release package is a JSON object with a \"releases\" list");
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("releases") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    reading.release(p);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The bound a package passed, in words, and where. */
    private static String bound(StreamConstraintsException e, TokenStreamLocation at) {
        String m = String.valueOf(e.getOriginalMessage());
        String which;
        if (m.startsWith("String value length")) {
            which = String.format(Locale.UK, "a value is longer than %,d characters", MAX_STRING);
        } else if (m.contains("nesting depth")) {
            which = "it is nested deeper than " + MAX_DEPTH + " levels";
        } else if (m.startsWith("Token count")) {
            which = String.format(Locale.UK, "it holds more than %,d values", MAX_TOKENS);
        } else {
            which = m;
        }
        return "the package passes a bound on what is read: " + which
                + (at == null ? "" : " (near line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    /** What has been read so far, release by release. */
    private static final class Reading {
        private final Nicknames nicknames;
        private final Map<String, List<Party>> bidders = new LinkedHashMap<>();
        private Optional<LocalDate> tenderDate = Optional.empty();
        private int releases;
        private int parties;

        Reading(Nicknames nicknames) {
            this.nicknames = nicknames;
        }

        /** One release, the parser at its opening brace: its tender's date and its parties, one at a time. */
        void release(JsonParser p) {
            releases++;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("tender") && value == JsonToken.START_OBJECT) {
                    JsonNode tender = JSON.readTree(p);
                    tenderDate =
                            tenderDate.or(() -> date(tender.path("tenderPeriod").path("endDate")));
                } else if (name.equals("parties") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        party(JSON.readTree(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }

        private void party(JsonNode party) {
            int n = ++parties;
            if (!bidder(party)) {
                return;
            }
            String id = value(party.path("id"), "id", n);
            if (id.isEmpty()) {
                throw new ScreeningCsv.Refused(
                        0, "party " + n + " (" + party.path("name").asString("") + ") has no id");
            }
            if (bidders.containsKey(id)) {
                return; // a party in several releases is one bidder
            }
            if (bidders.size() == TenderLimits.BIDDERS) {
                throw new ScreeningCsv.Refused(
                        0,
                        String.format(
                                Locale.UK,
                                "party %,d (%s) is one more than the %,d bidders one tender may have",
                                n,
                                party.path("name").asString(""),
                                TenderLimits.BIDDERS));
            }
            List<Party> parts = new ArrayList<>();
            Map<String, String> company = new HashMap<>();
            company.put("company_name", value(party.path("name"), "name", n));
            JsonNode identifier = party.path("identifier");
            if (identifier.path("scheme").asString("").equalsIgnoreCase("GB-COH")) {
                company.put("company_number", value(identifier.path("id"), "identifier.id", n));
            }
            JsonNode address = party.path("address");
            String lines = String.join(
                            ", ",
                            value(address.path("streetAddress"), "address.streetAddress", n),
                            value(address.path("locality"), "address.locality", n))
                    .replaceAll("^, |, $", "");
            String postcode = value(address.path("postalCode"), "address.postalCode", n);
            company.put("address", lines);
            company.put("postcode", postcode);
            parts.add(ScreeningCsv.party(id + "/company", n, "company", company, nicknames));
            if (!postcode.isEmpty()) {
                parts.add(ScreeningCsv.party(
                        id + "/address", n, "address", Map.of("address", lines, "postcode", postcode), nicknames));
            }
            JsonNode contact = party.path("contactPoint");
            String phone = value(contact.path("telephone"), "contactPoint.telephone", n);
            if (!phone.isEmpty()) {
                parts.add(ScreeningCsv.party(id + "/phone", n, "phone", Map.of("phone", phone), nicknames));
            }
            String email = value(contact.path("email"), "contactPoint.email", n);
            if (!email.isEmpty()) {
                parts.add(ScreeningCsv.party(id + "/email", n, "email", Map.of("email", email), nicknames));
            }
            bidders.put(id, parts);
        }
    }

    /** A party's value as text, refused (naming the party and the field) when it could not be kept. */
    private static String value(JsonNode node, String field, int party) {
        String v = node.asString("");
        if (v.length() > ScreeningCsv.MAX_VALUE) {
            throw new ScreeningCsv.Refused(
                    0,
                    String.format(
                            Locale.UK,
                            "party %,d: %s is longer than %,d characters, the most a value may hold",
                            party,
                            field,
                            ScreeningCsv.MAX_VALUE));
        }
        ControlCharacters.in(v, false).ifPresent(why -> {
            throw new ScreeningCsv.Refused(0, String.format(Locale.UK, "party %,d: %s %s", party, field, why));
        });
        return v;
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
