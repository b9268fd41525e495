package uk.interchange.app.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.interchange.app.partnership.response.LocalProfiles;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.server.ServerTest;
import uk.interchange.partnership.response.profiles.Audience;
import uk.interchange.partnership.sharing.Viewer;

/** Profiles made at once by one organisation are each given a number of their own, and none fails. */
class LocalProfileNumbersTest extends ServerTest {
    @Autowired
    LocalProfiles profiles;

    @Autowired
    Accounts accounts;

    @Test
    void tenProfilesMadeAtOnceGetTenDistinctNumbers() throws Exception {
        Viewer analyst = accounts.viewerOf(() -> "tvp-analyst");
        int threads = 10;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> made = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String period = "race " + i;
                made.add(pool.submit(() -> {
                    go.await();
                    return profiles.make(analyst, "Reading", period, Audience.ORGANISATION);
                }));
            }
            go.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : made) {
                numbers.add(f.get()); // a duplicate key would be thrown here
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(threads);
        } finally {
            pool.shutdownNow();
        }
    }
}
