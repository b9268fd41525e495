package uk.interchange.partnership.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.interchange.partnership.model.BankAccount;
import uk.interchange.partnership.model.CompanyNumber;
import uk.interchange.partnership.model.Email;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Link;
import uk.interchange.partnership.model.Parsed;
import uk.interchange.partnership.model.PartialDate;
import uk.interchange.partnership.model.PersonName;
import uk.interchange.partnership.model.Phone;
import uk.interchange.partnership.model.Postcode;
import uk.interchange.partnership.model.RegistrationMark;

/**
 * Entities from a CSV file, one a row, its {@code kind} column saying what it is: person (title, given_names,
 * surname, aliases, date_of_birth), company (name, company_number, status, incorporated), address (address, postcode), phone, email,
 * vehicle (registration_mark) or account (sort_code, account_number). Every row is read; each bad one is reported
 * with its line, field and reason, and the good ones are kept for the user to import or not. A row may carry a
 * {@code ref}, by which {@code link} rows (from, to, link, role) join it to another row or to a record already held.
 */
public final class EntityCsv {
    /** A row that made an entity, with its kind and the words that name it. */
    public record Good(int line, String kind, String label, Entity entity) {}

    /** A row that did not, and why. */
    public record Problem(int line, String field, String reason) {}

    /**
     * A link row: from and to are each a {@code ref} of an entity row of the same file, or a record already held,
     * written as "owner/id" (as an export's held_by and record_id give them).
     */
    public record LinkRow(int line, String from, String to, Link.Kind kind, Optional<String> role) {}

    /** What a file holds: good entity rows, good link rows, the refs of good entity rows (to their lines), problems. */
    public record Reading(List<Good> good, List<Problem> problems, List<LinkRow> links, Map<String, Integer> refs) {
        public Reading(List<Good> good, List<Problem> problems) {
            this(good, problems, List.of(), Map.of());
        }
    }

    static final List<String> KINDS = List.of("person", "company", "address", "phone", "email", "vehicle", "account");

    /** The most characters any one value may hold: names, aliases and addresses are far shorter. */
    public static final int MAX_VALUE = 1_000;

    private EntityCsv() {}

    /**
     * One entity from a form's fields, named as the CSV columns are (the kind among them); its problems are
     * reported as line 0.
     */
    public static Reading fromFields(Map<String, String> fields, String owner) {
        Map<String, String> named = new LinkedHashMap<>();
        fields.forEach((k, v) -> named.put(k.toLowerCase(Locale.ROOT), v));
        List<Problem> problems = new ArrayList<>();
        Csv.Row row = new Csv.Row(0, named);
        Optional<Good> g = plain(row, problems) ? entity(row, owner, problems) : Optional.empty();
        return new Reading(problems.isEmpty() ? g.stream().toList() : List.of(), problems);
    }

    /** Other names, separated by semicolons; in each the last word is the surname ("Bob Smith; Robert Smyth"). */
    static List<PersonName> aliases(String text) {
        List<PersonName> out = new ArrayList<>();
        for (String one : text.split(";")) {
            List<String> words = Arrays.stream(one.strip().split("\\s+"))
                    .filter(w -> !w.isEmpty())
                    .toList();
            if (!words.isEmpty()) {
                out.add(new PersonName(
                        Optional.empty(), words.subList(0, words.size() - 1), words.get(words.size() - 1)));
            }
        }
        return out;
    }

    public static Reading read(String text, String owner) {
        return read(text, owner, name -> Optional.empty());
    }

