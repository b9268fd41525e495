package uk.interchange.app.roadworks.planner;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.interchange.app.roadworks.clash.ClashCheck;
import uk.interchange.app.roadworks.imports.BulletinImports;
import uk.interchange.app.roadworks.store.ChangedBySomeoneElse;
import uk.interchange.app.roadworks.store.Gazetteer;
import uk.interchange.app.roadworks.store.NoSuchWork;
import uk.interchange.app.roadworks.store.StoredWork;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.BadRequest;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.UploadedText;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.model.WorkStatus;

/**
 * The planner's pages: their authority's works and clashes, importing a bulletin (read, review, confirm), and
 * recording and changing a work. Every page needs a signed-in planner; changes need the authority that owns the work.
 */
@Controller
@Access(Access.Rule.PLANNER)
public class PlannerPages {
    /** Bulletins and texts larger than this are refused before they are read. */
    static final int MAX_TEXT = 2 * 1024 * 1024;
    /** The planner's list shows this many works, the most recently changed first. */
    static final int PLANNER_LIST = 200;

    private final WorkStore store;
    private final WorkEditor editor;
    private final BulletinImports imports;
    private final ClashCheck clashes;
    private final Gazetteer gazetteer;
    private final Accounts accounts;
    private final Clock clock;

    public PlannerPages(
            WorkStore store,
            WorkEditor editor,
            BulletinImports imports,
            ClashCheck clashes,
            Gazetteer gazetteer,
            Accounts accounts,
            Clock clock) {
        this.store = store;
        this.editor = editor;
        this.imports = imports;
        this.clashes = clashes;
        this.gazetteer = gazetteer;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/roadworks/planner")
    public String home(Principal who, Model model) {
        String authority = authority(who);
        model.addAttribute("works", store.ofAuthority(authority, PLANNER_LIST));
        return "roadworks/planner";
    }

    /** The clash check over every work in the next 28 days, run when the planner asks (it reads them all). */
    @GetMapping("/roadworks/planner/clashes")
    public String clashes(Model model) {
        var now = clock.instant();
        model.addAttribute("clashes", clashes.between(now, now.plus(Duration.ofDays(28))));
        return "roadworks/clashes";
    }

    @GetMapping("/roadworks/planner/import")
    public String importForm(Model model) {
        model.addAttribute("text", "");
        model.addAttribute("published", "");
        model.addAttribute("problems", List.of());
        return "roadworks/import";
    }

    /** Reads the bulletin (uploaded or pasted) and shows what was read; stores nothing. */
    @PostMapping("/roadworks/planner/import")
    public String preview(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String published,
            Model model) {
        String body = text == null ? "" : text;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_TEXT) {
                throw new BadRequest("file", "is larger than 2 MB; a weekly bulletin is a few kilobytes");
            }
            UploadedText.Read read = uploaded(file);
            body = read.text();
            read.note().ifPresent(n -> model.addAttribute("note", n));
        }
        return showPreview(body, published, model);
    }

    private String showPreview(String body, String published, Model model) {
        model.addAttribute("text", body);
        model.addAttribute("published", published == null ? "" : published);
        Optional<LocalDate> pub;
        try {
            pub = published == null || published.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(published));
        } catch (DateTimeParseException e) {
            model.addAttribute("problems", List.of(new FieldProblem("published", "is not a date such as 2026-03-17")));
            return "roadworks/import";
        }
        if (body.isBlank() || body.length() > MAX_TEXT || body.indexOf('\0') >= 0) {
            model.addAttribute(
                    "problems",
                    List.of(new FieldProblem(
                            "text",
                            body.isBlank()
                                    ? "is empty: paste a bulletin or choose a file"
                                    : "is not a text bulletin")));
            return "roadworks/import";
        }
        ReadResult read = imports.preview(body, pub);
        model.addAttribute("read", read);
        model.addAttribute("problems", List.of());
        return "roadworks/import-preview";
    }

    @PostMapping("/roadworks/planner/import/confirm")
    public String confirm(
            @RequestParam String text,
            @RequestParam(required = false) String published,
            @RequestParam(required = false) List<String> keep,
            @RequestParam(required = false) List<String> all,
            @RequestParam(required = false) String again,
            Principal who,
            Model model) {
        if (again != null) {
            return showPreview(text, published, model);
        }
        Set<String> skip = new HashSet<>(all == null ? List.of() : all);
        if (keep != null) {
            skip.removeAll(keep);
        }
        Optional<LocalDate> pub;
        try {
            pub = published == null || published.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(published));
        } catch (DateTimeParseException e) {
            return showPreview(text, published, model); // shows the date's problem on the form
        }
        var outcome = imports.confirm(authority(who), text, pub, skip, who.getName());
        model.addAttribute("outcome", outcome);
        return "roadworks/import-done";
    }

    @GetMapping("/roadworks/planner/new")
    public String newWork(Model model) {
        model.addAttribute("form", new WorkForm("", "", "", "confirmed", "", "", 0));
        model.addAttribute("problems", List.of());
        model.addAttribute("statuses", WorkStatus.values());
        return "roadworks/work-edit";
    }

    @GetMapping("/roadworks/works/{reference}/edit")
    public String edit(@PathVariable String reference, Principal who, Model model) {
        StoredWork w = owned(reference, who);
        model.addAttribute(
                "form",
                new WorkForm(
                        w.reference(),
                        WorkEditor.text(w.work()),
                        w.geometry().stream()
                                .map(p -> p.lon() + "," + p.lat())
                                .collect(java.util.stream.Collectors.joining("; ")),
                        w.status().code(),
                        "",
                        "",
                        w.version()));
        model.addAttribute("problems", List.of());
        model.addAttribute("statuses", WorkStatus.values());
        return "roadworks/work-edit";
    }

    /** The edit form's fields, to show again as typed. */
    public record WorkForm(
            String reference, String text, String line, String status, String reason, String despite, int version) {}

    @PostMapping("/roadworks/planner/save")
    public String save(
            @RequestParam(required = false, defaultValue = "") String reference,
            @RequestParam(required = false, defaultValue = "") String text,
            @RequestParam(required = false, defaultValue = "") String line,
            @RequestParam(required = false, defaultValue = "confirmed") String status,
            @RequestParam(required = false, defaultValue = "") String reason,
            @RequestParam(required = false, defaultValue = "") String despite,
            @RequestParam(required = false, defaultValue = "0") int version,
            Principal who,
            Model model) {
        WorkForm form = new WorkForm(reference, text, line, status, reason, despite, version);
        model.addAttribute("form", form);
        model.addAttribute("statuses", WorkStatus.values());
        model.addAttribute("problems", List.of());
        WorkStatus st;
        try {
            st = WorkStatus.fromCode(status);
        } catch (IllegalArgumentException e) {
            model.addAttribute("problems", List.of(new FieldProblem("status", "is not a status we know")));
            return "roadworks/work-edit";
        }
        try {
            WorkEditor.Outcome out = reference.isBlank()
                    ? editor.create(authority(who), text, line, st, Optional.of(despite), who.getName())
                    : editor.update(
                            owned(reference, who),
                            version,
                            text,
                            line,
                            st,
                            Optional.of(reason),
                            Optional.of(despite),
                            who.getName());
            if (out.saved().isEmpty()) {
                model.addAttribute("clashes", out.clashes());
                return "roadworks/work-edit";
            }
            return "redirect:/roadworks/works/" + out.saved().get().reference() + "?saved";
        } catch (BadRequest e) {
            model.addAttribute("problems", e.problems());
            return "roadworks/work-edit";
        } catch (ChangedBySomeoneElse e) {
            model.addAttribute("conflict", e);
            model.addAttribute("theirs", WorkEditor.text(e.latest().work()));
            model.addAttribute("problems", List.of(new FieldProblem("text", e.getMessage())));
            return "roadworks/work-edit";
        }
    }

    @PostMapping("/roadworks/planner/gazetteer")
    public String gazetteer(@RequestParam MultipartFile file, Model model) throws java.io.IOException {
        if (file.getSize() > MAX_TEXT) {
            throw new BadRequest("file", "is larger than 2 MB");
        }
        // junction names are ASCII in practice; a file in another encoding is read as the bulletins are
        int n = gazetteer.load(uploaded(file).text());
        return "redirect:/roadworks/planner?gazetteer=" + n;
    }

    /** An uploaded file as text: UTF-8, or Windows-1252 with a note; refused when it is neither. */
    private static UploadedText.Read uploaded(MultipartFile file) {
        try {
            return UploadedText.decode(file.getBytes());
        } catch (UploadedText.NotText e) {
            throw new BadRequest("file", e.getMessage());
        } catch (java.io.IOException e) {
            throw new BadRequest("file", "could not be read: " + e.getMessage());
        }
    }

    private String authority(Principal who) {
        return accounts.authorityOf(who);
    }

    private StoredWork owned(String reference, Principal who) {
        StoredWork w = store.findByReference(reference).orElseThrow(() -> new NoSuchWork(reference));
        if (!w.authorityId().equals(authority(who))) {
            throw new AccessDeniedException("work " + reference + " belongs to another authority");
        }
        return w;
    }
}
