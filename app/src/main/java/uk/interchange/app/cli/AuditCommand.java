package uk.interchange.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `interchange audit ...`: the audit trail's tools. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The audit trail: prove that it is as it was written.",
        subcommands = {AuditVerifyCommand.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
