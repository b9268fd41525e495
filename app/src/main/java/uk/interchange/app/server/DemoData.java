package uk.interchange.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.interchange.app.roadworks.imports.BulletinImports;
import uk.interchange.app.roadworks.store.Gazetteer;
import uk.interchange.app.roadworks.store.WorkStore;
import uk.interchange.app.security.Accounts;

/**
 * On first start with an empty database: a demonstration authority, its planner, a junction gazetteer and this
 * week's works, so a new user sees a working system at once. The planner's password comes from
 * {@code INTERCHANGE_DEMO_PASSWORD}, or is made up and written once to the log.
 */
@Component
@Order(1) // before the demonstration partnership: this one loads only while there are no accounts at all
class DemoData implements ApplicationRunner {
    static final String AUTHORITY = "demo-midlands";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final JdbcTemplate jdbc;
    private final WorkStore works;
    private final Gazetteer gazetteer;
    private final BulletinImports imports;
    private final Accounts accounts;
    private final Clock clock;
    private final boolean enabled;
    private final String password;

    DemoData(
            JdbcTemplate jdbc,
            WorkStore works,
            Gazetteer gazetteer,
            BulletinImports imports,
            Accounts accounts,
            Clock clock,
            @Value("${interchange.demo:true}") boolean enabled,
            @Value("${INTERCHANGE_DEMO_PASSWORD:}") String password) {
        this.jdbc = jdbc;
        this.works = works;
        this.gazetteer = gazetteer;
        this.imports = imports;
        this.accounts = accounts;
        this.clock = clock;
        this.enabled = enabled;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || works.count() > 0 || accounts.exists()) {
            return;
        }
        jdbc.update(
                "insert into roadworks.authority (id, name) values (?, ?) on conflict do nothing",
                AUTHORITY,
                "Midlands highway authority (demonstration)");
        String secret = DemoPassword.orMadeUp(password);
        accounts.save("planner", secret, "Demonstration planner", AUTHORITY, List.of("PLANNER"));
        gazetteer.load(resource("demo/junctions.csv"));
        LocalDate today = LocalDate.now(clock);
        String text = fill(resource("demo/west-midlands.txt"), today);
        var outcome = imports.confirm(AUTHORITY, text, Optional.of(today.minusDays(3)), Set.of(), "demo-loader");
        log.info(
                "Loaded {} demonstration works for the seven days from {}.",
                outcome.created().size(),
                today);
        if (password.isBlank()) {
            log.warn(
                    "Demonstration planner: sign in as 'planner' with password '{}' (shown once; set"
                            + " INTERCHANGE_DEMO_PASSWORD to choose it).",
                    secret);
        }
    }

    /** The template with {D0} (today) to {D6} written as "Sunday 22 November", and the publication date. */
    static String fill(String template, LocalDate today) {
        String out = template.replace("{Year}", String.valueOf(today.getYear()))
                .replace("{Pub}", DAY.format(today.minusDays(3)));
        for (int i = 0; i < 7; i++) {
            out = out.replace("{D" + i + "}", DAY.format(today.plusDays(i)));
        }
        return out;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
