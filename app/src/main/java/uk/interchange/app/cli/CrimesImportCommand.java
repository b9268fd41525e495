package uk.interchange.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `interchange crimes import FILE`: sends a street-level crime CSV of any size to a running server, under an import
 * key made from the file's SHA-256, so that sending it again (after a lost answer, or by running the command again)
 * stores it at most once.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Sends police-recorded crime in the street-level CSV forces publish to a running Interchange server, which",
            "reads it as it arrives and stores every good row in one transaction, or none; bad rows are named by line.",
            "The password is read from the INTERCHANGE_PASSWORD environment variable, or asked for.",
            "",
            "The file goes with an import key made from its SHA-256. When the server cannot be reached, the answer",
            "is lost, or a proxy answers 502 to 504, the file is sent again with the same key (--retries times); the",
            "server stores it at most once and answers a repeat with the first import's report. Running the command",
            "again is as safe.",
            "",
            "Exit status: 0 imported (now or before), 2 the file, an option or the sign-in was refused, 3 the server",
            "could not be reached or failed."
        })
final class CrimesImportCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file (UTF-8)")
    Path file;

    @Option(names = "--server", defaultValue = "http://localhost:8080", description = "default: ${DEFAULT-VALUE}")
    URI server;

    @Option(names = "--user", required = true, description = "an analyst's, officer's or coordinator's user name")
    String user;

    @Option(
            names = "--retries",
            defaultValue = "4",
            description = "times to send the file again when no answer comes (default: ${DEFAULT-VALUE})")
    int retries;

    @Option(
            names = "--retry-wait",
            defaultValue = "2",
            paramLabel = "SECONDS",
            description = "wait before the first retry, doubled before each later one (default: ${DEFAULT-VALUE})")
    int retryWait;

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
        if (retries < 0 || retries > 20 || retryWait < 0 || retryWait > 600) {
            err.println("interchange: --retries must be 0 to 20, and --retry-wait 0 to 600 seconds");
            return ExitCodes.BAD_INPUT;
        }
        Optional<String> password = ServerCall.password(user, err);
        if (password.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        String key = "sha256-" + sha256(file);
        String name = URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/partnership/crime?file=" + name))
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Accept", "application/json")
                .header("Authorization", ServerCall.basic(user, password.get()))
                .header("Idempotency-Key", "\"" + key + "\"")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        for (int attempt = 0; ; attempt++) {
            ServerCall.Outcome o = ServerCall.call(request, server);
            String trouble;
            if (o instanceof ServerCall.Answered a) {
                int status = a.response().statusCode();
                if (status >= 502 && status <= 504) {
                    // a proxy in front of the server, or a server starting: whether it imported is not known
                    trouble = "the server answered " + status + " (not reached, or not ready)";
                } else if (stillRunning(a.response())) {
                    trouble = "an import of this file with the same key is still running on the server";
                } else {
                    return answered(a.response(), out, err);
                }
            } else {
                ServerCall.Unreachable u = (ServerCall.Unreachable) o;
                if (u.interrupted()) {
                    return ExitCodes.FAILED;
                }
                trouble = u.reason();
            }
            if (attempt == retries) {
                err.println("interchange: " + trouble + " (tried " + (retries + 1) + " times).");
                err.println("Whether " + file + " was stored is not known here. It is safe to run the same command"
                        + " again: it sends the same import key (" + key + "), so the server stores the file at most"
                        + " once, and answers with the first import's report if it was stored.");
                return ExitCodes.FAILED;
            }
            long wait = (long) retryWait << attempt;
            err.println("interchange: " + trouble + "; sending it again in " + wait + " s with the same import key,"
                    + " so it is stored at most once (retry " + (attempt + 1) + " of " + retries + ")");
            err.flush();
            try {
                Thread.sleep(Duration.ofSeconds(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.FAILED;
            }
        }
    }

    /** The server's 409 for a key whose first use has not finished: worth sending again, later. */
    private static boolean stillRunning(HttpResponse<String> r) {
        if (r.statusCode() != 409) {
            return false;
        }
        try {
            return JSON.readTree(r.body()).path("conflict").asString("").equals("still-running");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private int answered(HttpResponse<String> r, PrintWriter out, PrintWriter err) {
        int status = r.statusCode();
        if (status == 401 || status == 403) {
            err.println("interchange: the server refused " + user + " (" + status + "): only analysts, intelligence"
                    + " officers and coordinators import crime");
            return ExitCodes.BAD_INPUT;
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (RuntimeException e) {
            err.println("interchange: the server answered " + status + " with something that is not JSON");
            return ExitCodes.FAILED;
        }
        if (status != 200) {
            err.println("interchange: " + file + " was refused: "
                    + body.path("detail").asString(body.path("title").asString("")));
            if (status >= 500) {
                err.println("Running the same command again is safe: it sends the same import key, so the file is"
                        + " stored at most once.");
                return ExitCodes.FAILED;
            }
            return ExitCodes.BAD_INPUT;
        }
        if (body.path("replayed").asBoolean(false)) {
            out.println("Imported already, as " + body.path("file").asString("") + " by "
                    + body.path("importedBy").asString("") + " at "
                    + body.path("importedAt").asString("")
                    + " (import " + body.path("import").asString("") + "); nothing was added now. That import:");
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

    /** The file's SHA-256 in hex: the import key, the same however often and wherever the file is sent. */
    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
