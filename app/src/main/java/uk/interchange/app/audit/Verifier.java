package uk.interchange.app.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proves that the log is as it was written, or names the first entry that is not. Each entry is checked against
 * its own hash (a changed or moved entry), against the next entry's link to it (an entry changed and its hash
 * rewritten), for gaps (a removed entry), and every signed tree head against the tree of the entries it covers (a
 * rewrite that reached the end of the chain, or entries cut from the end). A head kept outside the database (the
 * head file, a witness, or one a person saved) is checked the same way, so a log cut short or rewritten together
 * with its heads in the database is caught too; and a consistency proof from the kept head to the newest head in
 * the database is made and checked.
 */
public final class Verifier {
    /** The outcome: how much was checked, the newest signed head, and the first problem if there is one. */
    public record Result(
            long entries,
            int heads,
            Optional<TreeHead> latest,
            Optional<Problem> problem,
            Optional<Consistency> consistency) {
        public boolean intact() {
            return problem.isEmpty();
        }
    }

    /** The proof that the newest head in the database extends the head kept elsewhere. */
    public record Consistency(TreeHead kept, TreeHead newest, int hashes, boolean verified) {}

    /** The first bad entry (or the first of a range) and what is wrong with it. */
    public record Problem(long entry, String reason) {}

    private Verifier() {}

    /**
     * Checks entries (in the order of their numbers, as stored) against the heads (in order of size), trusting the
     * given public keys by key id.
     */
    public static Result verify(Iterator<AuditEntry> entries, List<TreeHead> heads, Map<String, byte[]> keys) {
        Run run = start(heads, keys);
        while (entries.hasNext() && run.offer(entries.next())) {
            // each entry is checked as it is offered
        }
        return run.finish();
    }

    /** Starts a check that is fed entries one at a time (so a reader can stream a log of any length). */
    public static Run start(List<TreeHead> heads, Map<String, byte[]> keys) {
        return new Run(List.copyOf(heads), keys, Optional.empty());
    }

    /** The same, with a head kept outside the database that the log must still extend. */
    public static Run start(List<TreeHead> heads, Map<String, byte[]> keys, Optional<TreeHead> kept) {
        return new Run(heads, keys, kept);
    }

    /** A check under way. */
    public static final class Run {
        private final List<TreeHead> heads;
        private final MerkleFrontier tree = new MerkleFrontier();
        private byte[] previous = Leaf.NONE;
        private long expected = 1;
        private long lastGood;
        private int h;
        private Optional<Problem> decided = Optional.empty();
        // A head that does not match says only that something in its range changed; the next entry's link
        // usually says which, so a head's problem waits until the entries after it have been checked.
        private Optional<Problem> headProblem = Optional.empty();
        private long headRangeEnd = Long.MAX_VALUE;

        private final Optional<TreeHead> kept;
        private final Optional<TreeHead> newest;
        private final Optional<ConsistencyProof.Maker> proof;

        private Run(List<TreeHead> stored, Map<String, byte[]> keys, Optional<TreeHead> kept) {
            // a copy of its own, so that it is told apart from the same head in the database by identity
            this.kept = kept.map(k -> new TreeHead(k.size(), k.root(), k.signedAt(), k.keyId(), k.signature()));
            this.newest = stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
            List<TreeHead> all = new ArrayList<>(stored);
            this.kept.ifPresent(all::add);
            all.sort(Comparator.comparingLong(TreeHead::size));
            this.heads = List.copyOf(all);
            this.proof = this.kept
                    .filter(k -> newest.isPresent() && k.size() <= newest.get().size())
                    .map(k -> new ConsistencyProof.Maker(k.size(), newest.get().size()));
            for (TreeHead head : heads) {
                byte[] key = keys.get(head.keyId());
                if (key == null) {
                    decided = bad(
                            head.size(),
                            name(head) + " is signed by key " + head.keyId() + ", which is not a trusted key");
                    return;
                }
                if (!HeadSigner.verify(head, key)) {
                    decided = bad(
                            head.size(), "the signature on " + name(head) + " does not verify: the head was changed");
                    return;
                }
            }
        }

        private String name(TreeHead head) {
            return (isKept(head) ? "the head kept outside the database, for " : "the tree head for ") + head.size()
                    + " entries";
        }

