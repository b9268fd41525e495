package uk.interchange.partnership.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Person and company names in the forms comparisons and blocking use. */
public final class Names {
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "rev", "revd", "prof", "capt",
            "cllr");
    private static final Set<String> COMPANY_FORMS = Set.of(
            "ltd",
            "limited",
            "plc",
            "llp",
            "lp",
            "co",
            "company",
            "inc",
            "incorporated",
            "cic",
            "uk",
            "group",
            "holdings",
            "the");

    private Names() {}

    /** A person's name split into given names and surname, titles gone, each word folded. */
    public record Person(List<String> given, String surname, List<String> surnameParts) {
        public String first() {
            return given.isEmpty() ? "" : given.get(0);
        }
    }

    /**
     * From separate fields. A hyphenated or double-barrelled surname is kept whole ("fenwickday") and by its parts, so
     * that "Fenwick-Day", "Fenwick Day" and "Day" can be compared.
     */
    public static Person person(String given, String surname) {
        List<String> g = Text.words(Text.fold(given)).stream()
                .filter(w -> !TITLES.contains(w))
                .toList();
        List<String> s = Text.words(Text.fold(surname));
        return new Person(g, String.join("", s), s);
    }

    /** From one field: "Smith, John" (surname first, with a comma) or "Mr John Paul Smith" (surname last). */
    public static Person person(String full) {
        String f = full == null ? "" : full;
        int comma = f.indexOf(',');
        if (comma > 0) {
            return person(f.substring(comma + 1), f.substring(0, comma));
        }
        List<String> w = Text.words(Text.fold(f)).stream()
                .filter(x -> !TITLES.contains(x))
                .toList();
        if (w.isEmpty()) {
            return new Person(List.of(), "", List.of());
        }
        String last = w.get(w.size() - 1);
        return new Person(w.subList(0, w.size() - 1), last, List.of(last));
    }

    /** A company's name without its legal form and filler: "The Kestley Waste Co. Ltd" is "kestley waste". */
    public static String company(String name) {
        String f = Text.fold(name == null ? "" : name.replace("&", " and ").replace("+", " and "));
        List<String> w =
                Text.words(f).stream().filter(x -> !COMPANY_FORMS.contains(x)).toList();
        return String.join(" ", w).toLowerCase(Locale.ROOT);
    }
}
