package uk.interchange.partnership.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.interchange.partnership.matching.Index;
import uk.interchange.partnership.matching.MatchRecord.Field;

/**
 * Red flags among the bidders of one tender, which need no intelligence: two bidders sharing an address, phone,
 * email, bank account or a director (the same person by name and date of birth), which may mean they are not
 * competing at all.
 */
final class RedFlags {
    private RedFlags() {}

    /** Each bidder's flags, by bidder id. */
    static Map<String, List<String>> between(Map<String, List<Party>> bidders, double threshold) {
        Map<String, Set<String>> out = new HashMap<>();
        Map<String, List<String[]>> byValue = new HashMap<>(); // value -> [bidder, label]
        List<Party> people = new ArrayList<>();
        Map<String, String> bidderOf = new HashMap<>();
        for (var b : bidders.entrySet()) {
            for (Party p : b.getValue()) {
                bidderOf.put(p.id(), b.getKey());
                switch (p.kind()) {
                    case PERSON -> people.add(p);
                    case COMPANY -> {
                        if (p.fields().containsKey(Field.POSTCODE)) {
                            byValue.computeIfAbsent("address:" + Screener.addressKey(p), k -> new ArrayList<>())
                                    .add(new String[] {b.getKey(), p.label() + "'s registered address"});
                        }
                    }
                    default ->
                        byValue.computeIfAbsent(Screener.valueKey(p), k -> new ArrayList<>())
                                .add(new String[] {b.getKey(), p.label()});
                }
            }
        }
        byValue.forEach((value, holders) -> {
            for (String[] a : holders) {
                for (String[] b : holders) {
                    if (!a[0].equals(b[0])) {
                        out.computeIfAbsent(a[0], k -> new LinkedHashSet<>())
                                .add("red flag: shares its " + value.substring(0, value.indexOf(':')) + " (" + a[1]
                                        + ") with bidder " + b[0]);
                    }
                }
            }
        });
        Index index = new Index(
                people.stream().map(Party::record).toList(),
                EnumSet.of(Field.GIVEN, Field.SURNAME, Field.FULL_NAME, Field.BIRTH));
        for (Party p : people) {
            for (Index.Found f : index.find(p.record(), threshold)) {
                String other = bidderOf.get(f.record().id());
                String mine = bidderOf.get(p.id());
                if (!other.equals(mine)) {
                    out.computeIfAbsent(mine, k -> new LinkedHashSet<>())
                            .add(String.format(
                                    Locale.ROOT,
                                    "red flag: %s is also named by bidder %s (probability %.2f)",
                                    p.label(),
                                    other,
                                    f.probability()));
                }
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        return lists;
    }
}
