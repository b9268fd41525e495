package uk.interchange.partnership.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.interchange.partnership.matching.MatchRecord.Field;

/**
 * Which pairs are compared at all: those that agree on at least one blocking key. Several keys, so that a slip in
 * one field (a surname misspelt) still leaves the pair found by another (the date of birth). A block bigger than
 * {@link #maxPairs} pairs (a formation agent's address, "Smith J") is left out for that key alone, so that one very
 * common value cannot blow up the number of comparisons; its pairs can still be found by the other keys. A pair that
 * several keys find is compared once: by the first key that finds it.
 */
public final class Blocking {
    /** One blocking key: its name, the fields it needs, and its value for a record (null when it has none). */
    public record Key(String name, Set<Field> needs, Function<MatchRecord, String> value) {}

    static final List<Key> KEYS = List.of(
            new Key(
                    "surname sound and given initial",
                    Set.of(Field.SURNAME, Field.FULL_NAME),
                    r -> r.surnameCode.isEmpty() || r.given.isEmpty() ? null : r.surnameCode + r.given.charAt(0)),
            new Key(
                    "the sounds of both names, in either order",
                    Set.of(Field.SURNAME, Field.FULL_NAME),
                    r -> r.surnameCode.isEmpty() || r.givenCode.isEmpty()
                            ? null
                            : r.surnameCode.compareTo(r.givenCode) < 0
                                    ? r.surnameCode + r.givenCode
                                    : r.givenCode + r.surnameCode),
            new Key(
                    "the start of the address",
                    Set.of(Field.ADDRESS, Field.ADDRESS_1),
                    r -> r.addressWords.size() < 2 ? null : r.addressWords.get(0) + " " + r.addressWords.get(1)),
            new Key(
                    "given name sound and month of birth",
                    Set.of(Field.BIRTH),
                    r -> r.givenCode.isEmpty() || r.born == null || r.born.month() == 0
                            ? null
                            : r.givenCode + r.born.year() + "-" + r.born.month()),
            new Key(
                    "date of birth and surname initial",
                    Set.of(Field.BIRTH),
                    r -> r.born == null || !r.born.full() || r.surname.isEmpty()
                            ? null
                            : r.born.digits() + r.surname.charAt(0)),
            new Key(
                    "date of birth and given initial",
                    Set.of(Field.BIRTH),
                    r -> r.born == null || !r.born.full() || r.given.isEmpty()
                            ? null
                            : r.born.digits() + r.given.charAt(0)),
            new Key(
                    "date of birth",
                    Set.of(Field.BIRTH),
                    r -> r.born == null || !r.born.full() ? null : r.born.digits()),
            new Key(
                    "given name sound and year of birth",
                    Set.of(Field.BIRTH),
                    r -> r.givenCode.isEmpty() || r.born == null ? null : r.givenCode + r.born.year()),
            new Key(
                    "postcode and surname initial",
                    Set.of(Field.POSTCODE),
                    r -> r.postcode.isEmpty() || r.surname.isEmpty() ? null : r.postcode + r.surname.charAt(0)),
            new Key(
                    "postcode and given initial",
                    Set.of(Field.POSTCODE),
                    r -> r.postcode.isEmpty() || r.given.isEmpty() ? null : r.postcode + r.given.charAt(0)),
            new Key("phone", Set.of(Field.PHONE), r -> r.phone.isEmpty() ? null : r.phone),
            new Key("email", Set.of(Field.EMAIL), r -> r.email.isEmpty() ? null : r.email),
            new Key(
                    "company number",
                    Set.of(Field.COMPANY_NUMBER),
                    r -> r.companyNumber.isEmpty() ? null : r.companyNumber),
            new Key("NI number", Set.of(Field.NI_NUMBER), r -> r.niNumber.isEmpty() ? null : r.niNumber),
            new Key("vehicle", Set.of(Field.VEHICLE), r -> r.vehicle.isEmpty() ? null : r.vehicle),
            new Key("bank account", Set.of(Field.ACCOUNT_NUMBER), r -> r.bankAccount.isEmpty() ? null : r.bankAccount),
            new Key(
                    "company name",
                    Set.of(Field.COMPANY_NAME),
                    r -> r.companyWords.isEmpty()
                            ? null
                            : String.join(" ", r.companyWords.subList(0, Math.min(2, r.companyWords.size())))),
            new Key(
                    "company name sound and postcode district",
                    Set.of(Field.COMPANY_NAME),
                    r -> r.companyWords.isEmpty() || r.district.isEmpty()
                            ? null
                            : Phonetic.soundex(r.companyWords.get(0)) + r.district));

