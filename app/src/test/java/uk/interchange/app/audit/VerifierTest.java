package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class VerifierTest {
    static final HeadSigner SIGNER = HeadSigner.generate();
    static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    static AuditRecord record(int i) {
        return new AuditRecord(
                "analyst" + (i % 3),
                i % 2 == 0 ? "Thames Valley Police" : "Reading Borough Council",
                AuditAction.values()[i % AuditAction.values().length],
                "person",
                "P-" + i,
                "Operation Kestrel: checking a bidder's director",
                Optional.of("OP-KESTREL"),
                Optional.of("Reading Borough Council"));
    }

    /** A log of n entries with a signed head after every {@code every} entries and at the end. */
    record Log(List<AuditEntry> entries, List<TreeHead> heads) {
        Verifier.Result verify() {
            return Verifier.verify(entries.iterator(), heads, Map.of(SIGNER.keyId(), SIGNER.publicKey()));
        }
    }

    static Log log(int n, int every) {
        List<AuditEntry> entries = new ArrayList<>();
        List<TreeHead> heads = new ArrayList<>();
        MerkleFrontier tree = new MerkleFrontier();
        byte[] previous = Leaf.NONE;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = AuditEntry.write(i, T0.plusSeconds(i), record(i), previous);
            entries.add(e);
            tree.append(e.leaf());
            previous = e.leaf();
            if (i % every == 0 || i == n) {
                heads.add(SIGNER.sign(i, tree.root(), T0.plusSeconds(i)));
            }
        }
        return new Log(entries, heads);
    }

    static AuditRecord changed(AuditRecord r) {
        return new AuditRecord(
                r.actor(),
                r.organisation(),
                r.action(),
                r.recordKind(),
                r.recordId(),
                "nothing to see here",
                r.caseReference(),
                r.disclosedTo());
    }

    @Test
    void anUntouchedLogIsIntact() {
        Verifier.Result r = log(100, 7).verify();
        assertThat(r.intact()).isTrue();
        assertThat(r.entries()).isEqualTo(100);
        assertThat(r.latest()).hasValueSatisfying(h -> assertThat(h.size()).isEqualTo(100));
    }

    @Property(tries = 40)
    void aChangedEntryIsNamedWhetherOrNotItsHashWasRewritten(
            @ForAll @IntRange(min = 1, max = 60) int k, @ForAll boolean rewriteHash) {
        Log log = log(60, 5);
        AuditEntry e = log.entries().get(k - 1);
        AuditRecord forged = changed(e.record());
        byte[] leaf = rewriteHash ? Leaf.hash(e.seq(), e.at(), forged, e.previous()) : e.leaf();
        log.entries().set(k - 1, new AuditEntry(e.seq(), e.at(), forged, e.previous(), leaf));
        Verifier.Result r = log.verify();
        if (rewriteHash && k == 60) {
            // the newest entry has no successor to vouch for it: its signed head names the range it is in
            assertThat(r.problem()).hasValueSatisfying(p -> {
                assertThat(p.entry()).isLessThanOrEqualTo(k);
                assertThat(p.reason()).contains(" to 60 do not match the tree head");
            });
        } else {
            assertThat(r.problem())
                    .hasValueSatisfying(p -> assertThat(p.entry()).isEqualTo(k));
        }
    }

    @Property(tries = 30)
    void aRemovedEntryIsNamed(@ForAll @IntRange(min = 1, max = 59) int k) {
        Log log = log(60, 5);
        log.entries().remove(k - 1);
        assertThat(log.verify().problem()).hasValueSatisfying(p -> {
            assertThat(p.entry()).isEqualTo(k);
            assertThat(p.reason()).contains("entry " + k + " is missing");
        });
    }

    @Test
    void twoEntriesSwappedAreCaughtAtTheFirst() {
        Log log = log(30, 5);
        AuditEntry a = log.entries().get(9);
        AuditEntry b = log.entries().get(19);
        // the rows keep their numbers but trade what they hold, as an UPDATE of the other columns would
        log.entries().set(9, new AuditEntry(10, b.at(), b.record(), b.previous(), b.leaf()));
        log.entries().set(19, new AuditEntry(20, a.at(), a.record(), a.previous(), a.leaf()));
        assertThat(log.verify().problem())
                .hasValueSatisfying(p -> assertThat(p.entry()).isEqualTo(10));
    }

    @Test
    void entriesCutFromTheEndAreCaughtByTheLastHead() {
        Log log = log(30, 7);
        log.entries().subList(25, 30).clear();
        assertThat(log.verify().problem()).hasValueSatisfying(p -> {
            assertThat(p.entry()).isEqualTo(26);
            assertThat(p.reason()).contains("entries 26 to 30 were removed");
        });
    }

    @Test
    void aRewriteCarriedToTheEndOfTheChainIsCaughtByTheSignedHeads() {
        Log log = log(40, 10);
        byte[] previous = log.entries().get(22).leaf();
        for (int i = 23; i < 40; i++) {
            AuditEntry e = log.entries().get(i);
            AuditRecord r = i == 23 ? changed(e.record()) : e.record();
            AuditEntry rewritten = AuditEntry.write(e.seq(), e.at(), r, previous);
            log.entries().set(i, rewritten);
            previous = rewritten.leaf();
        }
        // entry 24 is the first changed; the last head that still holds covers 20 entries
        assertThat(log.verify().problem()).hasValueSatisfying(p -> {
            assertThat(p.entry()).isEqualTo(21);
            assertThat(p.reason()).contains("entries 21 to 30");
        });
    }

    @Test
    void aHeadSignedByAnotherKeyOrAlteredIsRefused() {
        Log log = log(10, 5);
        TreeHead h = log.heads().get(0);
        HeadSigner other = HeadSigner.generate();
        log.heads().set(0, other.sign(h.size(), h.root(), h.signedAt()));
        assertThat(log.verify().problem())
                .hasValueSatisfying(p -> assertThat(p.reason()).contains("not a trusted key"));
        log.heads().set(0, new TreeHead(h.size(), h.root(), h.signedAt().plusSeconds(1), h.keyId(), h.signature()));
        assertThat(log.verify().problem())
                .hasValueSatisfying(p -> assertThat(p.reason()).contains("does not verify"));
    }

    Verifier.Result verifyKeeping(Log log, TreeHead kept) {
        Verifier.Run run = Verifier.start(log.heads(), Map.of(SIGNER.keyId(), SIGNER.publicKey()), Optional.of(kept));
        for (AuditEntry e : log.entries()) {
            if (!run.offer(e)) {
                break;
            }
        }
        return run.finish();
    }

    @Test
    void aKeptHeadThatTheLogExtendsIsProvedSo() {
        Log log = log(90, 10);
        TreeHead kept = log.heads().get(3); // 40 entries
        Verifier.Result r = verifyKeeping(log, kept);
        assertThat(r.intact()).isTrue();
        assertThat(r.heads()).isEqualTo(9); // the kept head is not counted as one of the database's
        assertThat(r.consistency()).hasValueSatisfying(c -> {
            assertThat(c.kept().size()).isEqualTo(40);
            assertThat(c.newest().size()).isEqualTo(90);
            assertThat(c.verified()).isTrue();
            assertThat(c.hashes()).isPositive();
        });
    }

    @Test
    void aLogCutShortWithItsHeadsIsIntactByItselfButNotAgainstTheKeptHead() {
        Log log = log(90, 10);
        TreeHead kept = log.heads().get(log.heads().size() - 1);
        log.entries().subList(60, 90).clear();
        log.heads().removeIf(h -> h.size() > 60);
        assertThat(log.verify().intact()).isTrue(); // what the database alone says: the old weakness
        assertThat(verifyKeeping(log, kept).problem()).hasValueSatisfying(p -> {
            assertThat(p.entry()).isEqualTo(61);
            assertThat(p.reason())
                    .contains("the head kept outside the database")
                    .contains("61 to 90 were removed");
        });
    }

    @Test
    void aRewriteWithItsChainRecomputedAndTheLaterHeadsDeletedIsCaughtByTheKeptHead() {
        Log log = log(90, 10);
        TreeHead kept = log.heads().get(log.heads().size() - 1);
        byte[] previous = log.entries().get(59).leaf();
        for (int i = 60; i < 90; i++) {
            AuditEntry e = log.entries().get(i);
            AuditRecord r = i == 60 ? changed(e.record()) : e.record();
            AuditEntry rewritten = AuditEntry.write(e.seq(), e.at(), r, previous);
            log.entries().set(i, rewritten);
            previous = rewritten.leaf();
        }
        log.heads().removeIf(h -> h.size() > 60);
        assertThat(log.verify().intact()).isTrue();
        assertThat(verifyKeeping(log, kept).problem()).hasValueSatisfying(p -> {
            assertThat(p.entry()).isEqualTo(61);
            assertThat(p.reason()).contains("do not match the head kept outside the database");
        });
    }

    @Test
    void aKeptHeadSignedByAnotherKeyIsRefused() {
        Log log = log(20, 10);
        TreeHead h = log.heads().get(1);
        TreeHead forged = HeadSigner.generate().sign(h.size(), h.root(), h.signedAt());
        assertThat(verifyKeeping(log, forged).problem()).hasValueSatisfying(p -> assertThat(p.reason())
                .contains("the head kept outside the database")
                .contains("not a trusted key"));
    }
}
