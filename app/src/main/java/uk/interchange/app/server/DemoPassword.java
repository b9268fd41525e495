package uk.interchange.app.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demonstration accounts' password: as configured, or made up at random (and then shown once in the log). One
 * made-up password serves every account made in a start, so a new user has one password to copy, not three.
 */
public final class DemoPassword {
    private static final AtomicReference<String> MADE_UP = new AtomicReference<>();

    private DemoPassword() {}

    public static String orMadeUp(String configured) {
        if (!configured.isBlank()) {
            return configured;
        }
        return MADE_UP.updateAndGet(p -> p != null ? p : random());
    }

    private static String random() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
