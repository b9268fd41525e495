package uk.interchange.partnership.matching;

/** American Soundex: names that sound alike share a code ("smith", "smyth" and "smithe" are all S530). */
public final class Phonetic {
    //                                      abcdefghijklmnopqrstuvwxyz
    private static final String CODES = "01230120022455012623010202";

    private Phonetic() {}

    /** The four-character code of a folded word, or "" when it has no letters. */
    public static String soundex(String word) {
        StringBuilder out = new StringBuilder(4);
        char last = 0;
        for (int i = 0; i < word.length() && out.length() < 4; i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                continue;
            }
            char code = CODES.charAt(c - 'a');
            if (out.isEmpty()) {
                out.append(Character.toUpperCase(c));
                last = code;
                continue;
            }
            if (code != '0' && code != last) {
                out.append(code);
            }
            // h and w do not separate letters of one code; vowels do
            if (c != 'h' && c != 'w') {
                last = code;
            }
        }
        if (out.isEmpty()) {
            return "";
        }
        while (out.length() < 4) {
            out.append('0');
        }
        return out.toString();
    }
}
