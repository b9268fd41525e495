package uk.interchange.app.roadworks.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} lists of the closures form, written here rather than through the template: a national set has
 * thousands of roads and dozens of counties, and the template engine's work per element cost more than the question
 * itself. The road list only changes when a work is saved ({@code Closures} then hands over a new list), so it is
 * written once per list.
 */
final class PickerOptions {
    private record Written(List<String> roads, String html) {}

    private final AtomicReference<Written> roads = new AtomicReference<>();

    /** The road picker's datalist options; the same list gives the same string without writing it again. */
    String roads(List<String> list) {
        Written w = roads.get();
        if (w == null || w.roads() != list) {
            // a datalist's option shows its value: no label and no end tag, a third of the text for thousands of roads
            StringBuilder out = new StringBuilder(list.size() * 22);
            list.forEach(r -> out.append("<option value=\"")
                    .append(HtmlUtils.htmlEscape(r))
                    .append("\">"));
            w = new Written(list, out.toString());
            roads.set(w);
        }
        return w.html();
    }

    /** Options whose value is also their label, with {@code selected} marked. */
    static String of(List<String> values, String selected) {
        return of(asLabelled(values), selected);
    }

    /** Options from value to label, in the map's order, with {@code selected} marked. */
    static String of(Map<String, String> labelled, String selected) {
        StringBuilder out = new StringBuilder(labelled.size() * 40);
        labelled.forEach((value, label) -> {
            String v = HtmlUtils.htmlEscape(value);
            out.append("<option value=\"").append(v).append('"');
            if (Objects.equals(value, selected)) {
                out.append(" selected");
            }
            out.append('>').append(HtmlUtils.htmlEscape(label)).append("</option>");
        });
        return out.toString();
    }

    private static Map<String, String> asLabelled(List<String> values) {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach(v -> m.put(v, v));
        return m;
    }
}
