package uk.interchange.partnership.screening;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One of a bidder's entities as the council gave it: its values named as the screening CSV's columns, kind among
 * them ({@link Party#columns}), kept so that it can be shown and screened again whichever way it came in.
 */
public record BidderEntity(Map<String, String> columns) {
    public BidderEntity {
        columns = Map.copyOf(columns);
    }

    /** The entity's kind as given: "company", "person", "address", ... */
    public String kind() {
        return columns.getOrDefault("kind", "");
    }

    /** The entity in one line: "director: Jane Smith, born 03/1984", "company: Acme Ltd, number 01234567". */
    public String detail() {
        String kind = kind();
        Function<String, String> v = k -> columns.getOrDefault(k, "");
        String text =
                switch (kind) {
                    case "company" ->
                        join(
                                v.apply("company_name"),
                                v.apply("company_number").isEmpty() ? "" : "number " + v.apply("company_number"),
                                v.apply("incorporated").isEmpty() ? "" : "incorporated " + v.apply("incorporated"),
                                v.apply("sector"),
                                v.apply("address"),
                                v.apply("postcode"));
                    case "person" ->
                        join(
                                columns.containsKey("full_name")
                                        ? v.apply("full_name")
                                        : (v.apply("given_name") + " " + v.apply("surname")).strip(),
                                v.apply("date_of_birth").isEmpty() ? "" : "born " + v.apply("date_of_birth"));
                    case "address" -> join(v.apply("address"), v.apply("postcode"));
                    case "account" -> join(v.apply("sort_code"), v.apply("account_number"));
                    default -> v.apply(kind);
                };
        String label = kind.equals("person") ? v.apply("role").isEmpty() ? "director" : v.apply("role") : kind;
        return label + ": " + text;
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }
}
