package uk.interchange.app.server.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL kept as a server would keep data, on {@code dataDir/postgres}. The library that starts it
 * is made for tests and starts it so (fsync off, synchronous commit off, every local connection trusted as
 * superuser, left running if the JVM is killed); here each of those is undone:
 *
 * <ul>
 *   <li>fsync, synchronous commit and full-page writes on, so a commit reported is a commit kept;
 *   <li>a password ({@link DatabasePassword}) checked by SCRAM-SHA-256 on every connection, set by initdb in a
 *       new folder and put in place on the first start of a folder made by an earlier version;
 *   <li>a PostgreSQL left running by a killed server, or a lock file left by a crash, cleared before the start
 *       ({@link StalePostmaster});
 *   <li>a watchdog that stops PostgreSQL if this JVM ends without stopping it ({@link PostgresWatchdog}).
 * </ul>
 */
public final class DurablePostgres implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DurablePostgres.class);
    public static final String USER = "postgres";

    /**
     * Server settings that keep data: fsync and synchronous_commit override the library's test defaults (fsync is
     * its -F flag); full_page_writes is already PostgreSQL's default, and is said here so that it stays so.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    /** Recovery after an abrupt stop replays the write-ahead log since the last checkpoint: allow it time. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(3);

    private final EmbeddedPostgres pg;
    private final PostgresWatchdog watchdog;
    private final String password;
    private final Path folder;

    private DurablePostgres(EmbeddedPostgres pg, PostgresWatchdog watchdog, String password, Path folder) {
        this.pg = pg;
        this.watchdog = watchdog;
        this.password = password;
        this.folder = folder;
    }

    /** The database's own folder inside a data folder. */
    public static Path folder(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("postgres");
    }

    /**
     * Starts PostgreSQL on the data folder (made on first use), on {@code port}, or a free one when 0.
     *
     * @throws IllegalStateException when another server or command holds the folder
     */
    public static DurablePostgres start(Path dataDir, int port) throws IOException {
        Path folder = folder(dataDir);
        Files.createDirectories(folder);
        if (DataFolderLock.heldElsewhere(folder)) {
            throw new IllegalStateException("another Interchange server or command is using the database in " + folder
                    + "; stop it, or give another data folder");
        }
        StalePostmaster.clear(folder);
        boolean fresh = !Files.exists(folder.resolve("postgresql.conf"));
        boolean trusting = !fresh && ClientAuthentication.trusts(folder);
        Path passwordFile = DatabasePassword.file(dataDir);
        if (!fresh && !trusting && !Files.exists(passwordFile)) {
            throw new IllegalStateException("the database in " + folder + " needs the password that was kept in "
                    + passwordFile + ", and that file is missing: put it back from a backup, or, to set a new"
                    + " password, change each \"" + ClientAuthentication.METHOD + "\" in " + folder
                    + "/pg_hba.conf to \"trust\" and start again (a new password is then made and required)");
        }
        String password = DatabasePassword.readOrCreate(passwordFile);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setPGStartupWait(STARTUP_WAIT)
                // the library checks the server is up by connecting: with the password, once one is required
                .setConnectConfig("password", password)
                // pg_prewarm's background worker notes which pages are in memory and reads them back after a
                // restart, so the first questions after a restart do not each wait for the disk
                .setServerConfig("shared_preload_libraries", "pg_prewarm");
        DURABLE.forEach(builder::setServerConfig);
        if (fresh) {
            // the library passes these to initdb as --auth=... and --pwfile=..., after its own "-A trust", and
            // initdb takes the last: the superuser has a password and no connection is trusted from the start
            builder.setLocaleConfig("auth", ClientAuthentication.METHOD)
                    .setLocaleConfig("pwfile", passwordFile.toString());
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        try {
            if (trusting) {
                ClientAuthentication.convert(folder, pg.getJdbcUrl(USER, "postgres"), USER, password);
                log.info(
                        "The embedded database in {} trusted every local connection (made by an earlier version);"
                                + " it now needs the password kept in {}",
                        folder,
                        passwordFile);
            }
            long postmaster = PostmasterPid.read(folder)
                    .orElseThrow(() -> new IOException("PostgreSQL started but wrote no postmaster.pid in " + folder))
                    .pid();
            PostgresWatchdog watchdog = PostgresWatchdog.watch(folder, postmaster);
            return new DurablePostgres(pg, watchdog, password, folder);
        } catch (IOException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return pg.getJdbcUrl(USER, "postgres");
    }

    public int port() {
        return pg.getPort();
    }

    public String password() {
        return password;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        try {
            pg.close();
        } finally {
            watchdog.close();
        }
    }
}
