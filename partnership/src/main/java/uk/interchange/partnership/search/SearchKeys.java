package uk.interchange.partnership.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.interchange.partnership.model.CompanyNumber;
import uk.interchange.partnership.model.Email;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.Phone;
import uk.interchange.partnership.model.Postcode;
import uk.interchange.partnership.model.RegistrationMark;

/**
 * The normalised keys an entity can be found by, and what a search box's text asks for. A key is a short prefix
 * for its kind and the value in its one normal form: "nm:SMITH", "pc:RG1 1AA", "ph:+447700900123", "co:01234567",
 * "vr:AB12CDE", "em:name@example.org", "ac:12345612345678".
 */
public final class SearchKeys {
    private static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "MISS", "MX", "DR", "SIR", "LADY", "REV");
    private static final Set<String> COMPANY_WORDS =
            Set.of("LTD", "LIMITED", "PLC", "LLP", "CO", "COMPANY", "THE", "AND", "UK", "GROUP", "HOLDINGS");

    private SearchKeys() {}

    public static Set<String> of(Entity e) {
        Set<String> keys = new LinkedHashSet<>();
        switch (e) {
            case Entity.Person p -> {
                names(p.name().toString(), TITLES, keys);
                p.aliases().forEach(a -> names(a.toString(), TITLES, keys));
            }
            case Entity.Company c -> {
                names(c.name(), COMPANY_WORDS, keys);
                c.number().ifPresent(n -> keys.add("co:" + n.value()));
            }
            case Entity.Address a -> a.postcode().ifPresent(p -> keys.add("pc:" + p));
            case Entity.PhoneLine p -> keys.add("ph:" + p.phone().e164());
            case Entity.EmailAddress m -> keys.add("em:" + m.email().value());
            case Entity.Vehicle v -> keys.add("vr:" + v.mark().value());
            case Entity.Account a ->
                keys.add("ac:" + a.account().sortCode() + a.account().accountNumber());
        }
        return keys;
    }

    /**
     * What the text asks for: each alternative is a set of keys that must all be found on one entity ("RG1 1AA"
     * is a postcode, and could be a registration mark too; "John Smith" needs both names).
     */
    public static List<Set<String>> query(String text) {
        List<Set<String>> alternatives = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return alternatives;
        }
        Email.parse(text).value().ifPresent(m -> alternatives.add(Set.of("em:" + m.value())));
        Postcode.parse(text).value().ifPresent(p -> alternatives.add(Set.of("pc:" + p)));
        Phone.parse(text)
                .value()
                .filter(p -> text.replaceAll("[^0-9]", "").length() >= 10)
                .ifPresent(p -> alternatives.add(Set.of("ph:" + p.e164())));
        CompanyNumber.parse(text)
                .value()
                .filter(c -> !text.strip().matches("[0-9]{9,}"))
                .ifPresent(c -> alternatives.add(Set.of("co:" + c.value())));
        if (text.chars().anyMatch(Character::isDigit)) {
            RegistrationMark.parse(text).value().ifPresent(v -> alternatives.add(Set.of("vr:" + v.value())));
        } else {
            Set<String> names = new LinkedHashSet<>();
            names(text, TITLES, names);
            names.removeIf(k -> COMPANY_WORDS.contains(k.substring(3)));
            if (!names.isEmpty()) {
                alternatives.add(names);
            }
        }
        return alternatives;
    }

    /** Name keys: capitals without accents or punctuation; a hyphenated name whole and in its parts. */
    static void names(String name, Set<String> dropped, Set<String> into) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9\\- ]", " ");
        for (String token : plain.trim().split("\\s+")) {
            String t = token.replaceAll("^-+|-+$", "");
            if (t.isEmpty() || dropped.contains(t)) {
                continue;
            }
            into.add("nm:" + t.replace("-", ""));
            if (t.contains("-")) {
                for (String part : t.split("-+")) {
                    if (!part.isEmpty()) {
                        into.add("nm:" + part);
                    }
                }
            }
        }
    }
}
