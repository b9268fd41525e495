package uk.interchange.roadworks.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.interchange.roadworks.bulletin.Block.Kind;

/**
 * Cuts cleaned bulletin text into blocks, mending what copying and wrapping break: a heading whose purpose fell onto
 * the next line, a sentence split by a blank line, a title wrapped in two.
 */
final class Segmenter {
    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(press release|news story|news release|planned roadworks|.*\\bweekly roadworks|.*\\broadworks (update|bulletin|summary)"
                    + "|.*\\bweekly summary for\\b|.*\\broadworks\\b.*\\b(week|summary|closures)\\b)");
    private static final Pattern ROAD_START = Pattern.compile("^(?:The\\s+)?" + Words.ROAD + "(?![\\w(])");
    private static final Pattern HEADING_SEPARATOR = Pattern.compile(":|\\s[\u2013-]\\s|\\s[\u2013-]$");
    private static final Pattern VERB = Pattern.compile(
            "(?i)\\b(will|is|are|was|were|has|have|remain|remains|continues?|takes? place|starts?|finish(es)?)\\b");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*]|\\d{1,2}[.)])\\s+\\S");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?;:)\"']$");

    private Segmenter() {}

    static List<Block> blocks(String cleaned) {
        return mend(rawBlocks(cleaned));
    }

    /** Lines to blocks: blank lines separate; headings, titles and bullets stand on their own lines. */
    private static List<Block> rawBlocks(String text) {
        List<Block> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String rawLine : text.split("\n", -1)) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                flush(para, out);
                continue;
            }
            Kind own = ownLineKind(line);
            if (own != null) {
                flush(para, out);
                out.add(new Block(own, line));
            } else {
                if (!para.isEmpty()) {
                    para.append(' ');
                }
                para.append(line);
            }
        }
        flush(para, out);
        return out;
    }

    private static Kind ownLineKind(String line) {
        if (BULLET.matcher(line).find()) {
            return Kind.BULLET;
        }
        if (isTitle(line)) {
            return Kind.TITLE;
        }
        if (isHeading(line)) {
            return Kind.HEADING;
        }
        return null;
    }

    private static void flush(StringBuilder para, List<Block> out) {
        if (para.isEmpty()) {
            return;
        }
        String p = para.toString();
        para.setLength(0);
        out.add(new Block(isLabel(p) ? Kind.LABEL : Kind.PARAGRAPH, p));
    }

    static boolean isTitle(String line) {
        if (line.length() >= 300 || line.endsWith(".")) {
            return false;
        }
        String low = line.toLowerCase(java.util.Locale.ROOT);
        return (low.contains("press") || low.contains("news") || low.contains("roadworks") || low.contains("summary"))
                && TITLE.matcher(line).find();
    }

    static boolean isHeading(String line) {
        if (line.length() > 200 || line.endsWith(".")) {
            return false;
        }
        if (!ROAD_START.matcher(line).find()) {
            // a council's bulletin heads works with a street: "High Street, Stone: carriageway patching"
            int sep = firstSeparator(line);
            return Words.NAMED_ROAD_START.matcher(line).find()
                    && sep < line.length()
                    && !VERB.matcher(line.substring(0, sep)).find();
        }
        if (HEADING_SEPARATOR.matcher(line).find()) {
            // "M6 junctions 11 to 12 Cannock, Staffordshire: resurfacing"; a sentence fragment has a verb before it.
            int sep = firstSeparator(line);
            return !VERB.matcher(line.substring(0, sep)).find();
        }
        return line.length() < 120 && !VERB.matcher(line).find();
    }

    private static int firstSeparator(String line) {
        var m = HEADING_SEPARATOR.matcher(line);
        return m.find() ? m.start() : line.length();
    }

    private static boolean isLabel(String p) {
        if (p.length() > 50 || ENDS_SENTENCE.matcher(p).find() || !Character.isUpperCase(p.charAt(0))) {
            return false;
        }
        return p.split("\\s+").length <= 6 && !VERB.matcher(p).find();
    }

    private static boolean terminated(String s) {
        return ENDS_SENTENCE.matcher(s).find();
    }

    /** Joins the pieces that copying broke apart. */
    private static List<Block> mend(List<Block> in) {
        List<Block> out = new ArrayList<>();
        for (Block b : in) {
            Block prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && joins(prev, b)) {
                out.set(out.size() - 1, new Block(prev.kind(), prev.text() + " " + b.text()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean joins(Block prev, Block next) {
        boolean nextLower = Character.isLowerCase(next.text().charAt(0));
        return switch (prev.kind()) {
            case HEADING ->
                prev.text().endsWith(":")
                        && (next.kind() == Kind.LABEL
                                || next.kind() == Kind.PARAGRAPH && next.text().length() < 80)
                        && !terminated(next.text());
            case TITLE -> nextLower && !prev.text().endsWith(")");
            case PARAGRAPH, BULLET ->
                (next.kind() == Kind.PARAGRAPH || next.kind() == Kind.LABEL)
                        && !terminated(prev.text())
                        && (nextLower || Character.isDigit(next.text().charAt(0)) || startsWithMonth(next.text()));
            case LABEL -> false;
        };
    }

    private static boolean startsWithMonth(String s) {
        return Words.MONTH_START.matcher(s).find();
    }
}
