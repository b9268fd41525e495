package uk.interchange.partnership.response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.interchange.partnership.imports.Csv;

/**
 * How a force prioritises its organised crime groups: a named, versioned set of dimensions (harm, likelihood, the
 * group's capacity and capability ...), each scored on its own whole-number scale and weighted. The national scales
 * are not public, so the model is data: one is shipped, others can be loaded, and every assessment names the model
 * and version that scored it, so that an old score can always be read as it was made.
 *
 * <p>A definition is CSV: {@code dimension,name,min,max,weight}, one row per dimension.
 */
public record ScoringModel(String id, int version, String title, List<Dimension> dimensions) {
    /** One thing scored: its key, its name, its scale and its weight. */
    public record Dimension(String key, String name, int min, int max, double weight) {}

    /** How sure the assessor is of one dimension's score. */
    public enum Confidence {
        LOW,
        MEDIUM,
        HIGH;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A scored assessment: 0 to 100, and the confidence of its least certain dimension. */
    public record Score(double score, Confidence confidence) {}

    public ScoringModel {
        if (!id.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw new IllegalArgumentException("a model's id is 2 to 40 small letters, digits or hyphens");
        }
        if (version < 1) {
            throw new IllegalArgumentException("a model's version is 1 or more");
        }
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one dimension");
        }
        Set<String> keys = new HashSet<>();
        for (Dimension d : dimensions) {
            if (!keys.add(d.key())) {
                throw new IllegalArgumentException("the dimension " + d.key() + " is named twice");
            }
            if (d.max() <= d.min()) {
                throw new IllegalArgumentException("the dimension " + d.key() + "'s scale must rise from min to max");
            }
            if (!(d.weight() > 0)) {
                throw new IllegalArgumentException("the dimension " + d.key() + "'s weight must be more than 0");
            }
        }
        dimensions = List.copyOf(dimensions);
    }

    /** The model shipped with Interchange. */
    public static ScoringModel standard() {
        try (InputStream in = ScoringModel.class.getResourceAsStream("default-scoring-model.csv")) {
            return read(
                    "interchange-default",
                    1,
                    "Harm, likelihood and the group's position",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model from its CSV definition; refused, with the line, when a row is wrong. */
    public static ScoringModel read(String id, int version, String title, String csv) {
        List<Dimension> dims = new ArrayList<>();
        Csv.Table table = Csv.read(csv);
        List<String> header = table.header().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!header.equals(List.of("dimension", "name", "min", "max", "weight"))) {
            throw new IllegalArgumentException(
                    "line 1: the header must be dimension,name,min,max,weight; it is " + header);
        }
        for (Csv.Row r : table.rows()) {
            try {
                dims.add(new Dimension(
                        r.get("dimension").orElse(""),
                        r.get("name").orElse(""),
                        Integer.parseInt(r.get("min").orElse("")),
                        Integer.parseInt(r.get("max").orElse("")),
                        Double.parseDouble(r.get("weight").orElse(""))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "line " + r.line() + ": min and max must be whole numbers and weight a number");
            }
        }
        return new ScoringModel(id, version, title, dims);
    }

    /** The definition as CSV, as {@link #read} reads it. */
    public String definition() {
        StringBuilder out = new StringBuilder(Csv.line(List.of("dimension", "name", "min", "max", "weight")));
        for (Dimension d : dimensions) {
            out.append(Csv.line(List.of(
                    d.key(),
                    d.name(),
                    Integer.toString(d.min()),
                    Integer.toString(d.max()),
                    Double.toString(d.weight()))));
        }
        return out.toString();
    }

    /**
     * Scores the values (one per dimension, within its scale): the weighted mean of each value's place on its scale,
     * as 0 to 100. Refused, naming the dimension, when a value is missing or off its scale.
     */
    public Score score(Map<String, Integer> values, Map<String, Confidence> confidences) {
        double sum = 0;
        double weights = 0;
        Confidence least = Confidence.HIGH;
        for (Dimension d : dimensions) {
            Integer v = values.get(d.key());
            if (v == null) {
                throw new IllegalArgumentException(d.key() + ": no score given for " + d.name());
            }
            if (v < d.min() || v > d.max()) {
                throw new IllegalArgumentException(
                        d.key() + ": " + v + " is off the scale of " + d.min() + " to " + d.max());
            }
            Confidence c = confidences.get(d.key());
            if (c == null) {
                throw new IllegalArgumentException(d.key() + ": no confidence given for " + d.name());
            }
            least = c.compareTo(least) < 0 ? c : least;
            sum += d.weight() * (v - d.min()) / (d.max() - d.min());
            weights += d.weight();
        }
        return new Score(100 * sum / weights, least);
    }
}
