package uk.interchange.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.interchange.partnership.imports.Csv;
import uk.interchange.partnership.matching.Comparison;
import uk.interchange.partnership.matching.Linker;
import uk.interchange.partnership.matching.MatchInput;
import uk.interchange.partnership.matching.MatchRecord;
import uk.interchange.partnership.matching.Nicknames;

/** `interchange match`: link two files of people or companies, or find the duplicates within one. */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = {
            "Link the records of two CSV files (--left and --right), or find the duplicates within one (--left only).",
            "Columns are found by header name: id|rec_id|unique_id, given_name|first_name|forename,"
                    + " surname|last_name|family_name, full_name|name, date_of_birth|dob, address, address_1,"
                    + " address_2, street_number, suburb|town|city, postcode|postcode_fake, phone, email,"
                    + " company_name, company_number. Others are ignored unless --mapping names them.",
            "Writes left_id,right_id,probability,match_weight for every pair at or above the threshold"
                    + " (docs/formats/match-csv.md). Exit status: 0 done, 2 the input or an option was refused,"
                    + " 3 failed."
        })
final class MatchCommand implements Callable<Integer> {
    @Option(names = "--left", required = true, description = "The first file (or the only one)")
    Path left;

    @Option(names = "--right", description = "The second file; without it, duplicates are found within --left")
    Path right;

    @Option(names = "--out", required = true, description = "Where to write the pairs (replaced only when done)")
    Path out;

    @Option(
            names = "--threshold",
            defaultValue = "0.5",
            description = "The lowest match probability written, 0 to 1 (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--explain", description = "Add each comparison's level and weight to every pair")
    boolean explain;

    @Option(
            names = "--mapping",
            description = "A CSV of column,field naming more columns: field is one of " + "id, given_name, surname,"
                    + " full_name, date_of_birth, address, address_1, address_2, street_number, town, postcode,"
                    + " phone, email, company_name, company_number")
    Path mapping;

    @Option(names = "--skip-bad-rows", description = "Report rows that cannot be read and go on without them")
    boolean skipBadRows;

    @Option(
            names = "--encoding",
            defaultValue = "UTF-8",
            description = "The files' character encoding (default ${DEFAULT-VALUE}), such as windows-1252")
    String encoding;

