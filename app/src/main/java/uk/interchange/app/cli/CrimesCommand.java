package uk.interchange.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `interchange crimes ...`: police-recorded crime for the Clear-Hold-Build measures. */
@Command(
        name = "crimes",
        mixinStandardHelpOptions = true,
        description = "Police-recorded crime for the hotspots' measures.",
        subcommands = {CrimesImportCommand.class})
final class CrimesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
