package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.interchange.app.partnership.response.CrimeImports;
import uk.interchange.app.partnership.response.HotspotStore;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.server.ServerTest;
import uk.interchange.app.server.SignedInSession;
import uk.interchange.partnership.model.Grading.Handling;
import uk.interchange.partnership.sharing.Sharing;
import uk.interchange.partnership.sharing.Viewer;

/**
 * Hotspots made while an import holds the counts' lock do not each hold a pooled connection waiting for it (more of
 * them than the pool has connections, and other requests are still answered), and are counted once it is free.
 */
class HotspotsDuringImportTest extends ServerTest {
    /** CrimeLocks' key of the counts, which an import holds while it adds its crimes to every hotspot. */
    private static final int COUNTS = 280_001;

    @Autowired
    HotspotStore hotspots;

    @Autowired
    CrimeImports imports;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private long[] counted(UUID hotspot) {
        long[] sides = new long[2];
        jdbc.query(
                "select side, sum(crimes) from partnership.hotspot_month where hotspot_id = ? group by side",
                rs -> {
                    sides[rs.getString(1).equals("hotspot") ? 0 : 1] = rs.getLong(2);
                },
                hotspot);
        return sides;
    }

    @Test
    void hotspotsMadeWhileAnImportCountsDoNotDrainThePoolAndAreCountedAfterIt() throws Exception {
        double shift = 3.3;
        Viewer council = accounts.viewerOf(() -> "reading-coordinator");
        imports.importFile(
                council,
                "pool.csv",
                Optional.empty(),
                new ByteArrayInputStream(HotspotPagesTest.crimes(shift).getBytes(StandardCharsets.UTF_8)));
        SignedInSession browser = SignedInSession.as(port, "reading-coordinator", PLANNER_PASSWORD);

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread longImport = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.query("select pg_advisory_xact_lock(?, 0)", rs -> {}, COUNTS);
            held.countDown();
            try {
                release.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        longImport.start();
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

        int saves = 12; // more than the pool's 10 connections
        ExecutorService savers = Executors.newFixedThreadPool(saves);
        List<UUID> made = new ArrayList<>();
        String page;
        try {
            List<Future<UUID>> saving = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                String name = "Pool " + i;
                saving.add(savers.submit(() -> hotspots.create(
                        council,
                        name,
                        HotspotPagesTest.area(shift),
                        HotspotPagesTest.comparison(shift),
                        new Sharing("reading", Set.of(), Set.of(), Handling.P))));
            }
            for (Future<UUID> f : saving) {
                made.add(f.get(15, TimeUnit.SECONDS)); // answered while the import still holds the counts
            }
            // and another request is answered meanwhile
            var list = CompletableFuture.supplyAsync(() -> browser.get("/partnership/hotspots"))
                    .get(15, TimeUnit.SECONDS);
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("Pool 11");
            page = browser.get("/partnership/hotspots/reading/" + made.get(0)).body();
        } finally {
            release.countDown();
            longImport.join();
            savers.shutdownNow();
        }
        assertThat(page).contains("its crimes are being counted");

        // once the import ends, each is counted from every crime stored, once
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (UUID id : made) {
            while (counted(id)[0] != 180 && System.nanoTime() < giveUp) {
                Thread.sleep(100);
            }
            assertThat(counted(id)).as("hotspot %s", id).containsExactly(180, 180);
            assertThat(jdbc.queryForObject(
                            "select count(*) from partnership.hotspot_recount where hotspot_id = ?", Long.class, id))
                    .as("no longer due a count")
                    .isZero();
        }
        assertThat(browser.get("/partnership/hotspots/reading/" + made.get(0)).body())
                .doesNotContain("its crimes are being counted");
    }
}
