package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MerkleFrontierTest {
    /** RFC 6962, section 2.1, written as the definition reads: split at the largest power of two below n. */
    static byte[] mth(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return Leaf.sha256().digest();
        }
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return Leaf.node(mth(leaves.subList(0, k)), mth(leaves.subList(k, leaves.size())));
    }

    static byte[] leaf(int i) {
        return Leaf.sha256().digest(ByteBuffer.allocate(4).putInt(i).array());
    }

    @Property(tries = 60)
    void theFrontiersRootIsTheTreesRootAtEverySize(@ForAll @IntRange(min = 0, max = 300) int n) {
        MerkleFrontier f = new MerkleFrontier();
        List<byte[]> leaves = new ArrayList<>();
        assertThat(f.root()).isEqualTo(mth(leaves));
        for (int i = 0; i < n; i++) {
            leaves.add(leaf(i));
            f.append(leaf(i));
        }
        assertThat(f.size()).isEqualTo(n);
        assertThat(HexFormat.of().formatHex(f.root())).isEqualTo(HexFormat.of().formatHex(mth(leaves)));
        MerkleFrontier restored = MerkleFrontier.of(n, f.state());
        restored.append(leaf(n));
        leaves.add(leaf(n));
        assertThat(restored.root()).isEqualTo(mth(leaves));
    }

    @Test
    void theEmptyTreeIsTheHashOfNothingAndACopyGrowsOnItsOwn() {
        MerkleFrontier f = new MerkleFrontier();
        assertThat(HexFormat.of().formatHex(f.root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        f.append(leaf(1));
        MerkleFrontier c = f.copy();
        c.append(leaf(2));
        assertThat(f.size()).isEqualTo(1);
        assertThat(f.root()).isEqualTo(leaf(1));
        assertThat(c.root()).isEqualTo(Leaf.node(leaf(1), leaf(2)));
    }
}
