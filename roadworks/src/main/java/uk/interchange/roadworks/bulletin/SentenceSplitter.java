package uk.interchange.roadworks.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a new sentence. */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "eg", "ie", "etc", "approx", "st", "rd", "no", "mr", "mrs", "ms", "dr", "ltd", "inc", "nr",
            "co", "jct", "jn", "cf", "vs", "av", "ave", "tel", "ext");

    private SentenceSplitter() {}

    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && (paragraph.charAt(j) == '"' || paragraph.charAt(j) == '\'' || paragraph.charAt(j) == ')')) {
                j++;
            }
            if (j < n && paragraph.charAt(j) != ' ') {
                continue;
            }
            int k = j;
            while (k < n && paragraph.charAt(k) == ' ') {
                k++;
            }
            if (k < n && !startsSentence(paragraph.charAt(k))) {
                continue;
            }
            if (c == '.' && isAbbreviation(paragraph, i)) {
                continue;
            }
            add(out, paragraph.substring(start, j));
            start = k;
            i = k - 1;
        }
        add(out, paragraph.substring(Math.min(start, n)));
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[';
    }

    private static boolean isAbbreviation(String p, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(p.charAt(s - 1)) || p.charAt(s - 1) == '.')) {
            s--;
        }
        String word = p.substring(s, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(p.charAt(s));
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
