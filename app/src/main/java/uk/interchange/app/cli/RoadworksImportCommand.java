package uk.interchange.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `interchange roadworks import FILE`: sends a bulletin to a running server, to preview or to save. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Sends a weekly bulletin to a running Interchange server as a works planner: shows what the server read,",
            "and with --confirm saves the works (a work already saved from an earlier import is not added again).",
            "The password is read from the INTERCHANGE_PASSWORD environment variable, or asked for.",
            "",
            "Exit status: 0 done, 1 no works in the text, 2 the file, an option or the sign-in was refused,",
            "3 the server could not be reached or failed."
        })
final class RoadworksImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the bulletin, as plain text")
    Path file;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "default: ${DEFAULT-VALUE}")
    URI server;

    @Option(names = "--user", defaultValue = "planner", description = "planner's user name (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--published", description = "the date the bulletin was published (YYYY-MM-DD)")
    LocalDate published;

    @Option(names = "--confirm", description = "save the works (without it, only show what would be saved)")
    boolean confirm;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = InputText.read(file).text();
        } catch (InputText.Refused e) {
            err.println("interchange: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Optional<String> password = ServerCall.password(user, err);
        if (password.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        String query = "?confirm=" + confirm
                + (published == null
                        ? ""
                        : "&published=" + URLEncoder.encode(published.toString(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/roadworks/imports" + query))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", ServerCall.basic(user, password.get()))
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .build();
        Optional<HttpResponse<String>> r = ServerCall.send(request, server, err);
        if (r.isEmpty()) {
            return ExitCodes.FAILED;
        }
        return report(r.get(), out, err);
    }

    private int report(HttpResponse<String> r, PrintWriter out, PrintWriter err) {
        if (r.statusCode() == 401) {
            err.println("interchange: the server refused the sign-in for " + user);
            return ExitCodes.BAD_INPUT;
        }
        JsonNode body;
        try {
            body = new ObjectMapper().readTree(r.body());
        } catch (IOException e) {
            err.println("interchange: the server answered " + r.statusCode() + " with something that is not JSON");
            return ExitCodes.FAILED;
        }
        if (r.statusCode() != 200) {
            err.println("interchange: the server refused the bulletin (" + r.statusCode() + "): "
                    + body.path("detail").asText(body.path("title").asText()));
            return r.statusCode() >= 500 ? ExitCodes.FAILED : ExitCodes.BAD_INPUT;
        }
        out.println(body.path("title").asText());
        out.println(body.path("works").size() + " works read:");
        for (JsonNode w : body.path("works")) {
            out.println("  " + w.path("heading").asText());
            w.path("restrictions").forEach(x -> out.println("    - " + x.asText()));
        }
        int warnings = 0;
        for (JsonNode w : body.path("warnings")) {
            if (!w.path("kind").asText().equals("boilerplate")) {
                warnings++;
                out.println("  not read (" + w.path("reason").asText() + "): "
                        + w.path("text").asText());
            }
        }
        out.println(warnings + " sentences not read.");
        if (confirm) {
            out.println("Saved " + body.path("created").size() + " works"
                    + (body.path("alreadyStored").isEmpty()
                            ? "."
                            : "; " + body.path("alreadyStored").size()
                                    + " were already saved from an earlier import."));
        } else {
            out.println("Nothing saved: run again with --confirm to save these works.");
        }
        return body.path("works").isEmpty() ? ExitCodes.NOTHING_READ : ExitCodes.OK;
    }
}