        private boolean isKept(TreeHead head) {
            return kept.isPresent() && kept.get() == head;
        }

        /** Checks the next entry; false once the answer is known and more entries would not change it. */
        public boolean offer(AuditEntry e) {
            if (decided.isPresent()) {
                return false;
            }
            Optional<Problem> entryProblem = check(e, expected, previous);
            if (entryProblem.isPresent()) {
                boolean sharper = entryProblem.get().entry() <= headRangeEnd;
                decided = sharper ? entryProblem : headProblem;
                return false;
            }
            tree.append(e.leaf());
            proof.ifPresent(p -> p.add(e.leaf()));
            previous = e.leaf();
            expected++;
            while (h < heads.size() && heads.get(h).size() == tree.size()) {
                TreeHead head = heads.get(h);
                if (headProblem.isEmpty() && !Arrays.equals(head.root(), tree.root())) {
                    headProblem = bad(
                            lastGood + 1,
                            "entries " + (lastGood + 1) + " to " + head.size() + " do not match "
                                    + (isKept(head) ? "the head kept outside the database, " : "the tree head ")
                                    + "signed at " + head.signedAt()
                                    + ": one of them was changed and the hashes after it rewritten");
                    headRangeEnd = head.size();
                }
                if (headProblem.isEmpty()) {
                    lastGood = head.size();
                }
                h++;
            }
            // past the end of a bad head's range and the next entry's link, nothing sharper can come
            if (headProblem.isPresent() && tree.size() > headRangeEnd) {
                decided = headProblem;
                return false;
            }
            return true;
        }

        public Result finish() {
            Optional<Problem> problem = decided.or(() -> headProblem);
            if (problem.isEmpty() && h < heads.size()) {
                TreeHead last = heads.get(heads.size() - 1);
                problem = bad(
                        tree.size() + 1,
                        "the log ends at entry " + tree.size() + " but "
                                + (isKept(last) ? "the head kept outside the database" : "a tree head")
                                + " signed at " + last.signedAt() + " covers " + last.size() + " entries: entries "
                                + (tree.size() + 1) + " to " + last.size() + " were removed");
            }
            int stored =
                    (int) heads.subList(0, h).stream().filter(x -> !isKept(x)).count();
            Optional<TreeHead> latest =
                    heads.subList(0, h).stream().filter(x -> !isKept(x)).reduce((a, b) -> b);
            Optional<Consistency> consistency = Optional.empty();
            if (problem.isEmpty() && proof.isPresent()) {
                List<byte[]> hashes = proof.get().proof();
                TreeHead k = kept.get();
                TreeHead n = newest.get();
                boolean ok = ConsistencyProof.verify(k.size(), k.root(), n.size(), n.root(), hashes);
                consistency = Optional.of(new Consistency(k, n, hashes.size(), ok));
                if (!ok) {
                    problem = bad(k.size(), "the newest tree head does not extend the head kept outside the database");
                }
            }
            return new Result(tree.size(), stored, latest, problem, consistency);
        }
    }

    /** The entry's own checks: its number, its hash, and its link to the entry before. */
    static Optional<Problem> check(AuditEntry e, long expected, byte[] previous) {
        if (e.seq() != expected) {
            return e.seq() > expected
                    ? bad(
                            expected,
                            "entry " + expected + " is missing: the log goes from entry " + (expected - 1) + " to "
                                    + e.seq())
                    : bad(e.seq(), "entry " + e.seq() + " is out of place: entry " + expected + " was expected");
        }
        if (!Arrays.equals(Leaf.hash(e.seq(), e.at(), e.record(), e.previous()), e.leaf())) {
            return bad(
                    e.seq(),
                    "entry " + e.seq() + " was changed or moved: what it holds does not match its recorded hash");
        }
        if (!Arrays.equals(e.previous(), previous)) {
            long before = e.seq() - 1;
            return bad(
                    before,
                    "entry " + before + " was changed and its hash rewritten: entry " + e.seq()
                            + " was chained to another hash");
        }
        return Optional.empty();
    }

    private static Optional<Problem> bad(long entry, String reason) {
        return Optional.of(new Problem(entry, reason));
    }
}
