package uk.interchange.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One turn at a time per key; other keys never wait; nothing is kept once nobody holds or waits for a key. */
class OneAtATimeTest {
    @Test
    void aKeysTurnIsHeldByOneAtATimeAndPassedOnWhenClosed() throws Exception {
        OneAtATime turns = new OneAtATime(Duration.ofSeconds(10));
        OneAtATime.Turn first = turns.take("name\naddress").orElseThrow();
        CompletableFuture<Optional<OneAtATime.Turn>> second = CompletableFuture.supplyAsync(() -> take(turns));
        Thread.sleep(200);
        assertThat(second).as("waits while the first holds the turn").isNotDone();
        assertThat(turns.take("other\naddress"))
                .as("another key does not wait")
                .isPresent()
                .get()
                .satisfies(t -> t.close());

        first.close();
        first.close(); // closing twice passes nothing on twice
        OneAtATime.Turn next = second.get(5, TimeUnit.SECONDS).orElseThrow();
        next.close();
        assertThat(turns.keys()).isZero();
    }

    @Test
    void aTurnThatDoesNotComeWithinTheLongestWaitIsRefusedAndLeavesNothingBehind() throws Exception {
        OneAtATime turns = new OneAtATime(Duration.ofMillis(100));
        OneAtATime.Turn held = turns.take("k").orElseThrow();
        assertThat(turns.take("k")).isEmpty();
        held.close();
        assertThat(turns.keys()).isZero();
    }

    private static Optional<OneAtATime.Turn> take(OneAtATime turns) {
        try {
            return turns.take("name\naddress");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
