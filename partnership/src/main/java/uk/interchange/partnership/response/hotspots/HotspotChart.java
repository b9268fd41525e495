package uk.interchange.partnership.response.hotspots;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * A hotspot's measures as a chart a chief officer reads at a glance, drawn as SVG on the server: crimes a month in the
 * hotspot (solid) and in the comparison area (dashed), the phases shaded behind, and the interventions as marks
 * along the time axis. Months run left to right; the scale starts at zero.
 */
public final class HotspotChart {
    /** A phase as drawn: its name and dates (an open phase runs to the chart's end). */
    public record Span(String name, LocalDate from, LocalDate to) {}

    /** An intervention as drawn: when, and what it was. */
    public record Mark(LocalDate on, String what) {}

    private static final int WIDTH = 900;
    private static final int HEIGHT = 320;
    private static final int LEFT = 50;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 70;
    private static final String[] SHADES = {"#f4d7d7", "#fbeccf", "#d9ecd9"};

    private HotspotChart() {}

    public static String svg(
            List<YearMonth> months,
            List<Integer> hotspot,
            List<Integer> comparison,
            List<Span> phases,
            List<Mark> marks) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title\" class=\"hotspot-chart\">")
                .append("<title id=\"chart-title\">Crimes a month in the hotspot and in the comparison area</title>");
        if (months.isEmpty()) {
            return s.append("<text x=\"20\" y=\"40\">No crimes counted yet: import street-level crime.</text></svg>")
                    .toString();
        }
        int max = 1;
        for (int i = 0; i < months.size(); i++) {
            max = Math.max(max, Math.max(hotspot.get(i), comparison.get(i)));
        }
        int top = niceTop(max);
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        double span = Math.max(1, months.size() - 1);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        // the time axis runs from the middle of the first month to the middle of the last
        java.util.function.ToDoubleFunction<LocalDate> x = d -> {
            double m = (d.getYear() - first.getYear()) * 12
                    + d.getMonthValue()
                    - first.getMonthValue()
                    + (d.getDayOfMonth() - 1) / (double) d.lengthOfMonth()
                    - 0.5;
            return LEFT + plotW * Math.max(0, Math.min(span, m)) / span;
        };
        for (int p = 0; p < phases.size(); p++) {
            Span ph = phases.get(p);
            double x0 = x.applyAsDouble(ph.from());
            double x1 = x.applyAsDouble(ph.to() == null ? last.atEndOfMonth() : ph.to());
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>",
                    x0,
                    TOP,
                    Math.max(1, x1 - x0),
                    plotH,
                    SHADES[p % SHADES.length],
                    escape(ph.name()),
                    x0 + 3,
                    TOP + 14,
                    escape(ph.name())));
        }
        for (int t = 0; t <= 4; t++) {
            double y = TOP + plotH - plotH * t / 4;
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#b1b4b6\" stroke-width=\"0.5\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%d</text>",
                    LEFT,
                    WIDTH - RIGHT,
                    y,
                    y,
                    LEFT - 6,
                    y + 4,
                    top * t / 4));
        }
        s.append(line(months, comparison, top, plotW, plotH, span, "#505a5f", "6 4", "comparison area"));
        s.append(line(months, hotspot, top, plotW, plotH, span, "#1d70b8", "", "hotspot"));
        for (int i = 0; i < months.size(); i++) {
            if (months.size() <= 24 || months.get(i).getMonthValue() % 3 == 1) {
                s.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                        LEFT + plotW * i / span,
                        TOP + plotH + 14,
                        months.get(i)));
            }
        }
        for (Mark m : marks) {
            double mx = x.applyAsDouble(m.on());
            s.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f %.1f l-5 10 h10 z\" fill=\"#d4351c\"><title>%s</title></path>",
                    mx,
                    TOP + plotH + 22,
                    escape(m.on() + ": " + m.what())));
        }
        s.append(String.format(
                Locale.ROOT,
                "<g font-size=\"12\"><line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#1d70b8\" stroke-width=\"3\"/>"
                        + "<text x=\"%d\" y=\"%d\">hotspot</text>"
                        + "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#505a5f\" stroke-width=\"2\""
                        + " stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%d\">comparison area</text>"
                        + "<path d=\"M%d %d l-5 10 h10 z\" fill=\"#d4351c\"/><text x=\"%d\" y=\"%d\">intervention</text></g>",
                LEFT,
                LEFT + 24,
                HEIGHT - 12,
                HEIGHT - 12,
                LEFT + 30,
                HEIGHT - 8,
                LEFT + 110,
                LEFT + 134,
                HEIGHT - 12,
                HEIGHT - 12,
                LEFT + 140,
                HEIGHT - 8,
                LEFT + 275,
                HEIGHT - 20,
                LEFT + 285,
                HEIGHT - 8));
        return s.append("</svg>").toString();
    }

    private static String line(
            List<YearMonth> months,
            List<Integer> counts,
            int top,
            double plotW,
            double plotH,
            double span,
            String colour,
            String dash,
            String name) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            points.append(String.format(
                    Locale.ROOT, "%.1f,%.1f ", LEFT + plotW * i / span, TOP + plotH - plotH * counts.get(i) / top));
        }
        return String.format(
                Locale.ROOT,
                "<polyline class=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s points=\"%s\"><title>%s</title>"
                        + "</polyline>",
                name.replace(' ', '-'),
                colour,
                dash.isEmpty() ? "3" : "2",
                dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"",
                points.toString().strip(),
                name);
    }

    /** A round number at or above the largest count, so the scale's four steps are whole numbers. */
    static int niceTop(int max) {
        // steps of 1, 2, 5, 10, 20, 50 ...
        int[] mantissa = {1, 2, 5};
        int step = 1;
        for (int k = 1; step * 4 < max; k++) {
            step = mantissa[k % 3] * (int) Math.pow(10, k / 3);
        }
        return step * 4;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
