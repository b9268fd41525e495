package uk.interchange.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The table of field limits: what it refuses and lets through, and that the documentation and forms agree. */
class FieldLimitsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Provide
    Arbitrary<Integer> controls() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 0x1f), Arbitraries.integers().between(0x7f, 0x9f));
    }

    /** Any control character anywhere in a one-line field is refused, naming the field and the character. */
    @Property(tries = 500)
    void aControlCharacterInAOneLineFieldIsAlwaysRefused(
            @ForAll("controls") int control,
            @ForAll @IntRange(max = 40) int before,
            @ForAll @IntRange(max = 40) int after) {
        String value = "a".repeat(before) + (char) control + "b".repeat(after);
        var problem = FieldLimits.check("/partnership/search", "reason", value);
        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p.field()).isEqualTo("reason");
            assertThat(p.reason())
                    .startsWith(
                            String.format("holds a control character (U+%04X) at character %d", control, before + 1));
        });
    }

    /** In a field of several lines, only tab and the line breaks are let through. */
    @Property(tries = 200)
    void aFieldOfSeveralLinesTakesTabAndLineBreaksAndNoOtherControl(@ForAll("controls") int control) {
        String value = "line one" + (char) control + "line two";
        boolean allowed = control == '\t' || control == '\n' || control == '\r';
        assertThat(FieldLimits.check("/partnership/reports", "text", value).isEmpty())
                .isEqualTo(allowed);
    }

    /** Text without control characters is taken up to its limit and refused one character past it. */
    @Property(tries = 200)
    void aFieldIsTakenUpToItsLimitAndRefusedPastIt(
            @ForAll("fields") String field, @ForAll @IntRange(min = 0, max = 3) int past) {
        int max = FieldLimits.of("/partnership/x", field).max();
        // characters beyond the basic plane (two chars each in Java) count once each, as people count them
        int wide = Math.min(max, 300);
        String at = "\uD83D\uDE00".repeat(wide) + "é".repeat(max - wide);
        assertThat(at.length()).isGreaterThan(max);
        assertThat(FieldLimits.check("/partnership/x", field, at)).isEmpty();
        String over = "x".repeat(max + 1 + past);
        assertThat(FieldLimits.check("/partnership/x", field, over)).hasValueSatisfying(p -> assertThat(p.reason())
                .isEqualTo(String.format(
                        Locale.UK, "is longer than its limit of %,d characters (it has %,d)", max, max + 1 + past)));
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of("reason", "caseReference", "query", "note", "title", "description", "companyName");
    }

    @Test
    void aLimitForSomeAddressesComesBeforeTheSameFieldEverywhereElse() {
        assertThat(FieldLimits.of("/roadworks/planner/import/confirm", "text").max())
                .isEqualTo(2_097_152);
        assertThat(FieldLimits.of("/roadworks/planner/save", "text").max()).isEqualTo(100_000);
        assertThat(FieldLimits.of("/api/roadworks/works", "text").max()).isEqualTo(100_000);
        assertThat(FieldLimits.of("/partnership/orders/x/conditions", "text").lines())
                .isEqualTo(FieldLimits.Lines.ONE);
        assertThat(FieldLimits.of("/partnership/actions", "area")).isEqualTo(FieldLimits.OTHER);
        assertThat(FieldLimits.of("/partnership/hotspots", "area").max()).isEqualTo(1_000_000);
    }

    /** Every row of the table in docs/formats/limits.md is the table in the code, in the same order, and no more. */
    @Test
    void theDocumentedLimitsAreTheLimits() throws IOException {
        List<String> documented = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(ROOT.resolve("docs/formats/limits.md"))) {
            if (line.startsWith("| field | where |")) {
                in = true;
            } else if (in && line.startsWith("|---")) {
                continue;
            } else if (in && line.startsWith("|")) {
                documented.add(line);
            } else if (in) {
                break;
            }
        }
        List<String> expected = Stream.concat(FieldLimits.TABLE.stream(), Stream.of(FieldLimits.OTHER))
                .map(l -> String.format(
                        Locale.UK,
                        "| %s | %s | %,d | %s | %s |",
                        l == FieldLimits.OTHER ? l.field() : "`" + l.field() + "`",
                        l.under().isEmpty()
                                ? "everywhere"
                                : String.join(
                                        ", ",
                                        l.under().stream()
                                                .map(u -> "`" + u + "`")
                                                .toList()),
                        l.max(),
                        l.lines() == FieldLimits.Lines.ONE ? "one" : "several",
                        l.what()))
                .toList();
        assertThat(documented).containsExactlyElementsOf(expected);
    }

    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*?\\s(th:)?name=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("(?:th:action=\"@\\{|\\saction=\")([^\"}(]+)");
    private static final Pattern EACH = Pattern.compile("th:each=\"(\\w+) : \\$\\{ \\{([^}]*)\\} \\}\"");

    /** A text area holds several lines: each one's field takes them, at the address its form is sent to. */
    @Test
    void everyTextAreaIsAFieldOfSeveralLines() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("app/src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                Matcher t = TEXTAREA.matcher(html);
                while (t.find()) {
                    String before = html.substring(0, t.start());
                    Matcher a = ACTION.matcher(before);
                    String action = null;
                    while (a.find()) {
                        action = a.group(1);
                    }
                    assertThat(action).as("the form of a text area in " + f).isNotNull();
                    for (String name : names(t.group(2), before)) {
                        assertThat(FieldLimits.of(action, name).lines())
                                .as(name + " sent to " + action + " from " + f.getFileName())
                                .isEqualTo(FieldLimits.Lines.MANY);
                        checked.add(name + " " + action);
                    }
                }
            }
        }
        assertThat(checked).contains("definition /partnership/assessments/models", "area /partnership/hotspots");
    }

    /** A text area's name, or the names a th:each gives it ("${f}" over {'area', 'comparison'}). */
    private static List<String> names(String name, String before) {
        if (!name.startsWith("${")) {
            return List.of(name);
        }
        String variable = name.substring(2, name.length() - 1);
        Matcher e = EACH.matcher(before);
        List<String> out = List.of();
        while (e.find()) {
            if (e.group(1).equals(variable)) {
                out = Stream.of(e.group(2).split(","))
                        .map(s -> s.strip().replace("'", ""))
                        .toList();
            }
        }
        assertThat(out).as("the values of " + name).isNotEmpty();
        return out;
    }
}
