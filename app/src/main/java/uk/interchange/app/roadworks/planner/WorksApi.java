package uk.interchange.app.roadworks.planner;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.interchange.app.roadworks.imports.BulletinImports;
import uk.interchange.app.roadworks.store.NoSuchWork;
import uk.interchange.app.roadworks.store.StoredWork;
import uk.interchange.app.roadworks.store.WorkJsonTree;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.BadRequest;
import uk.interchange.roadworks.bulletin.ReadResult;
import uk.interchange.roadworks.model.WorkStatus;
import uk.interchange.roadworks.publish.Wording;

/**
 * The works API: read a work; record or change one (written as bulletin text, as on the page); import a bulletin,
 * first as a preview, then with {@code confirm=true}. Clashes answer 409 with the clashes unless a reason to save
 * despite them is given; a change based on an old version answers 409 with the latest.
 */
@RestController
public class WorksApi {
    private final WorkStore store;
    private final WorkEditor editor;
    private final BulletinImports imports;
    private final Accounts accounts;

    public WorksApi(WorkStore store, WorkEditor editor, BulletinImports imports, Accounts accounts) {
        this.store = store;
        this.editor = editor;
        this.imports = imports;
        this.accounts = accounts;
    }

    @Access(Access.Rule.PUBLIC)
    @GetMapping("/api/roadworks/works/{reference}")
    public Map<String, Object> work(@PathVariable String reference) {
        return describe(store.findByReference(reference).orElseThrow(() -> new NoSuchWork(reference)));
    }

    /**
     * Record or change: the body's fields, as a program sends them. {@code line} is "lon,lat; lon,lat" (absent keeps
     * the line a change's work has).
     */
    public record Change(String text, String line, String status, Integer version, String reason, String despite) {}

    @Access(Access.Rule.PLANNER)
    @PostMapping("/api/roadworks/works")
    public ResponseEntity<Object> create(@RequestBody Change c, Principal who) {
        WorkEditor.Outcome out = editor.create(
                authority(who), c.text(), c.line(), status(c), Optional.ofNullable(c.despite()), who.getName());
        return answer(out, HttpStatus.CREATED);
    }

    @Access(Access.Rule.PLANNER)
    @PutMapping("/api/roadworks/works/{reference}")
    public ResponseEntity<Object> change(@PathVariable String reference, @RequestBody Change c, Principal who) {
        StoredWork current = store.findByReference(reference).orElseThrow(() -> new NoSuchWork(reference));
        if (!current.authorityId().equals(authority(who))) {
            throw new AccessDeniedException("work " + reference + " belongs to another authority");
        }
        if (c.version() == null) {
            throw new BadRequest("version", "is required: the version your change is based on");
        }
        WorkEditor.Outcome out = editor.update(
                current,
                c.version(),
                c.text(),
                c.line(),
                status(c),
                Optional.ofNullable(c.reason()),
                Optional.ofNullable(c.despite()),
                who.getName());
        return answer(out, HttpStatus.OK);
    }

    @Access(Access.Rule.PLANNER)
    @PostMapping("/api/roadworks/imports")
    public Map<String, Object> importBulletin(
            @RequestParam(required = false) String published,
            @RequestParam(defaultValue = "false") boolean confirm,
            HttpServletRequest request,
            Principal who)
            throws IOException {
        String text = body(request);
        Optional<LocalDate> pub;
        try {
            pub = published == null || published.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(published));
        } catch (DateTimeParseException e) {
            throw new BadRequest("published", "is not a date such as 2026-03-17");
        }
        ReadResult read = imports.preview(text, pub);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", read.source().title());
        out.put(
                "works",
                read.works().stream()
                        .map(w -> Map.of(
                                "id", w.id(),
                                "heading", w.heading(),
                                "restrictions",
                                        w.restrictions().stream()
                                                .map(r -> Wording.summary(w, r))
                                                .toList()))
                        .toList());
        out.put(
                "warnings",
                read.warnings().stream()
                        .map(w -> Map.of("kind", w.kind().code(), "reason", w.reason(), "text", w.text()))
                        .toList());
        if (confirm) {
            var done = imports.confirm(authority(who), text, pub, Set.of(), who.getName());
            out.put(
                    "created",
                    done.created().stream().map(StoredWork::reference).toList());
            out.put(
                    "alreadyStored",
                    done.alreadyStored().stream().map(StoredWork::reference).toList());
        }
        return out;
    }

    /**
     * The body in the charset its Content-Type names, else as UTF-8: bytes that are not what was said are refused
     * with where they are, never read with replacement characters (a program can say what it sends).
     */
    static String decode(byte[] b, Optional<String> charset) {
        Charset cs;
        try {
            cs = charset.map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("Content-Type", "names a charset this server does not know: " + charset.get());
        }
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest(
                    "body",
                    "is not " + cs.name() + " text"
                            + (charset.isEmpty()
                                    ? "; send it as UTF-8, or name its charset (text/plain; charset=windows-1252)"
                                    : ""));
        }
    }

    private static Optional<String> charsetOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MediaType.parseMediaType(contentType).getParameter("charset"));
        } catch (InvalidMediaTypeException e) {
            throw new BadRequest("Content-Type", "is not a media type: " + contentType);
        }
    }

    /** The request body as text (see {@link #decode}), refused past 2 MB without reading the rest. */
    static String body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] b = in.readNBytes(PlannerPages.MAX_TEXT + 1);
            if (b.length > PlannerPages.MAX_TEXT) {
                throw new BadRequest("body", "is larger than 2 MB; a weekly bulletin is a few kilobytes");
            }
            if (b.length == 0) {
                throw new BadRequest("body", "is empty: send the bulletin as text/plain");
            }
            // the header as sent: the server's encoding filter makes getCharacterEncoding() UTF-8 whatever was said
            return decode(b, charsetOf(request.getContentType()));
        }
    }

    private ResponseEntity<Object> answer(WorkEditor.Outcome out, HttpStatus ok) {
        if (out.saved().isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "The work clashes with others");
            body.put("detail", "give a reason in 'despite' to save it anyway");
            body.put("clashes", out.clashes());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        Map<String, Object> body = describe(out.saved().get());
        body.put("clashes", out.clashes());
        return ResponseEntity.status(ok).body(body);
    }

    private static Map<String, Object> describe(StoredWork w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", w.reference());
        m.put("status", w.status().code());
        m.put("version", w.version());
        m.put("updatedAt", w.updatedAt().toString());
        m.put("updatedBy", w.updatedBy());
        m.put("line", w.geometry().stream().map(p -> List.of(p.lon(), p.lat())).toList());
        m.put("work", WorkJsonTree.of(w.work()));
        return m;
    }

    private static WorkStatus status(Change c) {
        if (c.status() == null || c.status().isBlank()) {
            return WorkStatus.CONFIRMED;
        }
        try {
            return WorkStatus.fromCode(c.status());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(
                    "status", "should be one of provisional, confirmed, in-progress, completed, cancelled");
        }
    }

    private String authority(Principal who) {
        return accounts.authorityOf(who);
    }
}
