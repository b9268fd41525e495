package uk.interchange.app.partnership.response;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import uk.interchange.app.partnership.web.Writers;
import uk.interchange.app.security.Access;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.web.FieldProblem;
import uk.interchange.app.web.NotFound;
import uk.interchange.partnership.response.profiles.Audience;
import uk.interchange.partnership.response.profiles.Profile;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Local profiles: the versions an organisation may read, making a new one for the organisation alone or for it and
 * its sharing groups' members, and reading one as it was made, as a printable page or as PDF (the same template
 * and the same stored content for both, so the PDF holds what the page holds and obeys the same rule).
 */
@Controller
@Access(Access.Rule.PARTNERSHIP)
public class LocalProfilePages {
    private static final String DOCUMENT = "partnership/profile-document";

    private final LocalProfiles profiles;
    private final Accounts accounts;
    private final TemplateEngine templates;

    public LocalProfilePages(LocalProfiles profiles, Accounts accounts, TemplateEngine templates) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.templates = templates;
    }

    @GetMapping("/partnership/profiles")
    public String list(Principal who, Model model) {
        Viewer v = accounts.viewerOf(who);
        return show(v, Map.of(), List.of(), model);
    }

    @PostMapping("/partnership/profiles")
    public String make(@RequestParam Map<String, String> form, Principal who, Model model) {
        Viewer v = Writers.require(accounts.viewerOf(who), "make local profiles");
        String area = form.getOrDefault("area", "").strip();
        String period = form.getOrDefault("period", "").strip();
        if (period.isEmpty()) {
            return show(
                    v, form, List.of(new FieldProblem("period", "is empty: say which period, such as 2026 Q4")), model);
        }
        Audience audience;
        switch (form.getOrDefault("audience", "groups")) {
            case "groups" -> audience = Audience.GROUPS;
            case "organisation" -> audience = Audience.ORGANISATION;
            default -> {
                return show(
                        v,
                        form,
                        List.of(new FieldProblem(
                                "audience", "must be your organisation, or it and the members of its sharing groups")),
                        model);
            }
        }
        int version = profiles.make(v, area, period, audience);
        return "redirect:/partnership/profiles/" + v.organisation().id() + "/" + version;
    }

    @GetMapping(path = "/partnership/profiles/{owner}/{version}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String page(@PathVariable String owner, @PathVariable String version, Principal who) {
        int n = number(version);
        return profiles.read(accounts.viewerOf(who), owner, n)
                .map(p -> document(p, owner, n, false))
                .orElseThrow(() -> new NotFound("such profile"));
    }

    @GetMapping("/partnership/profiles/{owner}/{version}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String owner, @PathVariable String version, Principal who) {
        int n = number(version);
        // made inside the export, which logs it only once the file is made
        byte[] file = profiles.export(accounts.viewerOf(who), owner, n, p -> pdf(document(p, owner, n, true)))
                .orElseThrow(() -> new NotFound("such profile"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("local-profile-" + owner + "-" + version + ".pdf")
                                .build()
                                .toString())
                .body(file);
    }

    private static byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withHtmlContent(html, null);
        b.toStream(out);
        try {
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int number(String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new NotFound("such profile");
        }
    }

    private String document(Profile p, String owner, int n, boolean export) {
        Context c = new Context(Locale.UK);
        c.setVariable("p", p);
        c.setVariable("version", n);
        c.setVariable("owner", owner);
        c.setVariable("pdf", export);
        return templates.process(DOCUMENT, c);
    }

    private String show(Viewer v, Map<String, String> values, List<FieldProblem> problems, Model model) {
        model.addAttribute("versions", profiles.versions(v));
        model.addAttribute("writer", v.readsRecords());
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "partnership/profiles";
    }
}
