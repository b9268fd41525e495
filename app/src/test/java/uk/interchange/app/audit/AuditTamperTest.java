package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.interchange.app.cli.ExitCodes;
import uk.interchange.app.cli.Main;
import uk.interchange.app.server.ServerTest;

/**
 * The audit log in the database: written by many callers at once, refused changes through SQL, and every change
 * made around the refusal (rows edited, deleted, reordered, cut from the end) found by the verifier. Each tamper
 * is undone afterwards, so the shared server's log stays whole for the tests after.
 */
class AuditTamperTest extends ServerTest {
    @Autowired
    AuditLog log;

    @Autowired
    AuditStore store;

    @Autowired
    JdbcTemplate jdbc;

    static AuditRecord lookup(int i) {
        return new AuditRecord(
                "analyst-" + (i % 4),
                "Thames Valley Police",
                AuditAction.LOOKUP,
                "person",
                "P-" + i,
                "Operation Kestrel: screening bidders for the waste contract",
                Optional.of("OP-KESTREL"),
                Optional.empty());
    }

    @BeforeEach
    void aLogOfSomeLength() throws Exception {
        auditWritten();
        if (log.size() < 40) {
            write40();
        }
        // heads are signed at most once a second, and as soon as the writer is idle: wait for one over everything
        for (int i = 0; i < 100 && lastHead() < log.size(); i++) {
            Thread.sleep(50);
        }
        assertThat(lastHead()).isEqualTo(log.size());
    }

    private long lastHead() {
        return jdbc.queryForObject("select coalesce(max(size), 0) from audit.tree_head", Long.class);
    }

    private void write40() throws Exception {
        // forty callers at once, each committing its own entry; the writer chains them in a few groups
        long before = log.size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> written = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            written.add(pool.submit(() -> log.append(lookup(n))));
        }
        for (Future<?> f : written) {
            f.get();
        }
        pool.shutdown();
        auditWritten();
        assertThat(log.size()).isGreaterThanOrEqualTo(before + 40);
    }

    private Verifier.Result verify() {
        return store.verify(store.keys());
    }

    /** Changes the tables around their triggers, checks what the verifier says, and puts everything back. */
    private void tamper(String change, String undo, Consumer<Verifier.Result> expect) {
        jdbc.execute("alter table audit.entry disable trigger user");
        jdbc.execute("alter table audit.tree_head disable trigger user");
        try {
            jdbc.execute(change);
            expect.accept(verify());
        } finally {
            jdbc.execute(undo);
            jdbc.execute("alter table audit.entry enable trigger user");
            jdbc.execute("alter table audit.tree_head enable trigger user");
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theLogAsWrittenIsIntactAndEveryEntryIsCovered() {
        Verifier.Result r = verify();
        assertThat(r.intact()).isTrue();
        assertThat(r.entries()).isEqualTo(log.size());
        assertThat(r.latest()).hasValueSatisfying(h -> assertThat(h.size()).isEqualTo(log.size()));
    }

    @Test
    void ordinarySqlCannotChangeOrRemoveAnEntry() {
        assertThatThrownBy(() -> jdbc.update("update audit.entry set reason = 'none' where seq = 3"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit.entry where seq = 3"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit.tree_head")).hasMessageContaining("append-only");
    }

    @Test
    void aChangedEntryIsNamed() {
        String reason = jdbc.queryForObject("select reason from audit.entry where seq = 7", String.class);
        tamper(
                "update audit.entry set reason = 'routine' where seq = 7",
                "update audit.entry set reason = '" + reason.replace("'", "''") + "' where seq = 7",
                r -> assertThat(r.problem()).hasValueSatisfying(p -> {
                    assertThat(p.entry()).isEqualTo(7);
                    assertThat(p.reason()).contains("entry 7 was changed");
                }));
    }

    @Test
    void aDeletedEntryIsNamed() {
        jdbc.execute("create temporary table kept as select * from audit.entry where seq = 12");
        tamper("delete from audit.entry where seq = 12", "insert into audit.entry select * from kept", r -> assertThat(
                        r.problem())
                .hasValueSatisfying(p -> {
                    assertThat(p.entry()).isEqualTo(12);
                    assertThat(p.reason()).contains("entry 12 is missing");
                }));
        jdbc.execute("drop table kept");
    }

    @Test
    void twoEntriesReorderedAreNamed() {
        String swap = "update audit.entry set seq = case seq when 5 then 9 when 9 then 5 end where seq in (5, 9)";
        tamper(
                "alter table audit.entry drop constraint entry_pkey; " + swap,
                swap + "; alter table audit.entry add primary key (seq)",
                r -> assertThat(r.problem())
                        .hasValueSatisfying(p -> assertThat(p.entry()).isEqualTo(5)));
    }

    @Test
    void entriesCutFromTheEndAreFound() {
        long last = log.size();
        jdbc.execute("create temporary table tail as select * from audit.entry where seq > " + (last - 3));
        tamper(
                "delete from audit.entry where seq > " + (last - 3),
                "insert into audit.entry select * from tail",
                r -> assertThat(r.problem()).hasValueSatisfying(p -> {
                    assertThat(p.entry()).isEqualTo(last - 2);
                    assertThat(p.reason()).contains("were removed");
                }));
        jdbc.execute("drop table tail");
    }

    @Test
    @Tag("embedded")
    void theCommandLineSaysIntactOrNamesTheFirstBadEntry() {
        // the command finds the embedded database through the running server; on a configured server it would
        // need SPRING_DATASOURCE_URL in its environment, which a test cannot set
        assumeTrue(System.getenv("INTERCHANGE_TEST_DB_URL") == null, "the command needs the embedded database");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(out, true), new PrintWriter(err, true), "audit", "verify", "--data", dataDir());
        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("Intact")
                .containsPattern("\\d entries and \\d+ signed tree heads? checked");
        String actor = jdbc.queryForObject("select actor from audit.entry where seq = 2", String.class);
        tamper(
                "update audit.entry set actor = 'someone-else' where seq = 2",
                "update audit.entry set actor = '" + actor + "' where seq = 2",
                r -> {
                    StringWriter o = new StringWriter();
                    int c = Main.run(
                            new PrintWriter(o, true),
                            new PrintWriter(new StringWriter(), true),
                            "audit",
                            "verify",
                            "--data",
                            dataDir());
                    assertThat(c).isEqualTo(ExitCodes.TAMPERED);
                    assertThat(o.toString())
                            .contains("NOT INTACT: entry 2 was changed")
                            .contains("First bad entry: 2");
                });
    }
}
