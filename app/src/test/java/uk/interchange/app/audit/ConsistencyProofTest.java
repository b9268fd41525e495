package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Consistency proofs (RFC 9162, 2.1.4) made from the leaves in one pass and checked with the two roots alone. */
class ConsistencyProofTest {
    static byte[] leaf(int i) {
        return Leaf.sha256().digest(ByteBuffer.allocate(4).putInt(i).array());
    }

    /** The tree's root by the RFC's own recursive definition, to hold the frontier and the proof to. */
    static byte[] mth(List<byte[]> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int k = Integer.highestOneBit(to - from - 1);
        return Leaf.node(mth(leaves, from, from + k), mth(leaves, from + k, to));
    }

    static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(leaf(i));
        }
        return out;
    }

    static List<byte[]> prove(List<byte[]> leaves, int m, int n) {
        ConsistencyProof.Maker maker = new ConsistencyProof.Maker(m, n);
        leaves.forEach(maker::add);
        return maker.proof();
    }

    @Property(tries = 300)
    void aProofFromAnySizeToAnyLargerOneVerifies(
            @ForAll @IntRange(min = 1, max = 140) int n, @ForAll @IntRange(min = 1, max = 140) int a) {
        int m = Math.min(a, n);
        List<byte[]> leaves = leaves(n);
        List<byte[]> proof = prove(leaves, m, n);
        assertThat(ConsistencyProof.verify(m, mth(leaves, 0, m), n, mth(leaves, 0, n), proof))
                .isTrue();
        // a proof is short: at most about two hashes a level of the larger tree
        assertThat(proof.size()).isLessThanOrEqualTo(2 * (64 - Long.numberOfLeadingZeros(n)));
    }

    @Property(tries = 300)
    void aChangedLeafOrAnotherFirstRootIsNotProved(
            @ForAll @IntRange(min = 2, max = 100) int n,
            @ForAll @IntRange(min = 1, max = 99) int a,
            @ForAll @IntRange(min = 0, max = 99) int c) {
        int m = Math.min(a, n - 1);
        int changed = c % m;
        List<byte[]> honest = leaves(n);
        List<byte[]> rewritten = new ArrayList<>(honest);
        rewritten.set(changed, leaf(1_000_000 + changed));
        // the kept head is over the honest first m; the log now holds a rewritten history under its newest head
        byte[] kept = mth(honest, 0, m);
        List<byte[]> proof = prove(rewritten, m, n);
        assertThat(ConsistencyProof.verify(m, kept, n, mth(rewritten, 0, n), proof))
                .isFalse();
    }

    @Property(tries = 200)
    void anyHashOfTheProofChangedBreaksIt(
            @ForAll @IntRange(min = 2, max = 100) int n,
            @ForAll @IntRange(min = 1, max = 99) int a,
            @ForAll @IntRange(min = 0, max = 40) int which) {
        int m = Math.min(a, n - 1);
        List<byte[]> leaves = leaves(n);
        List<byte[]> proof = new ArrayList<>(prove(leaves, m, n));
        if (proof.isEmpty()) {
            return; // m's tree is the left edge of n's and a whole subtree: nothing to change
        }
        int k = which % proof.size();
        byte[] bent = proof.get(k).clone();
        bent[0] ^= 1;
        proof.set(k, bent);
        assertThat(ConsistencyProof.verify(m, mth(leaves, 0, m), n, mth(leaves, 0, n), proof))
                .isFalse();
    }

    @Property(tries = 100)
    void theFrontiersRootIsTheTreesRoot(@ForAll @IntRange(min = 1, max = 300) int n) {
        List<byte[]> leaves = leaves(n);
        MerkleFrontier f = new MerkleFrontier();
        leaves.forEach(f::append);
        assertThat(f.root()).isEqualTo(mth(leaves, 0, n));
    }
}
