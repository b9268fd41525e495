package uk.interchange.app.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import uk.interchange.app.server.postgres.DatabasePassword;
import uk.interchange.app.server.postgres.DurablePostgres;
import uk.interchange.app.server.postgres.PostmasterPid;

/**
 * The database a command reads, as the server would find it: the server named by {@code SPRING_DATASOURCE_URL}
 * (with {@code SPRING_DATASOURCE_USERNAME} and {@code _PASSWORD}); else the embedded database in the data folder,
 * through the running server's PostgreSQL if a server has it open, or started here for the command if not (kept
 * as the server keeps it), with the password kept beside it either way.
 */
final class DatabaseAccess implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Optional<DurablePostgres> started;
    private final String where;

    private DatabaseAccess(HikariDataSource dataSource, Optional<DurablePostgres> started, String where) {
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
        quiet("uk.interchange.app.server.postgres");
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return new DatabaseAccess(
                    pool(url, env("SPRING_DATASOURCE_USERNAME"), env("SPRING_DATASOURCE_PASSWORD")),
                    Optional.empty(),
                    "the PostgreSQL server at " + url);
        }
        Path folder = DurablePostgres.folder(data);
        if (!Files.exists(folder.resolve("PG_VERSION"))) {
            throw new IllegalArgumentException("there is no Interchange database in " + data.toAbsolutePath()
                    + "; start the server there once (./interchange serve --data " + data + "), give --data the"
                    + " folder the server uses, or set SPRING_DATASOURCE_URL");
        }
        if (ServeCommand.dataInUse(data).isPresent()) {
            int port = PostmasterPid.read(folder)
                    .filter(p -> p.port() > 0)
                    .orElseThrow(() ->
                            new IOException("cannot tell the running database's port from " + PostmasterPid.in(folder)))
                    .port();
            // a server of an earlier version, still running, trusts local connections and has no password file
            String password = DatabasePassword.read(DatabasePassword.file(data)).orElse("");
            return new DatabaseAccess(
                    pool("jdbc:postgresql://localhost:" + port + "/postgres", DurablePostgres.USER, password),
                    Optional.empty(),
                    "the embedded database in " + data.toAbsolutePath() + " (through the running server)");
        }
        DurablePostgres pg = DurablePostgres.start(data, 0);
        return new DatabaseAccess(
                pool(pg.jdbcUrl(), DurablePostgres.USER, pg.password()),
                Optional.of(pg),
                "the embedded database in " + data.toAbsolutePath());
    }

    /** The command's output is its answer; the libraries' progress notes are not wanted there. */
    private static void quiet(String logger) {
        if (LoggerFactory.getLogger(logger) instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(ch.qos.logback.classic.Level.WARN);
        }
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
