package uk.interchange.app.cli;

/** What the commands return to the shell. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** The input was read but nothing useful was in it (a news story, not a bulletin). */
    public static final int NOTHING_READ = 1;
    /** The command line or the input file was refused; the message says why. */
    public static final int BAD_INPUT = 2;
    /** Something failed that is not the user's doing. */
    public static final int FAILED = 3;
    /** A check found what it guards against: the audit log was changed. */
    public static final int TAMPERED = 4;
    /** A check could not prove what it guards against: the audit log is whole as far as it shows, no further. */
    public static final int UNPROVED = 5;

    private ExitCodes() {}
}
