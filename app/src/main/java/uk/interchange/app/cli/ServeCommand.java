package uk.interchange.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.interchange.app.server.InterchangeServer;

/** `interchange serve`: the web app, on the embedded PostgreSQL unless a server is configured. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the web app: pages, API and open-data feeds.",
            "Uses an embedded PostgreSQL with its data in --data (kept between restarts) unless",
            "spring.datasource.url is set (as -Dspring.datasource.url=... in INTERCHANGE_JAVA_OPTS, or the",
            "SPRING_DATASOURCE_URL environment variable), in which case that server is used."
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

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--interchange.data-dir=" + data.toAbsolutePath());
        Optional.of(noDemo).filter(b -> b).ifPresent(b -> args.add("--interchange.demo=false"));
        // The server runs on its own threads; wait here until it stops, or the launcher's exit would end it.
        InterchangeServer.start(args.toArray(String[]::new)).awaitClose();
        return ExitCodes.OK;
    }
}
