package uk.interchange.app.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Consistency proofs between two sizes of the log's Merkle tree (RFC 9162, section 2.1.4): the few subtree hashes
 * that show the tree of the first m entries is the beginning of the tree of the first n, so that a head someone kept
 * is proved to be extended, not replaced, by a newer one. The proof is made from the leaf hashes; checking it needs
 * only the two roots.
 */
public final class ConsistencyProof {
    private ConsistencyProof() {}

    /**
     * The subtrees whose roots make the proof from {@code m} to {@code n} leaves, in the proof's order, each as
     * {from, to}: the ranges are disjoint, so one pass over the leaves can hash them all.
     */
    static List<long[]> ranges(long m, long n) {
        if (m < 0 || m > n) {
            throw new IllegalArgumentException("no proof from " + m + " to " + n + " entries");
        }
        List<long[]> out = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(m, 0, n, true, out);
        }
        return out;
    }

    // the subtrees for the first m leaves of the subtree over [from, to); whole: m's tree is itself a subtree here
    private static void subproof(long m, long from, long to, boolean whole, List<long[]> out) {
        long n = to - from;
        if (m == n) {
            if (!whole) {
                out.add(new long[] {from, to});
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, from + k, whole, out);
            out.add(new long[] {from + k, to});
        } else {
            subproof(m - k, from + k, to, false, out);
            out.add(new long[] {from, from + k});
        }
    }

    /**
     * Makes the proof from {@code m} to {@code n} leaves while the leaves are read once, in order: each leaf goes
     * into the one subtree of the proof that holds it, if any, so memory stays a few hashes whatever the log's size.
     */
    public static final class Maker {
        private final List<long[]> ranges;
        private final List<MerkleFrontier> trees = new ArrayList<>();
        private final long n;
        private long next;

        public Maker(long m, long n) {
            this.ranges = ranges(m, n);
            this.n = n;
            for (int i = 0; i < ranges.size(); i++) {
                trees.add(new MerkleFrontier());
            }
        }

        /** Takes the next leaf of the log (leaves past the second size are not needed and are ignored). */
        public void add(byte[] leaf) {
            for (int i = 0; i < ranges.size(); i++) {
                if (next >= ranges.get(i)[0] && next < ranges.get(i)[1]) {
                    trees.get(i).append(leaf);
                    break;
                }
            }
            next++;
        }

        /** The proof, once at least the second size's leaves have been added. */
        public List<byte[]> proof() {
            if (next < n) {
                throw new IllegalStateException("the proof needs " + n + " leaves; " + next + " were read");
            }
            return trees.stream().map(MerkleFrontier::root).toList();
        }
    }

    /**
     * Whether the proof shows that {@code firstRoot} (over {@code m} leaves) is the beginning of {@code secondRoot}
     * (over {@code n}).
     */
    public static boolean verify(long m, byte[] firstRoot, long n, byte[] secondRoot, List<byte[]> proof) {
        if (m < 0 || m > n) {
            return false;
        }
        if (m == n) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (m == 0) {
            return proof.isEmpty(); // the empty tree begins every tree
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(m) == 1) {
            path.add(0, firstRoot); // a first tree that is a whole subtree is not in the proof: it starts the walk
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = m - 1;
        long sn = n - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (int i = 1; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Leaf.node(c, fr);
                sr = Leaf.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Leaf.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
