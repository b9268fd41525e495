package uk.interchange.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.interchange.app.roadworks.ReadResultJson;
import uk.interchange.app.roadworks.ReadResultText;
import uk.interchange.app.roadworks.WeeklySummary;
import uk.interchange.roadworks.bulletin.BulletinReader;
import uk.interchange.roadworks.bulletin.ReadResult;

/** `interchange roadworks parse FILE`: a bulletin in, exact works out. */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a weekly roadworks bulletin (plain text) into works, restrictions and exact occurrences.",
            "Every sentence either becomes part of a record or appears in the warnings with the reason.",
            "",
            "Exit status: 0 read, 1 no works found in the text, 2 the file or an option was refused."
        })
final class RoadworksParseCommand implements Callable<Integer> {
    enum Format {
        json,
        text,
        summary
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "the bulletin, as plain text (UTF-8 preferred)")
    Path file;

    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "the date the bulletin was published; anchors dates written without a year and 'today'. "
                    + "Default: the bulletin's own 'correct as of' date or title.")
    String published;

    @Option(
            names = "--format",
            paramLabel = "json|text",
            defaultValue = "json",
            description = "json (the documented contract, default), text (for reading), or summary (the works written"
                    + " back as a weekly summary in the house style)")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Optional<LocalDate> pub = Optional.empty();
        if (published != null) {
            try {
                pub = Optional.of(LocalDate.parse(published.strip()));
            } catch (DateTimeParseException e) {
                err.println("interchange: --published '" + published + "' is not a date of the form YYYY-MM-DD"
                        + " that exists (for example 2017-03-17)");
                return ExitCodes.BAD_INPUT;
            }
        }
        InputText.Read input;
        try {
            input = InputText.read(file);
        } catch (InputText.Refused e) {
            err.println("interchange: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        input.note().ifPresent(n -> err.println("interchange: note: " + file + " is " + n));
        ReadResult result = BulletinReader.read(input.text(), new BulletinReader.Options(pub, LocalDate.now()));
        out.print(
                switch (format) {
                    case json -> ReadResultJson.pretty(result) + "\n";
                    case text -> ReadResultText.of(result);
                    case summary -> WeeklySummary.of(result);
                });
        out.flush();
        if (result.works().isEmpty()) {
            err.println("interchange: no roadworks were found in " + file + " ("
                    + result.sentences().size() + " sentences read; see the warnings for each)");
            return ExitCodes.NOTHING_READ;
        }
        return ExitCodes.OK;
    }
}
