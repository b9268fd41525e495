package uk.interchange.app.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signed tree heads written outside the database: one line per head, appended and forced to disk after the head is
 * committed, in a file beside the signing key. Someone who can change the database cannot change this file too
 * (unless they also hold the server's file system), so a log cut short or rewritten no longer extends the heads kept
 * here. The same one-line form is what a person keeps elsewhere and gives to {@code audit verify --head}.
 */
public final class HeadFile {
    static final String TAG = "interchange-audit-head";
    /** More than one line's worth (a line is about 230 characters), so the tail holds a whole last line. */
    private static final int TAIL = 4096;

    private final Path path;

    private HeadFile(Path path) {
        this.path = path;
    }

    public static HeadFile at(Path path) {
        return new HeadFile(path.toAbsolutePath());
    }

    /** The file kept beside the signing key: {@code signing-key.heads}. */
    public static HeadFile besideKey(Path keyFile) {
        return at(keyFile.resolveSibling(keyFile.getFileName() + ".heads"));
    }

    public Path path() {
        return path;
    }

    /** One head as a line: its size, time, key, root (hex) and signature (base64). */
    public static String line(TreeHead h) {
        return TAG + " v1 size=" + h.size() + " signed=" + h.signedAt() + " key=" + h.keyId() + " root="
                + HexFormat.of().formatHex(h.root()) + " signature="
                + Base64.getEncoder().encodeToString(h.signature());
    }

    /** A head read back from its line; refused with the reason when the line is not one. */
    public static TreeHead parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 7 || !parts[0].equals(TAG) || !parts[1].equals("v1")) {
            throw new IllegalArgumentException(
                    "not a tree head line (" + TAG + " v1 size=... signed=... key=..." + " root=... signature=...)");
        }
        Map<String, String> f = new HashMap<>();
        for (int i = 2; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not name=value");
            }
            f.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
        }
        try {
            return new TreeHead(
                    Long.parseLong(need(f, "size")),
                    HexFormat.of().parseHex(need(f, "root")),
                    Instant.parse(need(f, "signed")),
                    need(f, "key"),
                    Base64.getDecoder().decode(need(f, "signature")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a field of the tree head line cannot be read: " + e.getMessage(), e);
        }
    }

    private static String need(Map<String, String> f, String name) {
        String v = f.get(name);
        if (v == null) {
            throw new IllegalArgumentException("the tree head line has no " + name + "=");
        }
        return v;
    }

    /**
     * Every head in the file, oldest first. A last line without its line end (the server stopped while writing it)
     * is left out; any other line that is not a head is refused with its number.
     */
    public List<TreeHead> read() {
        List<TreeHead> heads = new ArrayList<>();
        if (!Files.exists(path)) {
            return heads;
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.US_ASCII)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    try {
                        heads.add(parse(line));
                    } catch (IllegalArgumentException e) {
                        if (in.readLine() == null && !endsWithNewline()) {
                            break; // cut short by a crash while it was written
                        }
                        throw new IllegalArgumentException(path + " line " + n + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tree heads kept in " + path, e);
        }
        return heads;
    }

    /** The newest head in the file, read from its end (the file grows by a line a head). */
    public Optional<TreeHead> latest() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, TAIL);
            ByteBuffer b = ByteBuffer.allocate(tail);
            ch.read(b, size - tail);
            String text = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII);
            // only complete lines count: the piece after the last line end was cut short by a crash
            String[] lines = text.substring(0, text.lastIndexOf('\n') + 1).split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                if (!lines[i].isBlank()) {
                    try {
                        return Optional.of(parse(lines[i]));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(path + ", its last line: " + e.getMessage(), e);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tree heads kept in " + path, e);
        }
    }

    /**
     * Appends the head and forces it to disk. A last line cut short by an earlier crash (no line end) is cut off
     * first: it was never a whole head.
     */
    public void append(TreeHead h) {
        try {
            Files.createDirectories(path.getParent());
            try (FileChannel ch = FileChannel.open(
                    path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                ch.truncate(endOfLastWholeLine(ch));
                ch.write(ByteBuffer.wrap((line(h) + "\n").getBytes(StandardCharsets.US_ASCII)), ch.size());
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tree head to " + path, e);
        }
    }

    /** Where the last line end is (just after it), looking back over the tail of the file. */
    private static long endOfLastWholeLine(FileChannel ch) throws IOException {
        long size = ch.size();
        int tail = (int) Math.min(size, TAIL);
        ByteBuffer b = ByteBuffer.allocate(tail);
        ch.read(b, size - tail);
        for (int i = tail - 1; i >= 0; i--) {
            if (b.get(i) == '\n') {
                return size - tail + i + 1;
            }
        }
        // no line end in the tail: a file of one cut-short line is emptied; anything longer is not ours to cut, and
        // reading it will say so
        return size <= TAIL ? 0 : size;
    }

    private boolean endsWithNewline() throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            return ch.size() == 0 || endsWithNewline(ch);
        }
    }

    private static boolean endsWithNewline(FileChannel ch) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, ch.size() - 1);
        return last.get(0) == '\n';
    }
}
