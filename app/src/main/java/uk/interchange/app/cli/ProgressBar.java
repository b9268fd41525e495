package uk.interchange.app.cli;

import java.io.PrintWriter;
import uk.interchange.partnership.matching.Linker;

/**
 * A progress line on standard error for runs longer than a second: which phase, and how far through it. Redrawn at
 * most five times a second, from whichever thread reports.
 */
final class ProgressBar implements Linker.Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long drawn;
    private boolean shown;
    private String file = "";
    private long bytes;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** Reading a file: the share is estimated from lines, at about 100 bytes a line. */
    synchronized void file(String name, long size) {
        this.file = name;
        this.bytes = Math.max(1, size);
    }

    void line(int line) {
        if ((line & 1023) == 0) {
            at("reading " + file, Math.min(0.99, line * 100.0 / bytes));
        }
    }

    @Override
    public synchronized void at(String phase, double done) {
        long now = System.nanoTime();
        if (now - started < 1_000_000_000L || now - drawn < 200_000_000L) {
            return;
        }
        drawn = now;
        shown = true;
        int full = (int) Math.round(Math.max(0, Math.min(1, done)) * WIDTH);
        err.printf("\r%-32s [%s%s] %3d%%", phase, "#".repeat(full), " ".repeat(WIDTH - full), Math.round(done * 100));
        err.flush();
    }

    /** Ends the line, if one was drawn. */
    synchronized void finish() {
        if (shown) {
            err.printf("\r%-70s\r", "");
            err.flush();
        }
    }
}
