package uk.interchange.app.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.interchange.app.server.InterchangeServer;
import uk.interchange.app.server.postgres.DataFolderLock;
import uk.interchange.app.server.postgres.DurablePostgres;

/** `interchange serve`: the web app, on the embedded PostgreSQL unless a server is configured. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the web app: pages, API and open-data feeds.",
            "Uses an embedded PostgreSQL with its data in --data (kept between restarts, every commit on disk,",
            "its password in --data/postgres-password) unless spring.datasource.url is set (as",
            "-Dspring.datasource.url=... in INTERCHANGE_JAVA_OPTS, or the SPRING_DATASOURCE_URL environment",
            "variable), in which case that server is used."
        })
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(
            names = "--data",
            description = "Folder for the embedded database (default: ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(names = "--no-demo", description = "Do not load the demonstration works into an empty database")
    boolean noDemo;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // the two usual reasons a start fails, said plainly before the framework would say them with a stack trace
        Optional<String> refused = portInUse(port).or(() -> dataInUse(data));
        if (refused.isPresent()) {
            spec.commandLine().getErr().println("interchange: " + refused.get());
            return ExitCodes.BAD_INPUT;
        }
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--interchange.data-dir=" + data.toAbsolutePath());
        Optional.of(noDemo).filter(b -> b).ifPresent(b -> args.add("--interchange.demo=false"));
        // The server runs on its own threads; wait here until it stops, or the launcher's exit would end it.
        InterchangeServer.start(args.toArray(String[]::new)).awaitClose();
        return ExitCodes.OK;
    }

    static Optional<String> portInUse(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("port " + port + " is in use (another server is running?); choose another with --port");
        }
    }

    /** The embedded database's lock file, held while a server uses the folder. */
    static Optional<String> dataInUse(Path data) {
        try {
            return DataFolderLock.heldElsewhere(DurablePostgres.folder(data))
                    ? Optional.of(inUse(data))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot open the data folder " + data.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    private static String inUse(Path data) {
        return "another Interchange server is using the data folder " + data.toAbsolutePath()
                + "; stop it, or give --data another folder";
    }
}
