package uk.interchange.app.partnership.response;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.interchange.app.partnership.web.Writers;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.BadRequest;
import uk.interchange.partnership.response.StreetCrimeCsv;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Street-level crime sent as the request's body (text/csv), read as it arrives: for files of any size (a year of
 * England and Wales is about a gigabyte), which a browser's upload cannot take. {@code ./interchange crimes import}
 * sends a file here. The answer is the import's report as JSON; a file refused whole is a problem+json.
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
    public Map<String, Object> importCrime(
            @RequestParam(defaultValue = "upload.csv") String file, HttpServletRequest request, Principal who)
            throws IOException {
        Viewer v = Writers.require(accounts.viewerOf(who), "import crime");
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CrimeImports.Report r;
        try (var in = new InputStreamReader(request.getInputStream(), decoder)) {
            r = imports.importFile(v, file, in);
        } catch (StreetCrimeCsv.Refused e) {
            throw new BadRequest("file", e.getMessage() + "; nothing was imported");
        } catch (UncheckedIOException e) {
            throw new BadRequest("file", "is not UTF-8 text, or could not be read whole; nothing was imported");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("import", r.id().toString());
        out.put("read", r.read());
        out.put("stored", r.stored());
        out.put("withoutPlace", r.notLocated());
        out.put("leftOut", r.problemCount());
        out.put("problems", r.problems());
        out.put("unknownColumns", r.unknownColumns());
        out.put("outsideEveryArea", r.outsideEveryArea());
        return out;
    }
}
