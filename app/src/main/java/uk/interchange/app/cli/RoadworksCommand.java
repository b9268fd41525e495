package uk.interchange.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `interchange roadworks ...`: the roadworks tools. */
@Command(
        name = "roadworks",
        mixinStandardHelpOptions = true,
        description = "Roadworks: read weekly bulletins into structured works.",
        subcommands = {RoadworksParseCommand.class, RoadworksImportCommand.class})
final class RoadworksCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
