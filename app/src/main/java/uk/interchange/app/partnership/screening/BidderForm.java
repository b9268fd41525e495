package uk.interchange.app.partnership.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.FormValues;
import uk.interchange.partnership.matching.BirthDate;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.model.BankAccount;
import uk.interchange.partnership.model.CompanyNumber;
import uk.interchange.partnership.model.Email;
import uk.interchange.partnership.model.Parsed;
import uk.interchange.partnership.model.Phone;
import uk.interchange.partnership.model.Postcode;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.ScreeningCsv;

/**
 * One bidder typed in by a procurement officer: its company, registered address, contact details, bank account, and
 * up to {@value #OFFICERS} officers or people with significant control. Every field is checked, and every problem
 * named by its field, before anything is kept.
 */
public final class BidderForm {
    /** How many officer rows the form has; more come by CSV. */
    public static final int OFFICERS = 5;

    public static final List<String> ROLES = List.of("director", "psc", "secretary", "owner");

    /** The bidder's entities, or what is wrong with the form. */
    public record Read(List<Party> parties, List<FieldProblem> problems) {}

    private BidderForm() {}

    public static Read read(Map<String, String> form, Nicknames nicknames) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> company = row("company");
        String name = value(form, "companyName");
        if (name.isEmpty()) {
            problems.add(new FieldProblem("companyName", "is empty: give the company's name as it is registered"));
        }
        company.put("company_name", name);
        checked(form, "companyNumber", CompanyNumber::parse, problems)
                .ifPresent(n -> company.put("company_number", n.toString()));
        FormValues.date(form, "incorporated", problems, false)
                .ifPresent(d -> company.put("incorporated", d.toString()));
        String sector = value(form, "sector").toLowerCase(Locale.ROOT);
        if (!sector.isEmpty()) {
            company.put("sector", sector);
        }
        String address = value(form, "address");
        Optional<Postcode> postcode = checked(form, "postcode", Postcode::parse, problems);
        if (!address.isEmpty()) {
            company.put("address", address);
        }
        postcode.ifPresent(p -> company.put("postcode", p.toString()));
        rows.add(company);
        if (!address.isEmpty() || postcode.isPresent()) {
            Map<String, String> at = row("address");
            at.putAll(Map.of(
                    "address",
                    address,
                    "postcode",
                    postcode.map(Postcode::toString).orElse("")));
            rows.add(at);
        }
        checked(form, "phone", Phone::parse, problems).ifPresent(p -> rows.add(one("phone", "phone", p.e164())));
        checked(form, "email", Email::parse, problems).ifPresent(e -> rows.add(one("email", "email", e.toString())));
        account(form, problems).ifPresent(rows::add);
        for (int i = 1; i <= OFFICERS; i++) {
            officer(form, i, problems).ifPresent(rows::add);
        }
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            parties.add(ScreeningCsv.party("form/" + (i + 1), i + 1, r.get("kind"), r, nicknames));
        }
        return new Read(parties, List.of());
    }

    private static Optional<Map<String, String>> account(Map<String, String> form, List<FieldProblem> problems) {
        String sortCode = value(form, "sortCode");
        String number = value(form, "accountNumber");
        if (sortCode.isEmpty() && number.isEmpty()) {
            return Optional.empty();
        }
        Parsed<BankAccount> a = BankAccount.parse(sortCode, number);
        if (!a.ok()) {
            problems.add(new FieldProblem(
                    sortCode.isEmpty() ? "sortCode" : "accountNumber",
                    a.problem().get()));
            return Optional.empty();
        }
        Map<String, String> r = row("account");
        r.put("sort_code", a.get().sortCode());
        r.put("account_number", a.get().accountNumber());
        return Optional.of(r);
    }

    private static Optional<Map<String, String>> officer(Map<String, String> form, int i, List<FieldProblem> problems) {
        String name = value(form, "officer" + i + "Name");
        String born = value(form, "officer" + i + "Born");
        String role = value(form, "officer" + i + "Role").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            if (!born.isEmpty()) {
                problems.add(new FieldProblem("officer" + i + "Name", "is empty, but a date of birth is given"));
            }
            return Optional.empty();
        }
        Map<String, String> r = row("person");
        r.put("full_name", name);
        if (!born.isEmpty()) {
            if (BirthDate.parse(born).isEmpty()) {
                problems.add(new FieldProblem(
                        "officer" + i + "Born",
                        "\"" + born + "\" is not a date of birth: write 1984-03-07, 07/03/1984 or, as Companies House"
                                + " gives it, 03/1984"));
            }
            r.put("date_of_birth", born);
        }
        if (!role.isEmpty() && !ROLES.contains(role)) {
            problems.add(new FieldProblem("officer" + i + "Role", "must be one of " + String.join(", ", ROLES)));
        }
        r.put("role", role.isEmpty() ? "director" : role);
        return Optional.of(r);
    }

    private static <T> Optional<T> checked(
            Map<String, String> form,
            String field,
            java.util.function.Function<String, Parsed<T>> parse,
            List<FieldProblem> problems) {
        String v = value(form, field);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Parsed<T> p = parse.apply(v);
        p.problem().ifPresent(why -> problems.add(new FieldProblem(field, why)));
        return p.value();
    }

    private static String value(Map<String, String> form, String field) {
        return form.getOrDefault(field, "").strip();
    }

    private static Map<String, String> row(String kind) {
        Map<String, String> r = new HashMap<>();
        r.put("kind", kind);
        return r;
    }

    private static Map<String, String> one(String kind, String column, String value) {
        Map<String, String> r = row(kind);
        r.put(column, value);
        return r;
    }
}
