package uk.interchange.app.partnership.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.interchange.app.partnership.store.Imports;
import uk.interchange.app.partnership.store.Organisations;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.UploadedText;
import uk.interchange.partnership.imports.EntityCsv;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Importing entities from CSV: the file is read and every row checked; the user sees what will be stored and every
 * bad row with its line, field and reason; nothing is stored until they choose to import the good rows, and then
 * all of those are stored or none.
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class ImportPage {
    private static final String SESSION_KEY = "partnership.import";

    /** The file between preview and confirmation, and a fingerprint so an old tab cannot confirm a newer file. */
    record Pending(String text, String fingerprint) implements java.io.Serializable {}

    private final Imports imports;
    private final Accounts accounts;
    private final Organisations organisations;

    public ImportPage(Imports imports, Accounts accounts, Organisations organisations) {
        this.imports = imports;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/partnership/import")
    public String form(Principal who) {
        writer(who);
        return "partnership/import";
    }

    @PostMapping("/partnership/import/preview")
    public String preview(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String text,
            Principal who,
            HttpSession session,
            Model model)
            throws IOException {
        Viewer v = writer(who);
        String csv = text;
        if (file != null && !file.isEmpty()) {
            try {
                UploadedText.Read decoded = UploadedText.decode(file.getBytes());
                csv = decoded.text();
                decoded.note().ifPresent(n -> model.addAttribute("note", n));
            } catch (UploadedText.NotText e) {
                model.addAttribute(
                        "reading",
                        new EntityCsv.Reading(List.of(), List.of(new EntityCsv.Problem(0, "file", e.getMessage()))));
                session.removeAttribute(SESSION_KEY);
                return "partnership/import-preview";
            }
        }
        EntityCsv.Reading reading;
        try {
            reading = read(csv, v);
        } catch (IllegalArgumentException e) {
            reading = new EntityCsv.Reading(List.of(), List.of(new EntityCsv.Problem(0, "file", e.getMessage())));
        }
        Pending pending = new Pending(csv, fingerprint(csv));
        session.setAttribute(SESSION_KEY, pending);
        model.addAttribute("reading", reading);
        model.addAttribute("fingerprint", pending.fingerprint());
        return "partnership/import-preview";
    }

    @PostMapping("/partnership/import/confirm")
    public String confirm(
            @RequestParam String fingerprint,
            @RequestParam(defaultValue = "none") String share,
            Principal who,
            HttpSession session,
            Model model) {
        Viewer v = writer(who);
        Pending pending = (Pending) session.getAttribute(SESSION_KEY);
        if (pending == null || !pending.fingerprint().equals(fingerprint)) {
            model.addAttribute("stale", true);
            return "partnership/import";
        }
        String org = v.organisation().id();
        EntityCsv.Reading reading = read(pending.text(), v);
        Set<String> groups = share.equals("groups") ? organisations.groupsOf(org) : Set.of();
        Sharing sharing = new Sharing(org, Set.of(), groups, Handling.P);
        Imports.Stored stored = imports.store(v, reading, sharing, "imported from CSV");
        session.removeAttribute(SESSION_KEY);
        model.addAttribute("stored", stored.entities());
        model.addAttribute("links", stored.links());
        model.addAttribute("leftOut", reading.problems().size());
        return "partnership/import-done";
    }

    /** Only people who work on records import them. */
    /** The file read, with the records it names by owner/id looked up (and logged) as the importer may read them. */
    private EntityCsv.Reading read(String csv, Viewer v) {
        return EntityCsv.read(
                csv, v.organisation().id(), name -> imports.kindOf(v, name, "named in a link of a CSV import"));
    }

    private Viewer writer(Principal who) {
        return Writers.require(accounts.viewerOf(who), "import records");
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