    @Option(
            names = "--nicknames",
            description = "More given names and familiar forms, as name1,relationship,name2 rows")
    Path nicknames;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter say = spec.commandLine().getOut();
        try {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new CliFiles.Bad("--threshold must be between 0 and 1, not " + threshold);
            }
            Charset charset = CliFiles.charset(encoding);
            Nicknames names = Nicknames.builtIn();
            if (nicknames != null) {
                try (Reader r = Files.newBufferedReader(CliFiles.readable(nicknames), StandardCharsets.UTF_8)) {
                    names = names.with(r);
                }
            }
            Map<String, MatchRecord.Field> columns = mapping == null ? Map.of() : mapping(CliFiles.readable(mapping));
            ProgressBar bar = new ProgressBar(err);
            MatchInput.Read a = read(left, charset, columns, names, bar);
            MatchInput.Read b = right == null ? null : read(right, charset, columns, names, bar);
            Set<MatchRecord.Field> fields = new HashSet<>(a.fields());
            if (b != null) {
                fields.retainAll(b.fields());
            }
            Linker.Result result = Linker.link(
                    a.records(),
                    b == null ? null : b.records(),
                    fields,
                    Linker.Options.defaults().withThreshold(threshold),
                    bar);
            write(result);
            bar.finish();
            say.printf(
                    "%s: %,d pairs at or above %.2f, from %,d compared (%s).%n",
                    out,
                    result.pairs().size(),
                    threshold,
                    result.compared(),
                    b == null
                            ? String.format("%,d records", a.records().size())
                            : String.format(
                                    "%,d and %,d records",
                                    a.records().size(), b.records().size()));
            if (!result.blocksLeftOut().isEmpty()) {
                say.printf(
                        "%,d values were too common to compare every record that has them (for example %s);"
                                + " their records were compared by the other keys.%n",
                        result.blocksLeftOut().size(), result.blocksLeftOut().get(0));
            }
            return ExitCodes.OK;
        } catch (CliFiles.Bad e) {
            err.println("interchange: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (MatchInput.Refused e) {
            err.println("interchange: " + e.getMessage()
                    + (skipBadRows ? "" : " (--skip-bad-rows goes on without such rows)"));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("interchange: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private MatchInput.Read read(
            Path file, Charset charset, Map<String, MatchRecord.Field> columns, Nicknames names, ProgressBar bar)
            throws CliFiles.Bad, IOException {
        Path f = CliFiles.readable(file);
        long size = Files.size(f);
        long memory = Runtime.getRuntime().maxMemory();
        if (size > memory / 6) {
            throw new CliFiles.Bad(String.format(
                    "%s is %,d MB: matching holds every record in memory, and this Java may use %,d MB; give it more"
                            + " (INTERCHANGE_JAVA_OPTS=-Xmx...) or split the file",
                    file, size >> 20, memory >> 20));
        }
        int[] line = {0};
        try (Reader reader = CliFiles.strictReader(f, charset)) {
            bar.file(file.getFileName().toString(), size);
            MatchInput.Read r = MatchInput.read(reader, columns, skipBadRows, names, l -> {
                line[0] = l;
                bar.line(l);
            });
            for (MatchInput.Problem p : r.skipped()) {
                spec.commandLine()
                        .getErr()
                        .printf("interchange: %s line %d left out: %s%n", file, p.line(), p.reason());
            }
            if (r.records().isEmpty()) {
                throw new CliFiles.Bad(file + " has no rows to match");
            }
            return r;
        } catch (CharacterCodingException | java.io.UncheckedIOException e) {
            if (e instanceof java.io.UncheckedIOException u && !(u.getCause() instanceof CharacterCodingException)) {
                throw u.getCause();
            }
            throw new CliFiles.Bad(String.format(
                    "%s is not %s text (a byte that is not %s near line %d); save it as UTF-8, or say its"
                            + " encoding with --encoding",
                    file, charset.name(), charset.name(), line[0] + 1));
        }
    }

    /** The mapping file: rows of column,field. */
    static Map<String, MatchRecord.Field> mapping(Path file) throws CliFiles.Bad, IOException {
        Csv.Table t;
        try {
            t = Csv.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new CliFiles.Bad(file + ": " + e.getMessage());
        }
        if (!t.header().contains("column") || !t.header().contains("field")) {
            throw new CliFiles.Bad(file + ": the mapping needs a header of column,field");
        }
        Map<String, MatchRecord.Field> out = new LinkedHashMap<>();
        for (Csv.Row row : t.rows()) {
            String column = row.get("column").orElse("");
            String field = row.get("field").orElse("");
            MatchRecord.Field f = FIELDS.get(field.toLowerCase(Locale.ROOT));
            if (column.isEmpty() || f == null) {
                throw new CliFiles.Bad(file + " line " + row.line() + ": \"" + field + "\" is not a field ("
                        + String.join(", ", FIELDS.keySet()) + ")");
            }
            out.put(column, f);
        }
        return out;
    }

    static final Map<String, MatchRecord.Field> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("id", MatchRecord.Field.ID);
        FIELDS.put("given_name", MatchRecord.Field.GIVEN);
        FIELDS.put("surname", MatchRecord.Field.SURNAME);
        FIELDS.put("full_name", MatchRecord.Field.FULL_NAME);
        FIELDS.put("date_of_birth", MatchRecord.Field.BIRTH);
        FIELDS.put("address", MatchRecord.Field.ADDRESS);
        FIELDS.put("address_1", MatchRecord.Field.ADDRESS_1);
        FIELDS.put("address_2", MatchRecord.Field.ADDRESS_2);
        FIELDS.put("street_number", MatchRecord.Field.STREET_NUMBER);
        FIELDS.put("town", MatchRecord.Field.TOWN);
        FIELDS.put("postcode", MatchRecord.Field.POSTCODE);
        FIELDS.put("phone", MatchRecord.Field.PHONE);
        FIELDS.put("email", MatchRecord.Field.EMAIL);
        FIELDS.put("company_name", MatchRecord.Field.COMPANY_NAME);
        FIELDS.put("company_number", MatchRecord.Field.COMPANY_NUMBER);
    }

    /** Writes beside the destination and moves into place, so a failed run never leaves half a file. */
    private void write(Linker.Result result) throws IOException {
        List<Comparison> cs = result.model().comparisons();
        AtomicFile.write(out, w -> {
            List<String> header =
                    new java.util.ArrayList<>(List.of("left_id", "right_id", "probability", "match_weight"));
            if (explain) {
                header.add("prior_weight");
                for (Comparison c : cs) {
                    String key = c.name().replace(' ', '_');
                    header.add(key + "_level");
                    header.add(key + "_weight");
                }
            }
            w.write(Csv.line(header));
            for (Linker.Pair p : result.pairs()) {
                List<String> row = new java.util.ArrayList<>(List.of(
                        p.left().id(),
                        p.right().id(),
                        String.format(Locale.ROOT, "%.6f", p.probability()),
                        String.format(Locale.ROOT, "%.3f", p.weight())));
                if (explain) {
                    row.add(String.format(Locale.ROOT, "%.3f", result.prior()));
                    for (int c = 0; c < cs.size(); c++) {
                        row.add(cs.get(c).words(p.levels()[c]));
                        row.add(String.format(Locale.ROOT, "%.3f", p.weights()[c]));
                    }
                }
                w.write(Csv.line(row));
            }
        });
    }
}
