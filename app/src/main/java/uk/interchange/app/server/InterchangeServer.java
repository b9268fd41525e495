package uk.interchange.app.server;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;

/** The web server: both products' pages, API and feeds, on one PostgreSQL database. */
@SpringBootApplication(scanBasePackages = "uk.interchange.app")
public class InterchangeServer {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(InterchangeServer.class, args);
    }

    /** Starts the server; the handle waits for it to stop. */
    public static Running start(String[] args) {
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication app = new SpringApplication(InterchangeServer.class);
        app.addListeners((ContextClosedEvent e) -> closed.countDown());
        app.run(args);
        return () -> {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** A started server. */
    public interface Running {
        void awaitClose();
    }
}
