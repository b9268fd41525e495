package uk.interchange.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: cookies, the CSRF token from each form, and form posts, over real HTTP. */
public final class SignedInSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http;
    private final int port;
    private String csrf = "";

    private SignedInSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public static SignedInSession as(int port, String user, String password) {
        SignedInSession s = new SignedInSession(port);
        s.get("/sign-in");
        HttpResponse<String> r = s.post("/sign-in", Map.of("username", user, "password", password));
        if (r.uri().getPath().equals("/sign-in")) {
            throw new IllegalStateException("could not sign in as " + user);
        }
        return s;
    }

    /** A browser not yet signed in, to visit pages before signing in with {@link #signIn}. */
    public static SignedInSession visitor(int port) {
        return new SignedInSession(port);
    }

    /** Signs in from the sign-in page; the answer is the page the browser was sent to. */
    public HttpResponse<String> signIn(String user, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("username", user, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return remember(send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .GET()
                .build()));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return remember(send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build()));
    }

    /** A form post with repeated fields ("keep" once per work), given as a ready-made body. */
    public HttpResponse<String> postRaw(String path, String encodedFields) {
        return remember(send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(encodedFields + "&_csrf=" + enc(csrf)))
                .build()));
    }

    /** A form post without the CSRF token, as a forged cross-site request would be. */
    public HttpResponse<String> postWithoutToken(String path, String encodedFields) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(encodedFields))
                .build());
    }

    /** A form post without the CSRF token but with the session's cookie and the given header added. */
    public HttpResponse<String> postWithoutToken(String path, String encodedFields, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(encodedFields))
                .build());
    }

    /** A multipart form post of one file field and the CSRF token. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
        return postFile(path, field, fileName, content, Map.of());
    }

    /** A multipart form post of text fields (and the CSRF token), as a browser sends a form with a file input. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields) {
        String body =
                textParts(fields).append("--").append(BOUNDARY).append("--\r\n").toString();
        return remember(send(
                multipart(path).POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /** A multipart form post of one file field, other fields (as a form's hidden inputs) and the CSRF token. */
    public HttpResponse<String> postFile(
            String path, String field, String fileName, byte[] content, Map<String, String> fields) {
        StringBuilder head = textParts(fields)
                .append("--")
                .append(BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(field)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: text/plain\r\n\r\n");
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return remember(send(multipart(path)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(
                        java.util.List.of(head.toString().getBytes(StandardCharsets.UTF_8), content, tail)))
                .build()));
    }

    private static final String BOUNDARY = "----interchange-test-boundary";

    /** The fields and the CSRF token as the text parts of a multipart body. */
    private StringBuilder textParts(Map<String, String> fields) {
        StringBuilder parts = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        all.forEach((name, value) -> parts.append("--")
                .append(BOUNDARY)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        return parts;
    }

    private HttpRequest.Builder multipart(String path) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", "text/html");
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> remember(HttpResponse<String> r) {
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return exchange(http, request);
    }

    /** The Authorization header's value for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request and reads the answer as text; I/O failures are test failures. */
    public static HttpResponse<String> exchange(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
