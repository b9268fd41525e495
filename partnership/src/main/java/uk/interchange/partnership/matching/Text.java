package uk.interchange.partnership.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Text as comparisons see it: lower case, accents and punctuation gone, single spaces. */
public final class Text {
    private Text() {}

    /** "  O'Brien-SMITH, Zoë " becomes "o brien smith zoe"; apostrophes join ("O'Brien" also as "obrien" below). */
    public static String fold(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        String t = s;
        boolean ascii = true;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        StringBuilder out = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if (c == '\'' || c == '\u2019') {
                continue; // O'Brien, O’Brien: one word
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        return out.toString();
    }

    /** The words of folded text. */
    public static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == ' ') {
                if (i > start) {
                    out.add(folded.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
