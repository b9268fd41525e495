package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.cli.ExitCodes;
import uk.interchange.app.cli.Main;
import uk.interchange.app.server.ServerTest;

/**
 * The heads kept outside the database against someone who holds the database: a log cut short, or rewritten with
 * its chain recomputed, together with its heads in the database, passes a check against the database's own heads,
 * but not against the head file, the server refuses to append to it, and `audit verify` says so. Each change is
 * undone afterwards, so the shared server's log stays whole for the tests after.
 */
class AuditHeadsTest extends ServerTest {
    @Autowired
    AuditLog log;

    @Autowired
    AuditStore store;

    @Autowired
    HeadFile heads;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HeadSigner signer;

    @BeforeEach
    void aLogOfSomeLengthUnderAHead() throws Exception {
        auditWritten();
        if (log.size() < 40) {
            for (int i = 0; i < 40; i++) {
                log.append(AuditTamperTest.lookup(i));
            }
            auditWritten();
        }
        // heads are signed at most once a second, and as soon as the writer is idle: wait for one over everything
        for (int i = 0; i < 100 && newest() < log.size(); i++) {
            Thread.sleep(50);
        }
        assertThat(newest()).isEqualTo(log.size());
    }

    private long newest() {
        return store.newestHead().map(h -> h.head().size()).orElse(0L);
    }

    private Map<String, byte[]> keys() {
        return store.keys();
    }

    @Test
    void everySignedHeadIsAlsoWrittenToTheFileBesideTheKey() {
        TreeHead inDatabase = store.newestHead().orElseThrow().head();
        TreeHead inFile = heads.latest().orElseThrow();
        assertThat(inFile.size()).isEqualTo(inDatabase.size());
        assertThat(inFile.root()).isEqualTo(inDatabase.root());
        assertThat(heads.path())
                .isEqualTo(Path.of(dataDir(), "audit", "signing-key.heads").toAbsolutePath());
        assertThat(LogStart.check(store, heads, signer, EntryMac.of(signer))
                        .tree()
                        .size())
                .isEqualTo(log.size());
    }

    /** Saves what the change touches, makes it around the triggers, runs the checks, and puts everything back. */
    private void tampered(long after, Runnable change, Runnable checks) {
        jdbc.execute("create temporary table saved_entry as select * from audit.entry where seq > " + after);
        jdbc.execute("create temporary table saved_head as select * from audit.tree_head where size > " + after);
        jdbc.execute("alter table audit.entry disable trigger user");
        jdbc.execute("alter table audit.tree_head disable trigger user");
        try {
            change.run();
            checks.run();
        } finally {
            jdbc.execute("delete from audit.entry where seq > " + after);
            jdbc.execute("delete from audit.tree_head where size > " + after);
            jdbc.execute("insert into audit.entry select * from saved_entry");
            jdbc.execute("insert into audit.tree_head select * from saved_head");
            jdbc.execute("alter table audit.entry enable trigger user");
            jdbc.execute("alter table audit.tree_head enable trigger user");
            jdbc.execute("drop table saved_entry");
            jdbc.execute("drop table saved_head");
        }
        assertThat(store.verify(keys(), heads.latest()).intact()).isTrue();
    }

    @Test
    void aLogCutShortWithItsHeadsIsCaughtByTheKeptHeadAndNotAppendedTo() {
        long cut = log.size() - 10;
        tampered(
                cut,
                () -> {
                    jdbc.execute("delete from audit.entry where seq > " + cut);
                    jdbc.execute("delete from audit.tree_head where size > " + cut);
                },
                () -> {
                    // the database alone cannot tell: every head it still has matches
                    assertThat(store.verify(keys()).intact()).isTrue();
                    assertThat(store.verify(keys(), heads.latest()).problem())
                            .hasValueSatisfying(p -> assertThat(p.reason())
                                    .contains("the head kept outside the database")
                                    .contains("were removed"));
                    assertThatThrownBy(() -> LogStart.check(store, heads, signer, EntryMac.of(signer)))
                            .isInstanceOf(AuditLogRefused.class)
                            .hasMessageContaining("does not extend the head kept in " + heads.path());
                    expectCommandLine(ExitCodes.TAMPERED, "NOT INTACT");
                });
    }

