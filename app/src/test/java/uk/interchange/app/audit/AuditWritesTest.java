package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;

/**
 * How entries are written: with the action's own transaction (an action rolled back leaves none), one caller's
 * text that cannot be kept refused without failing anyone else's, and many saves at once on the pool's ten
 * connections without a wait for a second connection.
 */
class AuditWritesTest extends ServerTest {
    @Autowired
    AuditLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager tm;

    private long entriesWithReason(String reason) {
        auditWritten();
        Long n = jdbc.queryForObject(
                "select (select count(*) from audit.entry where reason = ?)"
                        + " + (select count(*) from audit.pending where reason = ?)",
                Long.class,
                reason,
                reason);
        return n == null ? 0 : n;
    }

    private static AuditRecord created(String reason) {
        return new AuditRecord(
                "tvp-analyst",
                "tvp",
                AuditAction.CREATE,
                "entity",
                "tvp/" + UUID.randomUUID(),
                reason,
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void anEntryCommitsWithItsActionAndAnActionRolledBackLeavesNone() {
        TransactionTemplate tx = new TransactionTemplate(tm);
        String kept = "kept with its action " + UUID.randomUUID();
        tx.executeWithoutResult(s -> log.append(created(kept)));
        assertThat(entriesWithReason(kept)).isEqualTo(1);

        String undone = "rolled back with its action " + UUID.randomUUID();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    for (int i = 0; i < 1_200; i++) { // past a batch sent before the commit
                        log.append(created(undone));
                    }
                    throw new IllegalStateException("the import failed half-way");
                }))
                .hasMessageContaining("half-way");
        assertThat(entriesWithReason(undone)).isZero();
    }

    @Test
    void aNulInOneSearchsReasonFailsThatSearchAloneAndNamesTheField() throws Exception {
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        analyst.get("/partnership/search");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        String reason = "Operation Kestrel " + UUID.randomUUID();
        for (int i = 0; i < 80; i++) {
            String why = i % 10 == 3 ? reason + "\u0000" : reason;
            answers.add(
                    pool.submit(() -> analyst.post("/partnership/search", Map.of("query", "Kestley", "reason", why))));
        }
        Map<Integer, Long> byStatus = new TreeMap<>();
        List<String> refusals = new ArrayList<>();
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get();
            byStatus.merge(r.statusCode(), 1L, Long::sum);
            if (r.statusCode() == 400) {
                refusals.add(r.body());
            }
        }
        pool.shutdown();
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(200, 72L, 400, 8L));
        assertThat(refusals).allSatisfy(b -> assertThat(b).contains("reason"));
        assertThat(entriesWithReason(reason)).isEqualTo(72);
    }

    @Test
    void aCallerWhoseEntryCannotBeKeptIsRefusedAloneWhileOthersWriteAtTheSameMoment() throws Exception {
        // the log itself, below the edge's checks: eight callers at once, in transactions, one with a NUL
        TransactionTemplate tx = new TransactionTemplate(tm);
        String reason = "written beside a bad one " + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String why = i % 8 == 5 ? reason + "\u0000" : reason;
            calls.add(pool.submit(() -> tx.executeWithoutResult(s -> log.append(created(why)))));
        }
        int refused = 0;
        for (Future<?> f : calls) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(uk.interchange.app.web.BadRequest.class);
                assertThat(e.getCause().getMessage()).contains("reason").contains("U+0000");
                refused++;
            }
        }
        pool.shutdown();
        assertThat(refused).isEqualTo(5);
        assertThat(entriesWithReason(reason)).isEqualTo(35);
    }

    @Test
    void fiftyRecordsSavedAtOnceAreAllSavedAndLogged() throws Exception {
        // each save holds one of the pool's ten connections for its transaction; it used to wait there for the
        // audit writer, which needed another: 50 at once gave errors after waits of a minute
        SignedInSession analyst = SignedInSession.as(port, "tvp-analyst", PLANNER_PASSWORD);
        analyst.get("/partnership/records/new?kind=company");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Future<HttpResponse<String>>> saves = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "Concurrent Haulage " + batch + " " + i + " Ltd";
            saves.add(pool.submit(() -> analyst.post(
                    "/partnership/records/new",
                    Map.of("kind", "company", "name", name, "status", "active", "handling", "P"))));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : saves) {
            statuses.add(f.get().statusCode());
        }
        pool.shutdown();
        assertThat(statuses).allSatisfy(s -> assertThat(s).isEqualTo(200));
        Long stored = jdbc.queryForObject(
                "select count(*) from partnership.entity where label like ?",
                Long.class,
                "Concurrent Haulage " + batch + " %");
        assertThat(stored).isEqualTo(50);
        auditWritten();
        Long logged = jdbc.queryForObject(
                "select count(*) from audit.entry e join partnership.entity r on e.record_id = r.owner_id || '/' || r.id"
                        + " where e.action = 'create' and r.label like ?",
                Long.class,
                "Concurrent Haulage " + batch + " %");
        assertThat(logged).isEqualTo(50);
    }
}
