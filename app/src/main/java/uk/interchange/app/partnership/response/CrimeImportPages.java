package uk.interchange.app.partnership.response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.interchange.app.partnership.web.Writers;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.BadRequest;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.partnership.response.hotspots.StreetCrimeCsv;
import uk.interchange.partnership.sharing.Viewer;

/**
 * The page that imports street-level crime from a browser (8 MB at a time). Each form carries a key made when it is
 * drawn, so the same form sent twice (a double click, a retry after the answer was lost, the back button) imports
 * once and shows that import's report; the page drawn after an import carries a new key for the next file.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class CrimeImportPages {
    private final CrimeImports imports;
    private final HotspotStore store;
    private final Accounts accounts;

    public CrimeImportPages(CrimeImports imports, HotspotStore store, Accounts accounts) {
        this.imports = imports;
        this.store = store;
        this.accounts = accounts;
    }

    @GetMapping("/partnership/crime")
    public String importForm(Principal who, Model model) {
        return page(worker(who), List.of(), model);
    }

    @PostMapping("/partnership/crime")
    public String importFile(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String importKey,
            Principal who,
            Model model)
            throws IOException {
        Viewer v = worker(who);
        if (file == null || file.isEmpty()) {
            return page(v, List.of(new FieldProblem("file", "is empty: choose a street-level CSV file")), model);
        }
        try (InputStream in = file.getInputStream()) {
            Optional<String> key = ImportKey.parse(importKey, "importKey");
            model.addAttribute(
                    "report",
                    imports.importFile(
                            v, Optional.ofNullable(file.getOriginalFilename()).orElse("upload.csv"), key, in));
            return page(v, List.of(), model);
        } catch (BadRequest e) {
            return page(v, e.problems(), model);
        } catch (StreetCrimeCsv.Refused e) {
            return page(v, List.of(new FieldProblem("file", e.getMessage() + "; nothing was imported")), model);
        } catch (UncheckedIOException e) {
            return page(v, List.of(new FieldProblem("file", "is not UTF-8 text; nothing was imported")), model);
        } catch (CrimeImports.Conflict e) {
            return page(v, List.of(new FieldProblem("file", said(e))), model);
        }
    }

    /** A conflict in the words of the page, where the key is the form's and never typed. */
    private static String said(CrimeImports.Conflict e) {
        return switch (e.kind()) {
            case SAME_FILE -> e.getMessage();
            case KEY_REUSED ->
                "was sent with a form that had imported another file already; nothing was imported: choose the file"
                        + " again on this page";
            case STILL_RUNNING ->
                "was sent twice, and its first import is still running; nothing was added by the second: it appears"
                        + " in the list of imports below when it is done";
        };
    }

    /** The form, with a new key for the next file, and the imports the viewer's organisation made. */
    private String page(Viewer v, List<FieldProblem> problems, Model model) {
        model.addAttribute("problems", problems);
        model.addAttribute("importKey", UUID.randomUUID().toString());
        model.addAttribute("imports", store.imports(v.organisation().id()));
        return "partnership/crime-import";
    }

    /** Analysts, intelligence officers and coordinators import crime. */
    private Viewer worker(Principal who) {
        return Writers.require(accounts.viewerOf(who), "import crime");
    }
}