    @Test
    void aRewriteWithItsChainRecomputedAndLaterHeadsDeletedIsCaughtAndNotAppendedTo() {
        long from = log.size() - 10;
        tampered(
                from,
                () -> {
                    List<AuditEntry> tail = new ArrayList<>();
                    store.forEachAfter(from, tail::add);
                    byte[] previous = store.leafOf(from).orElseThrow();
                    for (AuditEntry e : tail) {
                        AuditRecord r = e.seq() == from + 1
                                ? new AuditRecord(
                                        e.record().actor(),
                                        e.record().organisation(),
                                        e.record().action(),
                                        e.record().recordKind(),
                                        "P-nobody",
                                        "routine",
                                        Optional.empty(),
                                        Optional.empty())
                                : e.record();
                        AuditEntry w = AuditEntry.write(e.seq(), e.at(), r, previous);
                        jdbc.update(
                                "update audit.entry set record_id = ?, reason = ?, case_ref = ?, previous = ?, leaf = ?"
                                        + " where seq = ?",
                                r.recordId(),
                                r.reason(),
                                r.caseReference().orElse(null),
                                w.previous(),
                                w.leaf(),
                                e.seq());
                        previous = w.leaf();
                    }
                    jdbc.execute("delete from audit.tree_head where size > " + from);
                },
                () -> {
                    assertThat(store.verify(keys()).intact()).isTrue();
                    assertThat(store.verify(keys(), heads.latest()).problem())
                            .hasValueSatisfying(p ->
                                    assertThat(p.reason()).contains("do not match the head kept outside the database"));
                    assertThatThrownBy(() -> LogStart.check(store, heads, signer, EntryMac.of(signer)))
                            .isInstanceOf(AuditLogRefused.class);
                    expectCommandLine(ExitCodes.TAMPERED, "NOT INTACT");
                });
    }

    @Test
    void aHeadSignedWithAKeySomeoneAddedToTheDatabaseEarnsNoTrust() {
        long n = log.size();
        HeadSigner someone = HeadSigner.generate();
        AuditStore.StoredHead real = store.newestHead().orElseThrow();
        TreeHead theirs =
                someone.sign(n, real.head().root(), real.head().signedAt().plusSeconds(1));
        tampered(
                n - 1,
                () -> {
                    jdbc.execute("delete from audit.tree_head where size >= " + n);
                    store.trust(someone.keyId(), someone.publicKey());
                    store.insert(theirs, real.tree());
                },
                () -> assertThatThrownBy(() -> LogStart.check(store, heads, signer, EntryMac.of(signer)))
                        .isInstanceOf(AuditLogRefused.class)
                        .hasMessageContaining("not signed by this server's key"));
        jdbc.update("delete from audit.signing_key where key_id = ?", someone.keyId());
    }

    @Test
    void anEntryChangedAfterTheNewestHeadStopsTheLogBeforeItIsSignedOver() {
        long n = log.size();
        AuditEntry forged = AuditEntry.write(
                n + 1,
                java.time.Instant.now(),
                AuditTamperTest.lookup(1),
                store.leafOf(n).orElseThrow());
        tampered(
                n,
                () -> {
                    store.insert(List.of(forged), EntryMac.of(signer));
                    jdbc.update("update audit.entry set reason = 'routine' where seq = ?", n + 1);
                },
                () -> assertThatThrownBy(() -> LogStart.check(store, heads, signer, EntryMac.of(signer)))
                        .isInstanceOf(AuditLogRefused.class)
                        .hasMessageContaining("entry " + (n + 1) + " was changed"));
    }

    @Test
    void aRowPutIntoPendingWithSqlIsMovedAsideNotChained() throws Exception {
        String why = "framing " + java.util.UUID.randomUUID();
        jdbc.update(
                "insert into audit.pending (at, actor, organisation, action, record_kind, record_id, reason, mac)"
                        + " values (now(), 'tvp-intel', 'tvp', 'export', 'entity', 'tvp/x', ?, ?)",
                why,
                new byte[32]);
        jdbc.update(
                "insert into audit.pending (at, actor, organisation, action, record_kind, record_id, reason)"
                        + " values (now(), 'tvp-intel', 'tvp', 'export', 'entity', 'tvp/y', ?)",
                why);
        log.append(AuditTamperTest.lookup(7)); // the server's own entry beside them is chained as usual
        auditWritten();
        assertThat(jdbc.queryForObject("select count(*) from audit.entry where reason = ?", Long.class, why))
                .isZero();
        assertThat(jdbc.queryForList("select why from audit.refused where reason = ?", String.class, why))
                .hasSize(2)
                .allSatisfy(w -> assertThat(w).contains("no valid MAC"));
        assertThat(jdbc.queryForObject("select count(*) from audit.pending", Long.class))
                .isZero();
        assertThat(store.verify(keys(), heads.latest()).intact()).isTrue();
    }

