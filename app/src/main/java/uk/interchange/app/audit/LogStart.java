package uk.interchange.app.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the log ends, checked before anything is appended to it (as a Certificate Transparency log checks itself
 * from its last signed head): the newest head in the database is signed by this server's key and matches the tree
 * edge stored with it; the log still holds the newest head kept outside the database (the head file), so it was not
 * cut short or rewritten with its heads; and every entry after the newest head is whole and chained. A log that
 * fails is refused: the server would otherwise sign a head over what someone changed.
 */
final class LogStart {
    private static final Logger log = LoggerFactory.getLogger(LogStart.class);

    /** The checked end of the log: its tree, the last entry's leaf, and the newest head. */
    record End(MerkleFrontier tree, byte[] lastLeaf, long signedSize, Instant signedAt) {}

    private LogStart() {}

    /**
     * Checks the log's end. Heads are trusted when signed by this server's key, or when they are the newest head of
     * the head file (one signed by a key since replaced); a key someone added to the database earns no trust here.
     */
    static End check(AuditStore store, HeadFile file, HeadSigner own, EntryMac mac) {
        Optional<AuditStore.StoredHead> newest = store.newestHead();
        Optional<TreeHead> kept = file.latest();
        newest.ifPresent(n -> checkNewest(n, own, kept, file));
        long signed = newest.map(n -> n.head().size()).orElse(0L);
        checkAgainstFile(store, file, own, kept, newest.map(AuditStore.StoredHead::head));
        MerkleFrontier tree = newest.map(n -> n.tree().copy()).orElseGet(MerkleFrontier::new);
        byte[] anchor = signed == 0
                ? Leaf.NONE
                : store.leafOf(signed)
                        .orElseThrow(() -> refused(
                                "entry " + signed
                                        + ", the last one the newest signed head covers, is missing from the log",
                                file));
        byte[][] last = {anchor};
        long[] expected = {signed + 1};
        Optional<Verifier.Problem>[] problem = new Optional[] {Optional.empty()};
        // entries after the newest head are adopted only if this server wrote them: SQL alone cannot make the MAC
        Map<Long, byte[]> macs = store.macsAfter(signed);
        store.forEachAfter(signed, e -> {
            problem[0] = Verifier.check(e, expected[0], last[0]);
            if (problem[0].isEmpty() && !mac.validEntry(e.leaf(), macs.get(e.seq()))) {
                problem[0] = Optional.of(new Verifier.Problem(
                        e.seq(),
                        "entry " + e.seq() + ", after the newest signed head, carries no valid MAC: it was not written"
                                + " by this server's audit log (or was written with another signing key)"));
            }
            if (problem[0].isPresent()) {
                return false;
            }
            tree.append(e.leaf());
            last[0] = e.leaf();
            expected[0]++;
            return true;
        });
        if (problem[0].isPresent()) {
            throw refused(problem[0].get().reason(), file);
        }
        return new End(
                tree, last[0], signed, newest.map(n -> n.head().signedAt()).orElse(Instant.EPOCH));
    }

    private static boolean signedByUs(TreeHead h, HeadSigner own) {
        return h.keyId().equals(own.keyId()) && HeadSigner.verify(h, own.publicKey());
    }

    private static boolean same(TreeHead a, TreeHead b) {
        return a.size() == b.size() && Arrays.equals(a.root(), b.root()) && Arrays.equals(a.signature(), b.signature());
    }

    private static void checkNewest(AuditStore.StoredHead n, HeadSigner own, Optional<TreeHead> kept, HeadFile file) {
        TreeHead h = n.head();
        if (!signedByUs(h, own) && !kept.filter(k -> same(k, h)).isPresent()) {
            throw refused(
                    "the newest tree head in the database (" + h.size() + " entries, signed at " + h.signedAt()
                            + ") is not signed by this server's key: it was changed or put there by someone else",
                    file);
        }
        if (!Arrays.equals(n.tree().root(), h.root())) {
            throw refused(
                    "the tree edge stored with the newest head (" + h.size() + " entries) does not give its"
                            + " root: it was changed",
                    file);
        }
    }

    /** The database must hold the newest head of the file; heads it has beyond that are added to the file. */
    private static void checkAgainstFile(
            AuditStore store, HeadFile file, HeadSigner own, Optional<TreeHead> kept, Optional<TreeHead> newest) {
        if (kept.isEmpty()) {
            newest.ifPresent(h -> {
                file.append(h);
                log.info("Audit: the newest signed head ({} entries) written to {}", h.size(), file.path());
            });
            return;
        }
        TreeHead k = kept.get();
        Optional<TreeHead> stored = store.headOf(k.size());
        if (stored.isEmpty() || !Arrays.equals(stored.get().root(), k.root())) {
            String found = newest.map(h -> "its newest head covers " + h.size() + " entries")
                    .orElse("it has no signed head");
            throw refused(
                    "the audit log in the database does not extend the head kept in " + file.path() + " ("
                            + k.size() + " entries, signed at " + k.signedAt() + "): " + found
                            + (stored.isPresent()
                                    ? ", and its head over " + k.size() + " entries has another root"
                                    : "")
                            + ". Entries were removed or rewritten together with their heads",
                    file);
        }
        List<TreeHead> later = store.headsAfter(k.size());
        for (TreeHead h : later) {
            if (!signedByUs(h, own)) {
                throw refused(
                        "the tree head over " + h.size() + " entries in the database is not signed by this server's"
                                + " key",
                        file);
            }
            file.append(h);
        }
    }

    private static AuditLogRefused refused(String why, HeadFile file) {
        return new AuditLogRefused("The audit log cannot be appended to: " + why + ". Run ./interchange audit verify"
                + " to see more. If the database or " + file.path() + " was replaced on purpose, move that file"
                + " aside to start a new record of heads (the log before that point can then no longer be proved).");
    }
}
