package uk.interchange.partnership.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.PersonName;

/**
 * An entity written back as the fields {@link EntityCsv} reads: what an edit form starts from and what an export
 * writes, so that an exported file imports again to the same records.
 */
public final class EntityFields {
    /** Every column an entity of any kind may fill, in the order an export writes them. */
    public static final List<String> COLUMNS = List.of(
            "kind",
            "title",
            "given_names",
            "surname",
            "aliases",
            "date_of_birth",
            "name",
            "company_number",
            "status",
            "incorporated",
            "address",
            "postcode",
            "phone",
            "email",
            "registration_mark",
            "sort_code",
            "account_number");

    private EntityFields() {}

    /** The kind of an entity, as the {@code kind} column names it. */
    public static String kind(Entity e) {
        return switch (e) {
            case Entity.Person p -> "person";
            case Entity.Company c -> "company";
            case Entity.Address a -> "address";
            case Entity.PhoneLine p -> "phone";
            case Entity.EmailAddress m -> "email";
            case Entity.Vehicle v -> "vehicle";
            case Entity.Account a -> "account";
        };
    }

    /** The entity's fields by column name; empty ones are left out. */
    public static Map<String, String> of(Entity e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", kind(e));
        switch (e) {
            case Entity.Person p -> {
                p.name().title().ifPresent(t -> f.put("title", t));
                put(f, "given_names", String.join(" ", p.name().given()));
                f.put("surname", p.name().surname());
                put(f, "aliases", p.aliases().stream().map(EntityFields::plain).collect(Collectors.joining("; ")));
                p.born().ifPresent(b -> f.put("date_of_birth", b.toString()));
            }
            case Entity.Company c -> {
                f.put("name", c.name());
                c.number().ifPresent(n -> f.put("company_number", n.value()));
                f.put("status", c.status().name().toLowerCase(Locale.ROOT));
                c.incorporated().ifPresent(d -> f.put("incorporated", d.toString()));
            }
            case Entity.Address a -> {
                put(f, "address", String.join("; ", a.lines()));
                a.postcode().ifPresent(p -> f.put("postcode", p.toString()));
            }
            case Entity.PhoneLine p -> f.put("phone", p.phone().e164());
            case Entity.EmailAddress m -> f.put("email", m.email().value());
            case Entity.Vehicle v -> f.put("registration_mark", v.mark().value());
            case Entity.Account a -> {
                f.put("sort_code", a.account().sortCode());
                f.put("account_number", a.account().accountNumber());
            }
        }
        return f;
    }

    private static String plain(PersonName n) {
        return (String.join(" ", n.given()) + " " + n.surname()).strip();
    }

    private static void put(Map<String, String> f, String column, String value) {
        if (!value.isBlank()) {
            f.put(column, value);
        }
    }
}
