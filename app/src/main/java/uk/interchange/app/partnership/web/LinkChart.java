package uk.interchange.app.partnership.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import uk.interchange.app.partnership.store.LinkStore;

/**
 * A record's links as a small chart drawn on the server (SVG, so it needs no JavaScript): the record in the middle,
 * what it is linked to around it, each line labelled with what the link says. Only links the viewer may see are
 * given to it.
 */
final class LinkChart {
    private static final int SIZE = 560;
    private static final int RADIUS = 200;

    private LinkChart() {}

    static String svg(String label, List<LinkStore.Seen> links) {
        double c = SIZE / 2.0;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ix-links\" role=\"img\" viewBox=\"0 0 ")
                .append(SIZE)
                .append(' ')
                .append(SIZE)
                .append("\" aria-labelledby=\"links-title\">")
                .append("<title id=\"links-title\">Links of ")
                .append(esc(label))
                .append("</title>");
        int n = links.size();
        for (int k = 0; k < n; k++) {
            LinkStore.Seen l = links.get(k);
            double a = -Math.PI / 2 + 2 * Math.PI * k / Math.max(1, n);
            double x = c + RADIUS * Math.cos(a);
            double y = c + RADIUS * Math.sin(a);
            s.append("<line x1=\"")
                    .append(f(c))
                    .append("\" y1=\"")
                    .append(f(c))
                    .append("\" x2=\"")
                    .append(f(x))
                    .append("\" y2=\"")
                    .append(f(y))
                    .append("\" stroke=\"#505a5f\" stroke-width=\"2\"/>");
            s.append("<text x=\"")
                    .append(f((c + x) / 2))
                    .append("\" y=\"")
                    .append(f((c + y) / 2 - 4))
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#505a5f\">")
                    .append(esc(l.words() + l.role().map(r -> ", " + r).orElse("")))
                    .append("</text>");
            node(s, x, y, l.other().label(), l.other().kind(), false);
        }
        node(s, c, c, label, "", true);
        return s.append("</svg>").toString();
    }

    private static void node(StringBuilder s, double x, double y, String label, String kind, boolean centre) {
        s.append("<circle cx=\"")
                .append(f(x))
                .append("\" cy=\"")
                .append(f(y))
                .append("\" r=\"")
                .append(centre ? 12 : 9)
                .append("\" fill=\"")
                .append(centre ? "#1d70b8" : "#ffffff")
                .append("\" stroke=\"#1d70b8\" stroke-width=\"3\"/>");
        s.append("<text x=\"")
                .append(f(x))
                .append("\" y=\"")
                .append(f(y + 26))
                .append("\" font-size=\"14\"")
                .append(" text-anchor=\"middle\"")
                .append(centre ? " font-weight=\"bold\"" : "")
                .append('>')
                .append(esc(label))
                .append(kind.isEmpty() ? "" : " (" + esc(kind) + ")")
                .append("</text>");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
