package uk.interchange.app.server;

import java.security.SecureRandom;
import java.util.Base64;

/** The demonstration accounts' password: as configured, or made up at random (and then shown once in the log). */
public final class DemoPassword {
    private DemoPassword() {}

    public static String orMadeUp(String configured) {
        if (!configured.isBlank()) {
            return configured;
        }
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