    /**
     * Reads a file of entities and links. {@code held} says the kind of a record already held, named "owner/id",
     * when the importer may read it (and nothing when not, so a record they may not read is named as unknown).
     */
    public static Reading read(String text, String owner, Function<String, Optional<String>> held) {
        // an export from Interchange (or any file made safe for spreadsheets) reads as the values it was made from
        Csv.Table t = SpreadsheetCells.original(Csv.read(text));
        if (!t.header().contains("kind")) {
            return new Reading(
                    List.of(), List.of(new Problem(1, "kind", "the header has no kind column (" + KINDS + ", link)")));
        }
        List<Good> good = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> refs = new LinkedHashMap<>();
        Map<String, String> refKinds = new HashMap<>();
        Map<String, Integer> badRefs = new HashMap<>();
        List<Csv.Row> linkRows = new ArrayList<>();
        for (Csv.Row row : t.rows()) {
            if (!plain(row, problems)) {
                row.get("ref").ifPresent(r -> badRefs.putIfAbsent(r, row.line()));
                continue;
            }
            if (row.get("kind").orElse("").equalsIgnoreCase("link")) {
                linkRows.add(row);
                continue;
            }
            int before = problems.size();
            Optional<String> ref = row.get("ref");
            ref.filter(r -> refs.containsKey(r) || badRefs.containsKey(r))
                    .ifPresent(r -> problems.add(new Problem(
                            row.line(),
                            "ref",
                            "\"" + r + "\" is already the ref of line " + refs.getOrDefault(r, badRefs.get(r)))));
            Optional<Good> g = entity(row, owner, problems);
            if (g.isPresent() && problems.size() == before) {
                good.add(g.get());
                ref.ifPresent(r -> {
                    refs.put(r, row.line());
                    refKinds.put(r, g.get().kind());
                });
            } else {
                ref.ifPresent(r -> badRefs.putIfAbsent(r, row.line()));
            }
        }
        List<LinkRow> links = new ArrayList<>();
        for (Csv.Row row : linkRows) {
            int before = problems.size();
            Optional<String> fromKind = end(row, "from", refKinds, badRefs, held, problems);
            Optional<String> toKind = end(row, "to", refKinds, badRefs, held, problems);
            Optional<Link.Kind> kind = linkKind(row, problems);
            if (kind.isPresent()
                    && fromKind.isPresent()
                    && toKind.isPresent()
                    && !kind.get().joins(fromKind.get(), toKind.get())) {
                problems.add(new Problem(
                        row.line(),
                        "link",
                        "\"" + kind.get().words() + "\" cannot run from a " + fromKind.get() + " to a "
                                + toKind.get()));
            }
            if (problems.size() == before) {
                links.add(new LinkRow(
                        row.line(), row.get("from").get(), row.get("to").get(), kind.get(), row.get("role")));
            }
        }
        return new Reading(good, problems, links, refs);
    }

