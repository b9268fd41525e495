package uk.interchange.roadworks.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.interchange.roadworks.clash.Item;
import uk.interchange.roadworks.model.Direction;
import uk.interchange.roadworks.model.Occurrence;
import uk.interchange.roadworks.model.RestrictionType;
import uk.interchange.roadworks.schedule.LondonTime;

/**
 * A road's works at a glance, as SVG: junctions along the top, one row per night, each restriction drawn from its
 * first junction to its last in the row of the night it starts. Full closures are red, lane closures and other
 * narrowing amber, speed limits blue. Plain SVG with a title on every shape, so it reads without JavaScript and a
 * screen reader can name each bar.
 */
public final class RoadChart {
    private static final int LEFT = 130;
    private static final int TOP = 50;
    private static final int ROW = 34;
    private static final int WIDTH = 900;
    private static final int TOOLTIP_LINES = 3;

    private RoadChart() {}

    public static String svg(String road, List<Item> items, LocalDate firstNight, int nights) {
        TreeSet<Integer> junctions = new TreeSet<>();
        for (Item i : items) {
            i.section().from().ifPresent(junctions::add);
            i.section().to().ifPresent(junctions::add);
        }
        List<Integer> axis = new ArrayList<>(junctions);
        int height = TOP + nights * ROW + 40;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ix-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"chart-title\">");
        s.append("<title id=\"chart-title\">Works on the ")
                .append(esc(road))
                .append(" by junction and night, from ")
                .append(esc(ClockText.day(firstNight)))
                .append("</title>");
        if (axis.isEmpty()) {
            s.append("<text x=\"20\" y=\"40\" font-size=\"16\">No works with junction numbers on the ")
                    .append(esc(road))
                    .append(" in these nights.</text></svg>");
            return s.toString();
        }
        double step = axis.size() == 1 ? 0 : (WIDTH - LEFT - 40.0) / (axis.size() - 1);
        for (int k = 0; k < axis.size(); k++) {
            double x = LEFT + k * step;
            s.append(line(x, TOP - 10, x, height - 30, "#b1b4b6"));
            s.append(text(x, TOP - 18, "J" + axis.get(k), "middle", 14, true));
        }
        for (int n = 0; n < nights; n++) {
            LocalDate night = firstNight.plusDays(n);
            double y = TOP + n * ROW;
            s.append(text(10, y + ROW / 2.0 + 5, ClockText.day(night), "start", 14, false));
            s.append(line(LEFT - 10, y + ROW, WIDTH - 20, y + ROW, "#f3f2f1"));
        }
        Map<Integer, Integer> column = new HashMap<>();
        for (int k = 0; k < axis.size(); k++) {
            column.put(axis.get(k), k);
        }
        // Works of one kind that overlap on a night and a carriageway are drawn as one bar whose tooltip lists them:
        // a busy motorway has thousands in a week, and bars drawn over each other cannot be read anyway.
        Map<Row, List<Span>> rows = new LinkedHashMap<>();
        // each night's noon as an instant, so that an occurrence finds its night by comparison, not by the time zone
        Instant[] noon = new Instant[nights + 1];
        for (int n = 0; n <= nights; n++) {
            noon[n] = LondonTime.instant(firstNight.plusDays(n).atTime(12, 0));
        }
        for (Item i : items) {
            if (!i.section().hasJunctions()) {
                continue;
            }
            double x1 = LEFT + column.get(i.section().from().getAsInt()) * step;
            double x2 = LEFT + column.get(i.section().to().getAsInt()) * step;
            if (x2 - x1 < 8) {
                x1 -= 5;
                x2 += 5;
            }
            for (Occurrence o : i.occurrences()) {
                int n = nightOf(o.start(), noon);
                if (n < 0) {
                    continue;
                }
                double y = TOP + n * ROW + lane(i.section().direction());
                rows.computeIfAbsent(new Row(y, colour(i.type())), r -> new ArrayList<>())
                        .add(new Span(x1, x2, i, o));
            }
        }
        rows.forEach((row, spans) -> {
            spans.sort(Comparator.comparingDouble(Span::from));
            int k = 0;
            while (k < spans.size()) {
                double from = spans.get(k).from();
                double to = spans.get(k).to();
                List<Span> what = new ArrayList<>();
                while (k < spans.size() && spans.get(k).from() <= to) {
                    to = Math.max(to, spans.get(k).to());
                    what.add(spans.get(k));
                    k++;
                }
                fmt(s.append("<rect x=\""), from).append("\" y=\"");
                fmt(s, row.y()).append("\" width=\"");
                fmt(s, to - from)
                        .append("\" height=\"12\" rx=\"2\" fill=\"")
                        .append(row.colour())
                        .append("\"><title>");
                tooltip(s, what).append("</title></rect>");
            }
        });
        double ly = height - 12;
        s.append(key(LEFT, ly, "#d4351c", "full closure"))
                .append(key(LEFT + 150, ly, "#f47738", "lanes or narrowing"))
                .append(key(LEFT + 330, ly, "#1d70b8", "speed limit"))
                .append(text(
                        LEFT + 470,
                        ly + 4,
                        "upper bar: north, east or clockwise; lower: the other way",
                        "start",
                        12,
                        false));
        return s.append("</svg>").toString();
    }

    /** One night's carriageway and one colour: the bars drawn there. */
    private record Row(double y, String colour) {}

    /** A bar before merging; its words are written only if its tooltip shows it. */
    private record Span(double from, double to, Item item, Occurrence occurrence) {
        /** Escaped as they are written: the times need none, so only the work's own words are looked through. */
        StringBuilder words(StringBuilder out) {
            ClockText.span(out.append(esc(item.summary())).append(", "), occurrence.start(), occurrence.end());
            return out.append(" (").append(esc(item.label())).append(')');
        }
    }

    /** One work's words, or the first few of many with how many more there are; written escaped. */
    private static StringBuilder tooltip(StringBuilder out, List<Span> what) {
        if (what.size() == 1) {
            return what.get(0).words(out);
        }
        int shown = Math.min(what.size(), TOOLTIP_LINES);
        out.append(what.size()).append(" restrictions along here this night:");
        for (int k = 0; k < shown; k++) {
            what.get(k).words(out.append('\n'));
        }
        if (what.size() > shown) {
            out.append("\nand ").append(what.size() - shown).append(" more");
        }
        return out;
    }

    /** The night (0, 1, ...) whose noon-to-noon the instant falls in, or -1 outside them all. */
    static int nightOf(Instant t, Instant[] noon) {
        if (t.isBefore(noon[0]) || !t.isBefore(noon[noon.length - 1])) {
            return -1;
        }
        int n = 0;
        while (!t.isBefore(noon[n + 1])) {
            n++;
        }
        return n;
    }

    /** Nights run from noon to noon: a closure starting at 1am belongs to the evening before. */
    static LocalDate night(Instant t) {
        return LondonTime.local(t).minusHours(12).toLocalDate();
    }

    private static int lane(Direction d) {
        return switch (d) {
            case SOUTHBOUND, WESTBOUND, ANTICLOCKWISE -> 17;
            case BOTH -> 3;
            default -> 4;
        };
    }

    private static String colour(RestrictionType t) {
        if (t.isFullClosure()) {
            return "#d4351c";
        }
        return t == RestrictionType.SPEED_LIMIT ? "#1d70b8" : "#f47738";
    }

    private static String key(double x, double y, String colour, String label) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y - 8) + "\" width=\"18\" height=\"10\" fill=\"" + colour
                + "\"/>" + text(x + 24, y + 2, label, "start", 12, false);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\"/>";
    }

    private static String text(double x, double y, String t, String anchor, int size, boolean bold) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + esc(t) + "</text>";
    }

    /** One decimal place, rounded half away from zero, as {@code %.1f} writes it but without the formatter's cost. */
    static String fmt(double v) {
        return fmt(new StringBuilder(8), v).toString();
    }

    private static StringBuilder fmt(StringBuilder out, double v) {
        long tenths = Math.round(Math.abs(v) * 10);
        if (v < 0 && tenths != 0) {
            out.append('-');
        }
        return out.append(tenths / 10).append('.').append((char) ('0' + tenths % 10));
    }

    private static String esc(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
            }
        }
        return s; // most text has nothing to escape: no copies made
    }
}
