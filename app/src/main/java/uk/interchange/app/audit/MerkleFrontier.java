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

    /** The complete subtrees' hashes, largest first, one after another (their sizes follow from {@link #size}). */
    public byte[] state() {
        byte[] out = new byte[hashes.size() * 32];
        for (int k = 0; k < hashes.size(); k++) {
            System.arraycopy(hashes.get(k), 0, out, k * 32, 32);
        }
        return out;
    }

    /** The frontier of a tree of {@code size} leaves from its {@link #state()}. */
    public static MerkleFrontier of(long size, byte[] state) {
        if (state.length != Long.bitCount(size) * 32) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(size)
                    + " complete subtrees, not " + state.length / 32.0);
        }
        MerkleFrontier f = new MerkleFrontier();
        int k = 0;
        for (int height = 62; height >= 0; height--) {
            if ((size & (1L << height)) != 0) {
                f.hashes.add(java.util.Arrays.copyOfRange(state, k * 32, k * 32 + 32));
                f.heights.add(height);
                k++;
            }
        }
        f.size = size;
        return f;
    }

    public MerkleFrontier copy() {
        MerkleFrontier c = new MerkleFrontier();
        c.hashes.addAll(hashes);
        c.heights.addAll(heights);
        c.size = size;
        return c;
    }
}