    /**
     * Whether every value of the row is text that can be kept: no longer than {@value #MAX_VALUE} characters, and
     * without control characters other than tab and line breaks (which a quoted field may hold). Each that is not
     * is a problem of the row.
     */
    private static boolean plain(Csv.Row row, List<Problem> problems) {
        int before = problems.size();
        row.fields().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String v = e.getValue();
            if (v.length() > MAX_VALUE) {
                problems.add(new Problem(
                        row.line(),
                        e.getKey(),
                        String.format(
                                Locale.UK,
                                "is longer than %,d characters, the most a value may hold (it has %,d)",
                                MAX_VALUE,
                                v.length())));
            } else {
                ControlCharacters.in(v, true).ifPresent(why -> problems.add(new Problem(row.line(), e.getKey(), why)));
            }
        });
        return problems.size() == before;
    }

    /** The kind of the entity at one end of a link row, or the problem with it. */
    private static Optional<String> end(
            Csv.Row row,
            String column,
            Map<String, String> refKinds,
            Map<String, Integer> badRefs,
            Function<String, Optional<String>> held,
            List<Problem> problems) {
        Optional<String> name = row.get(column);
        if (name.isEmpty()) {
            problems.add(
                    new Problem(row.line(), column, "is missing: the ref of a row above, or owner/id of a record"));
            return Optional.empty();
        }
        String n = name.get();
        if (refKinds.containsKey(n)) {
            return Optional.of(refKinds.get(n));
        }
        if (badRefs.containsKey(n)) {
            problems.add(new Problem(
                    row.line(), column, "\"" + n + "\" is line " + badRefs.get(n) + ", which has problems of its own"));
            return Optional.empty();
        }
        Optional<String> kind = n.contains("/") ? held.apply(n) : Optional.empty();
        if (kind.isEmpty()) {
            problems.add(new Problem(
                    row.line(), column, "\"" + n + "\" is neither a ref in this file nor a record you may read"));
        }
        return kind;
    }

    /** The link's kind from its words ("director of") or name (DIRECTOR_OF); group membership is not a link here. */
    private static Optional<Link.Kind> linkKind(Csv.Row row, List<Problem> problems) {
        String given = row.get("link").orElse("");
        String key = given.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (Link.Kind k : Link.Kind.values()) {
            if (k != Link.Kind.MEMBER_OF_GROUP
                    && (k.name().equals(key) || k.words().equalsIgnoreCase(given.strip()))) {
                return Optional.of(k);
            }
        }
        problems.add(new Problem(
                row.line(),
                "link",
                (given.isBlank() ? "is missing" : "\"" + given + "\" is not a kind of link") + " (director of, person"
                        + " with significant control of, lives at, registered at, uses phone, uses email, uses"
                        + " vehicle, holds account, associate of)"));
        return Optional.empty();
    }

    private static Optional<Good> entity(Csv.Row row, String owner, List<Problem> problems) {
        int line = row.line();
        String kind = row.get("kind").orElse("").toLowerCase(Locale.ROOT);
        switch (kind) {
            case "person" -> {
                Optional<String> surname = row.get("surname", "last_name", "family_name");
                if (surname.isEmpty()) {
                    problems.add(new Problem(line, "surname", "is missing"));
                    return Optional.empty();
                }
                List<String> given = row.get("given_names", "given_name", "first_name", "forename")
                        .map(g -> Arrays.asList(g.split("\\s+")))
                        .orElse(List.of());
                Optional<PartialDate> born = optional(row, "date_of_birth", PartialDate::parse, line, problems);
                var name = new PersonName(row.get("title"), given, surname.get());
                List<PersonName> aliases =
                        row.get("aliases").map(EntityCsv::aliases).orElse(List.of());
                return Optional.of(
                        new Good(line, kind, name.toString(), new Entity.Person("", owner, name, aliases, born)));
            }
            case "company" -> {
                Optional<String> name = row.get("name", "company_name");
                if (name.isEmpty()) {
                    problems.add(new Problem(line, "name", "is missing"));
                    return Optional.empty();
                }
                Optional<CompanyNumber> number = optional(row, "company_number", CompanyNumber::parse, line, problems);
                Entity.CompanyStatus status = Entity.CompanyStatus.UNKNOWN;
                Optional<String> s = row.get("status");
                if (s.isPresent()) {
                    try {
                        status = Entity.CompanyStatus.valueOf(s.get().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(
                                line,
                                "status",
                                "\"" + s.get() + "\" is not one of "
                                        + Arrays.toString(Entity.CompanyStatus.values())
                                                .toLowerCase(Locale.ROOT)));
                    }
                }
                Optional<LocalDate> incorporated = Optional.empty();
                Optional<String> inc = row.get("incorporated");
                if (inc.isPresent()) {
                    try {
                        incorporated = Optional.of(LocalDate.parse(inc.get()));
                    } catch (DateTimeParseException e) {
                        problems.add(new Problem(
                                line,
                                "incorporated",
                                "\"" + inc.get() + "\" is not a date written as year-month-day, such as 2019-04-01"));
                    }
                }
                return Optional.of(new Good(
                        line,
                        kind,
                        name.get(),
                        new Entity.Company("", owner, name.get(), number, status, incorporated)));
            }
            case "address" -> {
                Optional<String> lines = row.get("address", "address_lines");
                Optional<Postcode> postcode = optional(row, "postcode", Postcode::parse, line, problems);
                if (lines.isEmpty() && postcode.isEmpty()) {
                    problems.add(new Problem(line, "address", "is missing, and so is the postcode"));
                    return Optional.empty();
                }
                List<String> parts = lines.map(l -> Arrays.stream(l.split("[;\\n]"))
                                .map(String::strip)
                                .filter(p -> !p.isEmpty())
                                .toList())
                        .orElse(List.of());
                String label =
                        String.join(", ", parts) + postcode.map(p -> " " + p).orElse("");
                return Optional.of(new Good(line, kind, label.strip(), new Entity.Address("", owner, parts, postcode)));
            }
            case "phone" -> {
                return required(row, "phone", Phone::parse, line, problems)
                        .map(p -> new Good(line, kind, p.e164(), new Entity.PhoneLine("", owner, p)));
            }
            case "email" -> {
                return required(row, "email", Email::parse, line, problems)
                        .map(m -> new Good(line, kind, m.value(), new Entity.EmailAddress("", owner, m)));
            }
            case "vehicle" -> {
                return required(row, "registration_mark", RegistrationMark::parse, line, problems)
                        .map(v -> new Good(line, kind, v.display(), new Entity.Vehicle("", owner, v)));
            }
            case "account" -> {
                Parsed<BankAccount> a = BankAccount.parse(
                        row.get("sort_code").orElse(""),
                        row.get("account_number").orElse(""));
                if (!a.ok()) {
                    problems.add(new Problem(
                            line, "sort_code/account_number", a.problem().get()));
                    return Optional.empty();
                }
                return Optional.of(new Good(line, kind, a.get().toString(), new Entity.Account("", owner, a.get())));
            }
            default -> {
                problems.add(new Problem(
                        line,
                        "kind",
                        kind.isEmpty()
                                ? "is missing (" + String.join(", ", KINDS) + ")"
                                : "\"" + kind + "\" is not one of " + String.join(", ", KINDS)));
                return Optional.empty();
            }
        }
    }

    private static <T> Optional<T> optional(
            Csv.Row row,
            String field,
            java.util.function.Function<String, Parsed<T>> parse,
            int line,
            List<Problem> problems) {
        Optional<String> v = row.get(field);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Parsed<T> p = parse.apply(v.get());
        p.problem().ifPresent(reason -> problems.add(new Problem(line, field, reason)));
        return p.value();
    }

    private static <T> Optional<T> required(
            Csv.Row row,
            String field,
            java.util.function.Function<String, Parsed<T>> parse,
            int line,
            List<Problem> problems) {
        if (row.get(field).isEmpty()) {
            problems.add(new Problem(line, field, "is missing"));
            return Optional.empty();
        }
        return optional(row, field, parse, line, problems);
    }
}
