package uk.interchange.app.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The database a command reads, as the server would find it: the server named by {@code SPRING_DATASOURCE_URL}
 * (with {@code SPRING_DATASOURCE_USERNAME} and {@code _PASSWORD}); else the embedded database in the data folder,
 * through the running server's PostgreSQL if a server has it open, or started here for the command if not.
 */
final class DatabaseAccess implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Optional<EmbeddedPostgres> started;
    private final String where;

    private DatabaseAccess(HikariDataSource dataSource, Optional<EmbeddedPostgres> started, String where) {
        this.dataSource = dataSource;
        this.started = started;
        this.where = where;
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    /** Which database this is, for the command's output. */
    String where() {
        return where;
    }

    static DatabaseAccess open(Path data) throws IOException {
        quiet("com.zaxxer.hikari");
        quiet("io.zonky");
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return new DatabaseAccess(
                    pool(url, env("SPRING_DATASOURCE_USERNAME"), env("SPRING_DATASOURCE_PASSWORD")),
                    Optional.empty(),
                    "the PostgreSQL server at " + url);
        }
        Path folder = data.toAbsolutePath().resolve("postgres");
        if (!Files.exists(folder.resolve("PG_VERSION"))) {
            throw new IllegalArgumentException("there is no Interchange database in " + data.toAbsolutePath()
                    + "; start the server there once (./interchange serve --data " + data + "), give --data the"
                    + " folder the server uses, or set SPRING_DATASOURCE_URL");
        }
        if (ServeCommand.dataInUse(data).isPresent()) {
            int port = runningPort(folder);
            return new DatabaseAccess(
                    pool("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", ""),
                    Optional.empty(),
                    "the embedded database in " + data.toAbsolutePath() + " (through the running server)");
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .start();
        return new DatabaseAccess(
                pool(pg.getJdbcUrl("postgres", "postgres"), "postgres", ""),
                Optional.of(pg),
                "the embedded database in " + data.toAbsolutePath());
    }

    /** The command's output is its answer; the libraries' progress notes are not wanted there. */
    private static void quiet(String logger) {
        if (LoggerFactory.getLogger(logger) instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** PostgreSQL writes its port on the fourth line of postmaster.pid while it runs. */
    private static int runningPort(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        if (lines.size() < 4) {
            throw new IOException("cannot tell the running database's port from " + folder.resolve("postmaster.pid"));
        }
        return Integer.parseInt(lines.get(3).strip());
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setMaximumPoolSize(2);
        return ds;
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        if (started.isPresent()) {
            started.get().close();
        }
    }
}
