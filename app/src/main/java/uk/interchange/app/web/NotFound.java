package uk.interchange.app.web;

/**
 * Something asked for that is not there, or that the asker may not see: the two answer alike, word for word, so
 * that a refusal never tells anyone that a record exists.
 */
public final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super("there is no " + what);
    }

    /** The id in an address; one that is not an id names nothing there is ("there is no such " + what). */
    public static java.util.UUID id(String text, String what) {
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound(what);
        }
    }
}
