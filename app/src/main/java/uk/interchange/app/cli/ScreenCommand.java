package uk.interchange.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.interchange.app.partnership.screening.OcdsBidders;
import uk.interchange.partnership.imports.Csv;
import uk.interchange.partnership.matching.Nicknames;
import uk.interchange.partnership.screening.Party;
import uk.interchange.partnership.screening.Screener;
import uk.interchange.partnership.screening.ScreeningCsv;

/** `interchange screen`: a tender's bidders against a watchlist, offline. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screen the bidders of a tender against a watchlist of entities linked to organised crime groups, offline.",
            "--bidders is a CSV file, or an Open Contracting (OCDS) release package (.json): its tenderers and"
                    + " suppliers.",
            "Writes bidder_id,outcome,reasons: outcome is \"no hit\" or \"refer to police\"; reasons give each path to a"
                    + " group step by step, then red flags that need no intelligence. Layouts:"
                    + " docs/formats/screening-csv.md. Exit status: 0 done, 2 an input or option refused, 3 failed."
        })
final class ScreenCommand implements Callable<Integer> {
    @Option(names = "--bidders", required = true, description = "The bidders: one row per entity of each bidder")
    Path bidders;

    @Option(names = "--watchlist", required = true, description = "The watchlist: entities, groups and links")
    Path watchlist;

    @Option(names = "--out", required = true, description = "Where to write the outcomes (replaced only when done)")
    Path out;

    @Option(names = "--tender-date", description = "The tender's date, yyyy-mm-dd (for the age of the bidders)")
    String tenderDate;

    @Option(
            names = "--threshold",
            defaultValue = "0.5",
            description = "The lowest probability at which a bidder's person or company is taken to be a watchlist"
                    + " one (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--disqualified", description = "Disqualified directors, in the watchlist's layout")
    Path disqualified;

    @Option(
            names = "--encoding",
            defaultValue = "UTF-8",
            description = "The files' encoding (default ${DEFAULT-VALUE})")
    String encoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new CliFiles.Bad("--threshold must be above 0 and at most 1, not " + threshold);
            }
            Screener.Options options = Screener.Options.defaults();
            options = options.withThreshold(threshold);
            if (tenderDate != null) {
                try {
                    options = options.on(LocalDate.parse(tenderDate));
                } catch (DateTimeParseException e) {
                    throw new CliFiles.Bad("--tender-date \"" + tenderDate + "\" is not a date written as yyyy-mm-dd");
                }
            }
            Charset charset = CliFiles.charset(encoding);
            Nicknames names = Nicknames.builtIn();
            ProgressBar bar = new ProgressBar(err);
            bar.at("reading the watchlist", 0);
            ScreeningCsv.Read list = read(watchlist, charset, r -> ScreeningCsv.watchlist(r, names));
            List<Party> banned = disqualified == null
                    ? List.of()
                    : read(disqualified, charset, r -> ScreeningCsv.watchlist(r, names))
                            .entities();
            java.util.Map<String, List<Party>> tender;
            if (bidders.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                // an Open Contracting release package: its tenderers and suppliers, and the tender's own date
                OcdsBidders.Read ocds = read(bidders, charset, r -> OcdsBidders.read(text(r), names));
                tender = ocds.bidders();
                if (tenderDate == null && ocds.tenderDate().isPresent()) {
                    options = options.on(ocds.tenderDate().get());
                }
            } else {
                tender = read(bidders, charset, r -> ScreeningCsv.bidders(r, names))
                        .bidders();
            }
            if (tender.isEmpty()) {
                throw new CliFiles.Bad(bidders + " has no bidders");
            }
            bar.at("screening", 0.5);
            List<Screener.Result> outcomes = new Screener(list, banned).screen(tender, options);
            AtomicFile.write(out, w -> {
                w.write(Csv.line(List.of("bidder_id", "outcome", "reasons")));
                for (Screener.Result o : outcomes) {
                    w.write(Csv.line(List.of(o.bidder(), o.outcome().words(), String.join(" | ", o.reasons()))));
                }
            });
            bar.finish();
            long referred = outcomes.stream().filter(Screener.Result::refer).count();
            spec.commandLine()
                    .getOut()
                    .printf("%s: %,d bidders screened, %,d to refer to the police.%n", out, outcomes.size(), referred);
            return ExitCodes.OK;
        } catch (CliFiles.Bad e) {
            err.println("interchange: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("interchange: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** The whole of a small file (a release package), read through the strict decoder. */
    private static String text(Reader r) {
        return new java.io.BufferedReader(r).lines().collect(java.util.stream.Collectors.joining("\n"));
    }

    private static <T> T read(Path file, Charset charset, Function<Reader, T> how) throws CliFiles.Bad, IOException {
        CliFiles.readable(file);
        try (Reader r = CliFiles.strictReader(file, charset)) {
            return how.apply(r);
        } catch (ScreeningCsv.Refused e) {
            throw new CliFiles.Bad(file + " " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new CliFiles.Bad(file + " is not " + charset.name()
                        + " text; save it as UTF-8, or say its encoding with --encoding");
            }
            throw e.getCause();
        }
    }
}
