package uk.interchange.app.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One turn at a time for each key, in this process: what {@link SignInThrottle} holds across a name's check and its
 * password check, so that attempts at once from one address are checked one after another and the wait each
 * failure starts is seen by the next. A key is kept only while someone holds or waits for its turn, so guessing many
 * names fills nothing.
 */
final class OneAtATime {
    private final ConcurrentHashMap<String, Queue> queues = new ConcurrentHashMap<>();
    private final Duration longest;

    private static final class Queue {
        final Semaphore turn = new Semaphore(1, true);
        int waiting; // changed only inside the map's compute for this key
    }

    /** A turn held; closing it (once or more) passes it on. */
    final class Turn implements AutoCloseable {
        private final String key;
        private final Queue queue;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Turn(String key, Queue queue) {
            this.key = key;
            this.queue = queue;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                queue.turn.release();
                leave(key, queue);
            }
        }
    }

    OneAtATime(Duration longest) {
        this.longest = longest;
    }

    /** The key's turn, once those before have had theirs; empty when it does not come within the longest wait. */
    Optional<Turn> take(String key) throws InterruptedException {
        Queue q = queues.compute(key, (k, v) -> {
            Queue x = v == null ? new Queue() : v;
            x.waiting++;
            return x;
        });
        boolean got = false;
        try {
            got = q.turn.tryAcquire(longest.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            if (!got) {
                leave(key, q);
            }
        }
        return got ? Optional.of(new Turn(key, q)) : Optional.empty();
    }

    /** How many keys are held or waited for now. */
    int keys() {
        return queues.size();
    }

    private void leave(String key, Queue q) {
        queues.compute(key, (k, v) -> v != q || --v.waiting > 0 ? v : null);
    }
}
