package uk.interchange.partnership.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.interchange.partnership.model.BankAccount;
import uk.interchange.partnership.model.CompanyNumber;
import uk.interchange.partnership.model.Email;
import uk.interchange.partnership.model.Entity;
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
 * with its line, field and reason, and the good ones are kept for the user to import or not.
 */
public final class EntityCsv {
    /** A row that made an entity, with its kind and the words that name it. */
    public record Good(int line, String kind, String label, Entity entity) {}

    /** A row that did not, and why. */
    public record Problem(int line, String field, String reason) {}

    public record Reading(List<Good> good, List<Problem> problems) {}

    static final List<String> KINDS = List.of("person", "company", "address", "phone", "email", "vehicle", "account");

    private EntityCsv() {}

    /**
     * One entity from a form's fields, named as the CSV columns are (the kind among them); its problems are
     * reported as line 0.
     */
    public static Reading fromFields(Map<String, String> fields, String owner) {
        Map<String, String> named = new LinkedHashMap<>();
        fields.forEach((k, v) -> named.put(k.toLowerCase(Locale.ROOT), v));
        List<Problem> problems = new ArrayList<>();
        Optional<Good> g = entity(new Csv.Row(0, named), owner, problems);
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
        Csv.Table t = Csv.read(text);
        if (!t.header().contains("kind")) {
            return new Reading(
                    List.of(), List.of(new Problem(1, "kind", "the header has no kind column (" + KINDS + ")")));
        }
        List<Good> good = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Csv.Row row : t.rows()) {
            List<Problem> before = new ArrayList<>(problems);
            Optional<Good> g = entity(row, owner, problems);
            if (g.isPresent() && problems.size() == before.size()) {
                good.add(g.get());
            }
        }
        return new Reading(good, problems);
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
