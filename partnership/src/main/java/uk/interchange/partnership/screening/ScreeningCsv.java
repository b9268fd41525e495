package uk.interchange.partnership.screening;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.interchange.partnership.imports.ControlCharacters;
import uk.interchange.partnership.imports.CsvReader;
import uk.interchange.partnership.imports.EntityCsv;
import uk.interchange.partnership.matching.MatchRecord;
import uk.interchange.partnership.matching.MatchRecord.Field;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.model.BankAccount;
import uk.interchange.partnership.model.Parsed;
import uk.interchange.partnership.model.PartialDate;

/**
 * The two files of an offline screening (docs/formats/screening-csv.md): the bidders, one row per entity of each
 * bidder; and the watchlist, one row per entity or link. Columns by header name; every bad row named by its line.
 * Bidders are bounded as a tender is ({@link TenderLimits}), checked row by row as the file is read.
 */
public final class ScreeningCsv {
    /** A link of the watchlist: ids and what it says. */
    public record Link(int line, String from, String to, String words) {}

    /** What a file held. */
    public record Read(Map<String, List<Party>> bidders, List<Party> entities, List<Link> links) {}

    /** A file that cannot be screened, with the line at fault. */
    public static final class Refused extends RuntimeException {
        public Refused(int line, String reason) {
            super((line > 0 ? "line " + line + ": " : "") + reason);
        }
    }

    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("given_name", Field.GIVEN),
            Map.entry("first_name", Field.GIVEN),
            Map.entry("surname", Field.SURNAME),
            Map.entry("last_name", Field.SURNAME),
            Map.entry("full_name", Field.FULL_NAME),
            Map.entry("name", Field.FULL_NAME),
            Map.entry("date_of_birth", Field.BIRTH),
            Map.entry("dob", Field.BIRTH),
            Map.entry("company_name", Field.COMPANY_NAME),
            Map.entry("company_number", Field.COMPANY_NUMBER),
            Map.entry("address", Field.ADDRESS),
            Map.entry("town", Field.TOWN),
            Map.entry("postcode", Field.POSTCODE),
            Map.entry("phone", Field.PHONE),
            Map.entry("email", Field.EMAIL));

    /** The most characters a value may hold (as in the partnership's own import). */
    public static final int MAX_VALUE = EntityCsv.MAX_VALUE;

    private ScreeningCsv() {}

    /** The bidders: rows grouped by bidder_id, in the file's order. */
    public static Read bidders(Reader in, Nicknames nicknames) {
        return read(in, nicknames, true);
    }

    /** The watchlist: entities (with the group each is linked to, if any) and links. */
    public static Read watchlist(Reader in, Nicknames nicknames) {
        return read(in, nicknames, false);
    }

    private static Read read(Reader in, Nicknames nicknames, boolean bidders) {
        try (CsvReader csv = new CsvReader(in)) {
            CsvReader.Record header = csv.next();
            if (header == null) {
                throw new Refused(0, "the file is empty: it needs a header row");
            }
            List<String> names = header.fields().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            String idColumn = bidders ? "bidder_id" : "id";
            if (!names.contains(idColumn) || !names.contains("kind")) {
                throw new Refused(header.line(), "the header needs " + idColumn + " and kind columns; it has " + names);
            }
            Map<String, List<Party>> byBidder = new java.util.LinkedHashMap<>();
            List<Party> entities = new ArrayList<>();
            List<Link> links = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (CsvReader.Record r = csv.next(); r != null; r = csv.next()) {
                if (r.fields().size() != names.size()) {
                    throw new Refused(
                            r.line(),
                            "the row has " + r.fields().size() + " fields where the header has " + names.size());
                }
                Map<String, String> row = new HashMap<>();
                for (int k = 0; k < names.size(); k++) {
                    String v = r.fields().get(k).strip();
                    if (!v.isEmpty()) {
                        plain(r.line(), names.get(k), v);
                        row.putIfAbsent(names.get(k), v);
                    }
                }
                String owner = row.getOrDefault(idColumn, "");
                if (owner.isEmpty()) {
                    throw new Refused(r.line(), "the row has no " + idColumn);
                }
                for (String column : List.of("date_of_birth", "dob")) {
                    if (row.containsKey(column)) {
                        birth(r.line(), column, row.get(column));
                    }
                }
                String kind = row.getOrDefault("kind", "").toLowerCase(Locale.ROOT);
                if (!bidders && kind.equals("link")) {
                    if (!row.containsKey("from") || !row.containsKey("to") || !row.containsKey("link")) {
                        throw new Refused(r.line(), "a link needs from, to and link");
                    }
                    links.add(new Link(r.line(), row.get("from"), row.get("to"), row.get("link")));
                    continue;
                }
                String id = bidders ? owner + "/" + row.getOrDefault("id", "row" + r.line()) : owner;
                if (seen.containsKey(id)) {
                    throw new Refused(r.line(), "the id \"" + id + "\" is also on line " + seen.get(id));
                }
                seen.put(id, r.line());
                Party p = party(id, r.line(), kind, row, nicknames);
                if (bidders) {
                    bounded(r.line(), owner, byBidder);
                    byBidder.computeIfAbsent(owner, x -> new ArrayList<>()).add(p);
                } else {
                    entities.add(p);
                }
            }
            return new Read(byBidder, entities, links);
        } catch (IllegalArgumentException e) {
            throw new Refused(0, e.getMessage());
        }
    }

    /** A value that cannot be kept is refused with its line: too long, or holding a control character. */
    private static void plain(int line, String column, String value) {
        if (value.length() > MAX_VALUE) {
            throw new Refused(
                    line,
                    String.format(
                            Locale.UK,
                            "%s is longer than %,d characters, the most a value may hold",
                            column,
                            MAX_VALUE));
        }
        ControlCharacters.in(value, true).ifPresent(why -> {
            throw new Refused(line, column + " " + why);
        });
    }

    /** A date of birth must be one that exists, written as the matching engine reads it. */
    private static void birth(int line, String column, String value) {
        boolean digits = value.length() == 8 && value.chars().allMatch(Character::isDigit);
        if (digits) {
            try {
                LocalDate.parse(value, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                return;
            } catch (DateTimeParseException e) {
                throw new Refused(line, column + " \"" + value + "\" is not a date that exists");
            }
        }
        Parsed<PartialDate> d = PartialDate.parse(value);
        if (!d.ok()) {
            throw new Refused(line, column + " " + d.problem().get());
        }
    }

    /** The row at {@code line} adds an entity to bidder {@code owner}: refused when a tender's bound is passed. */
    private static void bounded(int line, String owner, Map<String, List<Party>> byBidder) {
        List<Party> theirs = byBidder.get(owner);
        if (theirs == null && byBidder.size() == TenderLimits.BIDDERS) {
            throw new Refused(
                    line,
                    String.format(
                            Locale.UK,
                            "bidder %s is one more than the %,d bidders one tender may have",
                            owner,
                            TenderLimits.BIDDERS));
        }
        if (theirs != null && theirs.size() == TenderLimits.ENTITIES_PER_BIDDER) {
            throw new Refused(
                    line,
                    String.format(
                            Locale.UK,
                            "bidder %s has more than %,d entities, the most one bidder may have",
                            owner,
                            TenderLimits.ENTITIES_PER_BIDDER));
        }
        int all = byBidder.values().stream().mapToInt(List::size).sum();
        if (all == TenderLimits.ENTITIES) {
            throw new Refused(
                    line,
                    String.format(
                            Locale.UK,
                            "the bidders have more than %,d entities in all, the most one tender may have",
                            TenderLimits.ENTITIES));
        }
    }

    /**
     * One entity from its values named as this file's columns are (kind among them): what other readers of bidders
     * (an OCDS release, a form) build parties with. Refused, with the line, as a row of the file would be.
     */
    public static Party party(String id, int line, String kind, Map<String, String> row, Nicknames nicknames) {
        Party.Kind k;
        try {
            k = Party.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refused(
                    line,
                    "\"" + kind + "\" is not a kind (person, company, address, phone, email, account"
                            + ", and link in a watchlist)");
        }
        Map<Field, String> fields = new EnumMap<>(Field.class);
        row.forEach((column, value) -> {
            Field f = FIELDS.get(column);
            if (f != null) {
                fields.putIfAbsent(f, value);
            }
        });
        String account = "";
        if (k == Party.Kind.ACCOUNT) {
            var a = BankAccount.parse(row.getOrDefault("sort_code", ""), row.getOrDefault("account_number", ""));
            if (!a.ok()) {
                throw new Refused(line, a.problem().get());
            }
            account = a.get().toString();
        }
        MatchRecord record = MatchRecord.of(id, line, fields, nicknames);
        return new Party(
                id,
                line,
                k,
                row.getOrDefault("role", "").toLowerCase(Locale.ROOT),
                fields,
                record,
                account,
                Optional.ofNullable(row.get("group")),
                row.getOrDefault("status", "").toLowerCase(Locale.ROOT),
                date(row, "incorporated", line),
                date(row, "dissolved_on", line),
                row.getOrDefault("sector", "").toLowerCase(Locale.ROOT),
                withKind(row, k));
    }

    private static Map<String, String> withKind(Map<String, String> row, Party.Kind k) {
        Map<String, String> columns = new HashMap<>(row);
        columns.put("kind", k.word());
        return columns;
    }

    private static Optional<LocalDate> date(Map<String, String> row, String column, int line) {
        String v = row.get(column);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            throw new Refused(line, column + " \"" + v + "\" is not a date written as year-month-day");
        }
    }
}
