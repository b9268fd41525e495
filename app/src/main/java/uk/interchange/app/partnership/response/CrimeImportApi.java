package uk.interchange.app.partnership.response;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.interchange.app.partnership.web.Writers;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.BadRequest;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.partnership.response.hotspots.StreetCrimeCsv;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Street-level crime sent as the request's body (text/csv), read as it arrives: for files of any size (a year of
 * England and Wales is about a gigabyte), which a browser's upload cannot take. {@code ./interchange crimes import}
 * sends a file here. The answer is the import's report as JSON; a file refused whole is a problem+json. An
 * {@code Idempotency-Key} header makes the call safe to send again: the same key and bytes answer the first import's
 * report (with {@code "replayed": true}) and add nothing.
 */
@RestController
@Access(Access.Rule.PARTNERSHIP)
public class CrimeImportApi {
    private final CrimeImports imports;
    private final Accounts accounts;

    public CrimeImportApi(CrimeImports imports, Accounts accounts) {
        this.imports = imports;
        this.accounts = accounts;
    }

    @PostMapping(
            path = "/api/partnership/crime",
            consumes = {"text/csv", "text/plain"})
    public ResponseEntity<?> importCrime(
            @RequestParam(defaultValue = "upload.csv") String file,
            @RequestHeader(name = ImportKey.HEADER, required = false) String key,
            HttpServletRequest request,
            Principal who)
            throws IOException {
        Viewer v = Writers.require(accounts.viewerOf(who), "import crime");
        Optional<String> importKey = ImportKey.parse(key, ImportKey.HEADER);
        CrimeImports.Report r;
        try (InputStream in = request.getInputStream()) {
            r = imports.importFile(v, file, importKey, in);
        } catch (StreetCrimeCsv.Refused e) {
            throw new BadRequest("file", e.getMessage() + "; nothing was imported");
        } catch (UncheckedIOException e) {
            throw new BadRequest("file", "is not UTF-8 text, or could not be read whole; nothing was imported");
        } catch (CrimeImports.Conflict e) {
            return conflict(e);
        }
        return ResponseEntity.ok(answer(r));
    }

    static Map<String, Object> answer(CrimeImports.Report r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("import", r.id().toString());
        out.put("replayed", r.replayed());
        out.put("file", r.fileName());
        out.put("importedBy", r.importedBy());
        out.put("importedAt", r.importedAt().toString());
        out.put("read", r.read());
        out.put("stored", r.stored());
        out.put("withoutPlace", r.notLocated());
        out.put("leftOut", r.problemCount());
        out.put("problems", r.problems());
        out.put("unknownColumns", r.unknownColumns());
        out.put("outsideEveryArea", r.outsideEveryArea());
        return out;
    }

    /** 409 for the same file stored before or the key's first use still running; 422 for a key used for another. */
    private static ResponseEntity<ProblemDetail> conflict(CrimeImports.Conflict e) {
        HttpStatus status = e.kind() == CrimeImports.Conflict.Kind.KEY_REUSED
                ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.CONFLICT;
        String field = e.kind() == CrimeImports.Conflict.Kind.SAME_FILE ? "file" : ImportKey.HEADER;
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("about:blank"));
        p.setTitle(
                switch (e.kind()) {
                    case SAME_FILE -> "This file was imported before";
                    case KEY_REUSED -> "The import key was used for another file";
                    case STILL_RUNNING -> "An import with this key is still running";
                });
        p.setDetail(field + " " + e.getMessage());
        // for programs: only "still-running" is worth sending again (later, with the same key)
        p.setProperty(
                "conflict", e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        p.setProperty("errors", List.of(new FieldProblem(field, e.getMessage())));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
