package uk.interchange.app.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of an RFC 6962 Merkle tree: one hash for each complete subtree, so that appending a leaf and
 * reading the root cost O(log n) and the log never has to be read again to sign a new head.
 */
public final class MerkleFrontier {
    /** Hashes of the complete subtrees, largest (leftmost) first; subtree k covers 2^heights[k] leaves. */
    private final List<byte[]> hashes = new ArrayList<>();

    private final List<Integer> heights = new ArrayList<>();
    private long size;

    public long size() {
        return size;
    }

    public void append(byte[] leaf) {
        byte[] h = leaf;
        int height = 0;
        while (!heights.isEmpty() && heights.get(heights.size() - 1) == height) {
            h = Leaf.node(hashes.remove(hashes.size() - 1), h);
            heights.remove(heights.size() - 1);
            height++;
        }
        hashes.add(h);
        heights.add(height);
        size++;
    }

    /** The tree's root (RFC 6962's MTH); the empty tree's root is SHA-256 of nothing. */
    public byte[] root() {
        if (hashes.isEmpty()) {
            return Leaf.sha256().digest();
        }
        byte[] r = hashes.get(hashes.size() - 1);
        for (int k = hashes.size() - 2; k >= 0; k--) {
            r = Leaf.node(hashes.get(k), r);
        }
        return r;
    }

    public MerkleFrontier copy() {
        MerkleFrontier c = new MerkleFrontier();
        c.hashes.addAll(hashes);
        c.heights.addAll(heights);
        c.size = size;
        return c;
    }
}
