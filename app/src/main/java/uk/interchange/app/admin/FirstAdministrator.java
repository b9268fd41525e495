package uk.interchange.app.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.interchange.app.security.Accounts;
import uk.interchange.app.server.DemoPassword;

/**
 * On a start with no administrator: an account {@code admin} that may add organisations and accounts, so that a new
 * installation (with or without the demonstration) can be set up from the browser. Its password comes from
 * {@code INTERCHANGE_ADMIN_PASSWORD}, or the demonstration password when that is set, or is made up and written
 * once to the log. It runs after the demonstrations, which load only into a database with no accounts. Its making is
 * written to the audit trail, as done by Interchange itself.
 */
@Component
@Order(3)
class FirstAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final Administration administration;
    private final String password;

    FirstAdministrator(
            Accounts accounts,
            Administration administration,
            @Value("${INTERCHANGE_ADMIN_PASSWORD:${INTERCHANGE_DEMO_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.administration = administration;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole("ADMINISTRATOR") || accounts.exists("admin")) {
            return;
        }
        String secret = DemoPassword.orMadeUp(password);
        administration.firstAdministrator("admin", secret);
        if (password.isBlank()) {
            log.warn(
                    "First administrator: sign in as 'admin' with password '{}' (shown once; set"
                            + " INTERCHANGE_ADMIN_PASSWORD to choose it).",
                    secret);
        } else {
            log.info("First administrator 'admin' made, with the configured password.");
        }
    }
}
