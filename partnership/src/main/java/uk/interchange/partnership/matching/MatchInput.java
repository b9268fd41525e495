package uk.interchange.partnership.matching;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import uk.interchange.partnership.imports.CsvReader;
import uk.interchange.partnership.matching.MatchRecord.Field;

/**
 * Records to match from a CSV file. Columns are found by their header names, whatever their case and spacing; other
 * columns are ignored unless a mapping names them. Values are trimmed. A row with the wrong number of fields, no id
 * or an id seen before is a problem, named by its line; such rows stop the reading unless the caller asks to skip them.
 */
public final class MatchInput {
    /** The header names each field is found by, in order of preference. */
    static final Map<Field, List<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(Field.ID, List.of("id", "rec_id", "unique_id"));
        NAMES.put(Field.GIVEN, List.of("given_name", "first_name", "forename"));
        NAMES.put(Field.SURNAME, List.of("surname", "last_name", "family_name"));
        NAMES.put(Field.FULL_NAME, List.of("full_name", "name"));
        NAMES.put(Field.BIRTH, List.of("date_of_birth", "dob"));
        NAMES.put(Field.ADDRESS, List.of("address"));
        NAMES.put(Field.ADDRESS_1, List.of("address_1"));
        NAMES.put(Field.ADDRESS_2, List.of("address_2"));
        NAMES.put(Field.STREET_NUMBER, List.of("street_number"));
        NAMES.put(Field.TOWN, List.of("suburb", "town", "city"));
        NAMES.put(Field.POSTCODE, List.of("postcode", "postcode_fake"));
        NAMES.put(Field.PHONE, List.of("phone"));
        NAMES.put(Field.EMAIL, List.of("email"));
        NAMES.put(Field.COMPANY_NAME, List.of("company_name"));
        NAMES.put(Field.COMPANY_NUMBER, List.of("company_number"));
        NAMES.put(Field.NI_NUMBER, List.of("ni_number", "national_insurance_number", "nino"));
        NAMES.put(Field.VEHICLE, List.of("vehicle_registration", "registration_mark", "vrm"));
        NAMES.put(Field.SORT_CODE, List.of("sort_code"));
        NAMES.put(Field.ACCOUNT_NUMBER, List.of("account_number"));
    }

    /** A row that could not be read, and why. */
    public record Problem(int line, String reason) {}

    /** What was read: the records, the fields the file has, and the rows left out (only when skipping was asked). */
    public record Read(List<MatchRecord> records, java.util.Set<Field> fields, List<Problem> skipped) {
        /**
         * The identifiers that failed their format or check, by field: how many, and the lines of the first ten.
         * They were read as not given (never as a disagreement); a run reports them.
         */
        public Map<Field, Invalid> invalid() {
            Map<Field, Invalid> out = new java.util.EnumMap<>(Field.class);
            for (MatchRecord r : records) {
                for (Field f : r.invalid()) {
                    Invalid was = out.getOrDefault(f, new Invalid(0, List.of()));
                    List<Integer> lines = was.firstLines().size() < 10
                            ? java.util.stream.Stream.concat(
                                            was.firstLines().stream(), java.util.stream.Stream.of(r.line()))
                                    .toList()
                            : was.firstLines();
                    out.put(f, new Invalid(was.count() + 1, lines));
                }
            }
            return out;
        }
    }

    /** How many values of a column failed their check, and the first lines they are on. */
    public record Invalid(int count, List<Integer> firstLines) {}

    /** Refused input: the first problem, with its line (0 for the file as a whole). */
    public static final class Refused extends RuntimeException {
        private final transient Problem problem;

        public Refused(Problem problem) {
            super((problem.line() > 0 ? "line " + problem.line() + ": " : "") + problem.reason());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private MatchInput() {}

    /**
     * Reads every row. {@code mapping} names more columns (header name to field name, such as "surname_at_birth" to
     * "surname"); {@code progress} is told each line reached, for a progress bar.
     */
    public static Read read(
            Reader in, Map<String, Field> mapping, boolean skipBadRows, Nicknames nicknames, IntConsumer progress) {
        try (CsvReader csv = new CsvReader(in)) {
            CsvReader.Record header = csv.next();
            if (header == null) {
                throw new Refused(new Problem(0, "the file is empty: it needs a header row"));
            }
            Map<Field, Integer> columns = columns(header.fields(), mapping);
            if (!columns.containsKey(Field.ID)) {
                throw new Refused(new Problem(
                        header.line(),
                        "the header has no id column (one of id, rec_id, unique_id); it has " + header.fields()));
            }
            int width = header.fields().size();
            List<MatchRecord> records = new ArrayList<>();
            List<Problem> skipped = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (CsvReader.Record r = csv.next(); r != null; r = csv.next()) {
                progress.accept(r.line());
                Problem p = null;
                String id = "";
                if (r.fields().size() != width) {
                    p = new Problem(
                            r.line(), "the row has " + r.fields().size() + " fields where the header has " + width);
                } else {
                    id = r.fields().get(columns.get(Field.ID)).strip();
                    if (id.isEmpty()) {
                        p = new Problem(r.line(), "the row has no id");
                    } else if (seen.containsKey(id)) {
                        p = new Problem(r.line(), "the id \"" + id + "\" is also on line " + seen.get(id));
                    }
                }
                if (p != null) {
                    if (!skipBadRows) {
                        throw new Refused(p);
                    }
                    skipped.add(p);
                    continue;
                }
                seen.put(id, r.line());
                Map<Field, String> raw = new EnumMap<>(Field.class);
                for (var c : columns.entrySet()) {
                    String v = r.fields().get(c.getValue()).strip();
                    if (!v.isEmpty()) {
                        raw.put(c.getKey(), v);
                    }
                }
                records.add(new MatchRecord(id, r.line(), raw, nicknames));
            }
            return new Read(records, java.util.Set.copyOf(columns.keySet()), skipped);
        } catch (IllegalArgumentException e) {
            // the CSV reader's own refusals (a quoted field never closed) say their line
            throw new Refused(new Problem(0, e.getMessage()));
        }
    }

    /** Which column each field is in: by the standard names, then by the mapping. */
    static Map<Field, Integer> columns(List<String> header, Map<String, Field> mapping) {
        List<String> names =
                header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        Map<Field, Integer> out = new EnumMap<>(Field.class);
        for (var e : NAMES.entrySet()) {
            for (String n : e.getValue()) {
                int k = names.indexOf(n);
                if (k >= 0) {
                    out.put(e.getKey(), k);
                    break;
                }
            }
        }
        mapping.forEach((column, field) -> {
            int k = names.indexOf(column.strip().toLowerCase(Locale.ROOT));
            if (k >= 0) {
                out.put(field, k);
            }
        });
        return out;
    }
}
