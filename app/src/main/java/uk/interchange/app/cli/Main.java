package uk.interchange.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: `./interchange <command>`. Each command's help says what it does and what it needs. */
@Command(
        name = "interchange",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Interchange: roadworks and partnership tools for UK public bodies.",
        subcommands = {
            RoadworksCommand.class,
            AuditCommand.class,
            MatchCommand.class,
            ScreenCommand.class,
            CrimesCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs a command line and returns its exit code; never throws on bad input. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            // the innermost cause says what went wrong; the frameworks' wrappers around it only say where
            Throwable root = ex;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            line.getErr().println("interchange: " + root.getMessage());
            return ExitCodes.FAILED;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"interchange " + (v == null ? "development build" : v)};
        }
    }
}
