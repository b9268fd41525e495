package uk.interchange.roadworks.bulletin.token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words bulletins share, read from {@code lexicon.txt} beside this class: each spelling with its kind and value,
 * kept as a tree of characters so that the longest spelling at a place is found in one walk, however many there
 * are. A space in a spelling matches any run of white space in the text; a spelling matches only where a word ends.
 */
public final class Lexicon {
    /** A spelling found: its kind, its value and where it ends in the text. */
    public record Match(TokenKind kind, String value, int end) {}

    private record Entry(TokenKind kind, String value) {}

    /** One character of the tree: the characters that may follow, and the entry a spelling ending here names. */
    private static final class Node {
        private char[] labels = new char[0];
        private Node[] next = new Node[0];
        private Entry entry;

        Node child(char c) {
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    return next[i];
                }
            }
            return null;
        }

        Node add(char c) {
            Node n = child(c);
            if (n == null) {
                n = new Node();
                labels = Arrays.copyOf(labels, labels.length + 1);
                next = Arrays.copyOf(next, next.length + 1);
                labels[labels.length - 1] = c;
                next[next.length - 1] = n;
            }
            return n;
        }
    }

    private static final Lexicon STANDARD = load("lexicon.txt");

    private final Node root = new Node();
    private int size;

    private Lexicon() {}

    /** The lexicon shipped with the reader. */
    public static Lexicon standard() {
        return STANDARD;
    }

    /** How many spellings it holds. */
    public int size() {
        return size;
    }

    /**
     * The longest spelling that starts at {@code from} and ends where a word ends, or null. Looks at no more
     * characters than the longest spelling has, after white space is folded.
     */
    public Match longest(CharSequence text, int from) {
        Node node = root;
        Match best = null;
        int i = from;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (i == from) {
                    return null;
                }
                node = node.child(' ');
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else {
                node = node.child(Character.toLowerCase(c));
                i++;
            }
            if (node == null) {
                break;
            }
            if (node.entry != null && (i == n || !Character.isLetterOrDigit(text.charAt(i)))) {
                best = new Match(node.entry.kind(), node.entry.value(), i);
            }
        }
        return best;
    }

    /** Reads a lexicon in the form of {@code lexicon.txt}; a spelling given twice is refused with its lines. */
    static Lexicon parse(BufferedReader in, String name) throws IOException {
        Lexicon lex = new Lexicon();
        Map<String, Integer> seen = new HashMap<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int eq = s.indexOf(" = ");
            String[] head = eq < 0 ? new String[0] : s.substring(0, eq).strip().split("\\s+");
            if (head.length != 2) {
                throw new IllegalArgumentException(name + " line " + n + ": not 'KIND VALUE = spelling, ...': " + s);
            }
            TokenKind kind;
            try {
                kind = TokenKind.valueOf(head[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + n + ": no kind of token is called " + head[0], e);
            }
            for (String raw : s.substring(eq + 3).split(",")) {
                String spelling = raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (spelling.isEmpty()) {
                    throw new IllegalArgumentException(name + " line " + n + ": an empty spelling");
                }
                Integer before = seen.put(spelling, n);
                if (before != null) {
                    throw new IllegalArgumentException(
                            name + " line " + n + ": \"" + spelling + "\" is already given on line " + before);
                }
                Node node = lex.root;
                for (int i = 0; i < spelling.length(); i++) {
                    node = node.add(spelling.charAt(i));
                }
                node.entry = new Entry(kind, head[1]);
                lex.size++;
            }
        }
        return lex;
    }

    private static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the reader's lexicon " + resource + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
