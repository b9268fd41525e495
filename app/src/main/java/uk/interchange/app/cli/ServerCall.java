package uk.interchange.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** What the commands that send work to a running server share: the password, the sign-in header, the call. */
final class ServerCall {
    private ServerCall() {}

    /**
     * The password from INTERCHANGE_PASSWORD (so it is not on the command line), or asked for at a terminal; empty,
     * with the reason written, when there is neither.
     */
    static Optional<String> password(String user, PrintWriter err) {
        // the property is for the tests' JVM
        String password =
                System.getenv().getOrDefault("INTERCHANGE_PASSWORD", System.getProperty("interchange.password"));
        if (password == null && System.console() != null) {
            char[] typed = System.console().readPassword("Password for %s: ", user);
            password = typed == null ? "" : new String(typed);
        }
        if (password == null) {
            err.println("interchange: set INTERCHANGE_PASSWORD (no terminal to ask for the password)");
        }
        return Optional.ofNullable(password);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The server's answer; empty, with the reason written, when it could not be reached. */
    static Optional<HttpResponse<String>> send(HttpRequest request, URI server, PrintWriter err) {
        Outcome o = call(request, server);
        if (o instanceof Unreachable u) {
            err.println("interchange: " + u.reason());
        }
        return o instanceof Answered a ? Optional.of(a.response()) : Optional.empty();
    }

    /** What a call came to: the server's answer, or why there was none. */
    sealed interface Outcome {}

    record Answered(HttpResponse<String> response) implements Outcome {}

    /**
     * No answer. Unless {@code interrupted}, the request may or may not have reached the server and been acted on
     * before the connection failed; only a call that is safe to repeat may be sent again.
     */
    record Unreachable(String reason, boolean interrupted) implements Outcome {}

    static Outcome call(HttpRequest request, URI server) {
        try {
            return new Answered(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (ConnectException e) {
            return new Unreachable("no server answers at " + server + " (start one with ./interchange serve)", false);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Unreachable("the server at " + server + " could not be reached: " + why, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unreachable("interrupted", true);
        }
    }
}
