package uk.interchange.roadworks.bulletin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts bulletin text into one plain form before reading: one kind of line end, one kind of space, quotes and dashes
 * that the patterns know, and Markdown links reduced to their words ("[visit the website](#)" becomes "visit the
 * website"). Nothing with meaning is removed.
 */
public final class TextCleaner {
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern MD_OPEN = Pattern.compile("(?m)^\\[(?=[^\\]\\n]*$)");
    private static final Pattern MD_CLOSE = Pattern.compile("(?m)^([^\\[\\n]*)\\]\\([^)\\n]*\\)");

    private TextCleaner() {}

    public static String clean(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                        continue;
                    }
                    b.append('\n');
                }
                case '\u00a0', '\u2007', '\u202f', '\t', '\u2009', '\u200a', '\u3000' -> b.append(' ');
                case '\u200b', '\ufeff', '\u00ad' -> {}
                case '\u2018', '\u2019', '\u201b', '\u2032' -> b.append('\'');
                case '\u201c', '\u201d', '\u201f', '\u2033' -> b.append('"');
                case '\u2013', '\u2014', '\u2012', '\u2015', '\u2212' -> b.append('\u2013');
                case '\u2022', '\u25cf', '\u25aa', '\u2023', '\u2043' -> b.append('-');
                case '\u2026' -> b.append("...");
                default -> {
                    if (c < 0x20 && c != '\n') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        String s = b.toString();
        if (s.indexOf('[') >= 0) {
            s = MD_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            // A link whose words were broken over two lines: "[Press release: Safety scheme to" ... "replace it](#)".
            s = MD_OPEN.matcher(s).replaceAll("");
            s = MD_CLOSE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        return s;
    }
}
