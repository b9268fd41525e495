package uk.interchange.roadworks.bulletin.token;

/**
 * One classified word (or phrase of the lexicon) of a text: its kind, where it stands ({@code start} inclusive,
 * {@code end} exclusive), and the value the grammar reads (see {@link TokenKind}).
 */
public record Token(TokenKind kind, int start, int end, String value) {
    /** The value as a number, for NUMBER and ORDINAL. */
    public int number() {
        return Integer.parseInt(value);
    }

    public boolean is(TokenKind k, String v) {
        return kind == k && value.equals(v);
    }
}
