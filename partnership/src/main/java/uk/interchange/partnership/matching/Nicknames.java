package uk.interchange.partnership.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names and their familiar forms (Bob for Robert). A name's forms are itself and every name it is a familiar
 * form of; two names may be the same person's when their forms meet. The built-in list is Interchange's own; a fuller
 * one can be added from a CSV of {@code name1,relationship,name2} rows (as {@code ../shared/data/nicknames/} has).
 */
public final class Nicknames {
    private final Map<String, Set<String>> forms = new HashMap<>();

    private Nicknames() {}

    /** The built-in list. */
    public static Nicknames builtIn() {
        Nicknames n = new Nicknames();
        try (var in = Nicknames.class.getResourceAsStream("nicknames.txt")) {
            if (in == null) {
                throw new IllegalStateException("the built-in nickname list is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                String name = Text.fold(line.substring(0, colon));
                for (String f : line.substring(colon + 1).split(",")) {
                    n.add(name, Text.fold(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** The built-in list with the pairs of a {@code name1,relationship,name2} CSV added. */
    public Nicknames with(Reader csv) {
        try (BufferedReader r = new BufferedReader(csv)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] p = line.split(",");
                if (p.length >= 3 && !p[0].strip().equalsIgnoreCase("name1")) {
                    add(Text.fold(p[0]), Text.fold(p[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void add(String name, String familiar) {
        if (name.isEmpty() || familiar.isEmpty()) {
            return;
        }
        forms.computeIfAbsent(familiar, k -> new HashSet<>(Set.of(k))).add(name);
        forms.computeIfAbsent(name, k -> new HashSet<>(Set.of(k)));
    }

    /** A folded name's forms: itself and the names it is a familiar form of. */
    public Set<String> formsOf(String name) {
        Set<String> f = forms.get(name);
        return f == null ? Set.of(name) : f;
    }

    /** Whether two folded given names can be one person's (equal, or one a familiar form of the other). */
    public boolean related(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> fa = formsOf(a);
        Set<String> fb = formsOf(b);
        for (String x : fa) {
            if (fb.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