    /** One block: a key's value, with the records of each side that have it (the same list twice within one file). */
    record Block(int key, String value, int[] left, int[] right) {
        long pairs(boolean oneFile) {
            return oneFile ? (long) left.length * (left.length - 1) / 2 : (long) left.length * right.length;
        }
    }

    /** Each key may bring together at most this many pairs per record of the input. */
    static final long PAIRS_PER_RECORD = 2;

    /** ... but never fewer than this: a file with many duplicates of each person needs them. */
    static final long MIN_BUDGET = 1_000_000;

    private final List<Key> keys;
    private final long maxPairs;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();
    private final List<Set<String>> skipped = new ArrayList<>();
    private final String[][] leftValues;
    private final String[][] rightValues;

    /** Blocks for linking {@code left} with {@code right}, or for finding duplicates within {@code left} (right null). */
    Blocking(List<MatchRecord> left, List<MatchRecord> right, Set<Field> fields, long maxPairs) {
        this.keys = KEYS.stream()
                .filter(k -> k.needs().stream().anyMatch(fields::contains))
                .toList();
        this.maxPairs = maxPairs;
        boolean oneFile = right == null;
        leftValues = values(left);
        rightValues = oneFile ? leftValues : values(right);
        long budget = Math.max(MIN_BUDGET, PAIRS_PER_RECORD * (left.size() + (oneFile ? 0 : right.size())));
        for (int k = 0; k < keys.size(); k++) {
            Map<String, int[]> l = index(leftValues, k);
            Map<String, int[]> r = oneFile ? l : index(rightValues, k);
            Set<String> skip = new HashSet<>();
            List<Block> mine = new ArrayList<>();
            long total = 0;
            for (var e : l.entrySet()) {
                int[] other = r.get(e.getKey());
                if (other == null) {
                    continue;
                }
                Block b = new Block(k, e.getKey(), e.getValue(), other);
                long n = b.pairs(oneFile);
                if (n == 0) {
                    continue;
                }
                if (n > maxPairs) {
                    skip.add(e.getKey());
                    leftOut.add(keys.get(k).name() + " \"" + e.getKey() + "\": " + n + " pairs");
                } else {
                    mine.add(b);
                    total += n;
                }
            }
            // a key that would bring together more pairs than the budget (a date of birth among millions) gives up
            // its biggest blocks first: the pairs in them are the least likely to be matches
            mine.sort(java.util.Comparator.comparingLong((Block b) -> b.pairs(oneFile))
                    .reversed());
            int drop = 0;
            while (total > budget && drop < mine.size()) {
                Block b = mine.get(drop++);
                total -= b.pairs(oneFile);
                skip.add(b.value());
            }
            if (drop > 0) {
                leftOut.add(keys.get(k).name() + ": its " + drop + " biggest blocks, to keep to " + budget + " pairs");
            }
            blocks.addAll(mine.subList(drop, mine.size()));
            skipped.add(skip);
        }
    }

    private String[][] values(List<MatchRecord> records) {
        String[][] v = new String[records.size()][keys.size()];
        for (int i = 0; i < records.size(); i++) {
            for (int k = 0; k < keys.size(); k++) {
                v[i][k] = keys.get(k).value().apply(records.get(i));
            }
        }
        return v;
    }

    private static Map<String, int[]> index(String[][] values, int key) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            String v = values[i][key];
            if (v != null) {
                lists.computeIfAbsent(v, x -> new ArrayList<>(2)).add(i);
            }
        }
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach(
                (v, l) -> out.put(v, l.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The blocks left out for being too big, described for the person running the match. */
    public List<String> leftOut() {
        return leftOut;
    }

    public List<String> keyNames() {
        return keys.stream().map(Key::name).toList();
    }

    /** Whether an earlier key than {@code key} already brings this pair together (so this one need not). */
    boolean foundEarlier(int key, int left, int right) {
        for (int k = 0; k < key; k++) {
            String a = leftValues[left][k];
            if (a != null && a.equals(rightValues[right][k]) && !skipped.get(k).contains(a)) {
                return true;
            }
        }
        return false;
    }

    long maxPairs() {
        return maxPairs;
    }
}
