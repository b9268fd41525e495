package uk.interchange.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import uk.interchange.app.security.SignedIn;

/**
 * The site's layout (head, header, footer of {@code fragments/layout.html}) around a page whose content is written by
 * hand, for the few pages asked for so often that the template engine's walk over a whole page counted: a road's
 * page at national scale spent a fifth of its time there. The layout is rendered through Thymeleaf once for each
 * section and sign-in state (the header's link differs) and kept as text, with the title and the content put in
 * where the markers were; so the layout stays in one template for every page.
 */
@Component
public class PageShell {
    private static final String TITLE = "ixshelltitlemarker";
    private static final String MAIN = "ixshellmainmarker";

    /** The layout as text: before the title, between the title and the content, after the content. */
    private record Parts(String beforeTitle, String beforeMain, String afterMain) {}

    private record Key(String section, boolean signedIn) {}

    private final TemplateEngine templates;
    private final ApplicationContext context;
    private final SignedIn signedIn;
    private final Map<Key, Parts> made = new ConcurrentHashMap<>();

    public PageShell(TemplateEngine templates, ApplicationContext context, SignedIn signedIn) {
        this.templates = templates;
        this.context = context;
        this.signedIn = signedIn;
    }

    /** Appends the layout up to the page's content: the title is escaped here, {@code section} names the header. */
    public StringBuilder open(StringBuilder out, String section, String title) {
        Parts p = parts(section);
        return out.append(p.beforeTitle()).append(Html.escape(title)).append(p.beforeMain());
    }

    /** Appends the rest of the layout after the page's content. */
    public StringBuilder close(StringBuilder out, String section) {
        return out.append(parts(section).afterMain());
    }

    /** Sends a whole page as one UTF-8 byte array with its length, not as a stream of small writes. */
    public static void send(HttpServletResponse response, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Parts parts(String section) {
        // rendered on a request's thread, so the header's ${@signedIn.now()} reads the same person as the key
        return made.computeIfAbsent(new Key(section, signedIn.now()), k -> render(k.section()));
    }

    private Parts render(String section) {
        Context c = new Context(Locale.UK);
        c.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        c.setVariable("section", section);
        c.setVariable("title", TITLE);
        c.setVariable("main", MAIN);
        String page = templates.process("fragments/shell", c);
        int title = page.indexOf(TITLE);
        int main = page.indexOf(MAIN);
        if (title < 0 || main < title) {
            throw new IllegalStateException("fragments/shell.html has lost its title or content marker");
        }
        return new Parts(
                page.substring(0, title),
                page.substring(title + TITLE.length(), main),
                page.substring(main + MAIN.length()));
    }
}
