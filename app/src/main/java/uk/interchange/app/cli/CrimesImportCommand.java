package uk.interchange.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `interchange crimes import FILE`: sends a street-level crime CSV of any size to a running server. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Sends police-recorded crime in the street-level CSV forces publish to a running Interchange server, which",
            "reads it as it arrives and stores every good row in one transaction, or none; bad rows are named by line.",
            "The password is read from the INTERCHANGE_PASSWORD environment variable, or asked for.",
            "",
            "Exit status: 0 imported, 2 the file, an option or the sign-in was refused, 3 the server could not be",
            "reached or failed."
        })
final class CrimesImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file (UTF-8)")
    Path file;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "default: ${DEFAULT-VALUE}")
    URI server;

    @Option(names = "--user", required = true, description = "an analyst's, officer's or coordinator's user name")
    String user;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("interchange: " + file + " is not a file that can be read");
            return ExitCodes.BAD_INPUT;
        }
        Optional<String> password = ServerCall.password(user, err);
        if (password.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        String name = URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/partnership/crime?file=" + name))
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Accept", "application/json")
                .header("Authorization", ServerCall.basic(user, password.get()))
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        Optional<HttpResponse<String>> r = ServerCall.send(request, server, err);
        if (r.isEmpty()) {
            return ExitCodes.FAILED;
        }
        int status = r.get().statusCode();
        if (status == 401 || status == 403) {
            err.println("interchange: the server refused " + user + " (" + status + "): only analysts, intelligence"
                    + " officers and coordinators import crime");
            return ExitCodes.BAD_INPUT;
        }
        JsonNode body;
        try {
            body = JsonMapper.builder().build().readTree(r.get().body());
        } catch (RuntimeException e) {
            err.println("interchange: the server answered " + status + " with something that is not JSON");
            return ExitCodes.FAILED;
        }
        if (status != 200) {
            err.println("interchange: " + file + " was refused: "
                    + body.path("detail").asString(body.path("title").asString("")));
            return status >= 500 ? ExitCodes.FAILED : ExitCodes.BAD_INPUT;
        }
        out.printf(
                "%,d rows read, %,d crimes stored (%,d without a place), %,d left out%n",
                body.path("read").asLong(),
                body.path("stored").asLong(),
                body.path("withoutPlace").asLong(),
                body.path("leftOut").asLong());
        out.printf(
                "%,d with a place fall in no hotspot and no comparison area%n",
                body.path("outsideEveryArea").asLong());
        for (JsonNode p : body.path("problems")) {
            out.println(
                    "  line " + p.path("line").asInt() + ": " + p.path("reason").asString(""));
        }
        if (!body.path("unknownColumns").isEmpty()) {
            out.println("columns not read: " + body.path("unknownColumns"));
        }
        return ExitCodes.OK;
    }
}
