package uk.interchange.app.web;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Escaping for HTML written by hand (the closures tables, a road's page): exactly what Spring's {@link HtmlUtils} and
 * {@link UriUtils} give, which property tests hold it to, but without their copies for the plain text that is nearly
 * everything written.
 */
public final class Html {
    private Html() {}

    /** {@link HtmlUtils#htmlEscape(String)}, skipped for plain ASCII with nothing to escape. */
    public static String escape(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c > 126 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return HtmlUtils.htmlEscape(s);
            }
        }
        return s;
    }

    /** A path segment percent-encoded as {@link UriUtils#encodePathSegment} does, then escaped for an attribute. */
    public static String pathSegment(String segment) {
        return escape(unreserved(segment) ? segment : UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
    }

    /** True when a path segment needs no percent-encoding: letters, digits and - . _ ~ only ("M6-0123"). */
    private static boolean unreserved(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