    @Test
    void anEntryAddedWithSqlAfterTheNewestHeadIsNotAdopted() {
        long n = log.size();
        AuditEntry added = AuditEntry.write(
                n + 1,
                java.time.Instant.now(),
                AuditTamperTest.lookup(3),
                store.leafOf(n).orElseThrow());
        // well chained, but with a MAC made with another key (SQL alone cannot make this server's)
        tampered(n, () -> store.insert(List.of(added), EntryMac.of(HeadSigner.generate())), () -> assertThatThrownBy(
                        () -> LogStart.check(store, heads, signer, EntryMac.of(signer)))
                .isInstanceOf(AuditLogRefused.class)
                .hasMessageContaining("entry " + (n + 1) + ", after the newest signed head, carries no valid MAC"));
    }

    @Test
    void aServerWhoseLogIsCutWhileItRunsStopsChainingSaysSoAndLosesNothing() throws Exception {
        long cut = log.size() - 5;
        String why = "while the log was cut " + java.util.UUID.randomUUID();
        tampered(
                cut,
                () -> {
                    jdbc.execute("delete from audit.entry where seq > " + cut);
                    jdbc.execute("delete from audit.tree_head where size > " + cut);
                },
                () -> {
                    log.append(new AuditRecord(
                            "tvp-analyst",
                            "tvp",
                            AuditAction.LOOKUP,
                            "search",
                            "Kestley",
                            why,
                            java.util.Optional.empty(),
                            java.util.Optional.empty()));
                    try {
                        assertThat(log.awaitChained(java.time.Duration.ofSeconds(3)))
                                .isFalse();
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                    assertThat(log.problem())
                            .hasValueSatisfying(p -> assertThat(p).contains("does not extend"));
                    assertThat(jdbc.queryForObject(
                                    "select count(*) from audit.pending where reason = ?", Long.class, why))
                            .as("the entry waits, committed")
                            .isEqualTo(1);
                });
        auditWritten(); // the log put back: the writer goes on, and the entry that waited is chained
        assertThat(log.problem()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit.entry where reason = ?", Long.class, why))
                .isEqualTo(1);
    }

    @Test
    @Tag("embedded")
    void theCommandLineProvesTheLogExtendsAHeadAPersonKept() throws Exception {
        assumeTrue(System.getenv("INTERCHANGE_TEST_DB_URL") == null, "the command needs the embedded database");
        Path kept = Files.createTempDirectory("kept-").resolve("my-head");
        String out = run("audit", "verify", "--data", dataDir(), "--keep-head", kept.toString());
        assertThat(out).contains("Intact").contains("The newest signed head was added to " + kept);
        assertThat(HeadFile.at(kept).latest()).isPresent();
        for (int i = 0; i < 3; i++) {
            log.append(AuditTamperTest.lookup(100 + i));
        }
        auditWritten();
        String again = run("audit", "verify", "--data", dataDir(), "--head", kept.toString());
        assertThat(again)
                .contains("Head kept outside the database: ")
                .containsPattern("Consistency proof from the kept head \\([0-9,]+ entries\\) to the newest")
                .contains("Intact");
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true),
                "audit",
                "verify",
                "--data",
                dataDir(),
                "--head",
                kept.resolveSibling("missing").toString());
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("cannot read the tree head file");
        // with the key elsewhere and no head file beside it, "intact" would prove nothing: it says so
        StringWriter unproved = new StringWriter();
        int c = Main.run(
                new PrintWriter(unproved, true),
                new PrintWriter(new StringWriter(), true),
                "audit",
                "verify",
                "--data",
                dataDir(),
                "--key-file",
                kept.resolveSibling("elsewhere").resolve("signing-key").toString());
        assertThat(c).as(unproved.toString()).isEqualTo(ExitCodes.UNPROVED);
        assertThat(unproved.toString()).contains("NOT PROVED").doesNotContain("Intact:");
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(err.toString()).isEmpty();
        assertThat(code).as(out.toString()).isEqualTo(ExitCodes.OK);
        return out.toString();
    }

    private void expectCommandLine(int code, String says) {
        if (System.getenv("INTERCHANGE_TEST_DB_URL") != null) {
            return; // the command finds the embedded database through the running server only
        }
        StringWriter out = new StringWriter();
        int c = Main.run(
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                "audit",
                "verify",
                "--data",
                dataDir());
        assertThat(c).as(out.toString()).isEqualTo(code);
        assertThat(out.toString()).contains(says);
    }
}
