package uk.interchange.app.server.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Who may connect to the embedded database: only with the password, by SCRAM-SHA-256, on the local socket and on
 * the loopback addresses (the server listens on no other). A folder made by an earlier version, where every local
 * connection was trusted as superuser, is converted on start: password set, {@code pg_hba.conf} rewritten, reload.
 */
final class ClientAuthentication {
    static final String METHOD = "scram-sha-256";
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(30);

    private static final String HBA = """
            # Written by Interchange: every connection needs the password kept in ../postgres-password.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private ClientAuthentication() {}

    static Path hbaFile(Path folder) {
        return folder.resolve("pg_hba.conf");
    }

    /** True when some line of {@code pg_hba.conf} lets a connection in without a password. */
    static boolean trusts(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(hbaFile(folder), StandardCharsets.UTF_8);
        return lines.stream()
                .map(l -> l.replaceFirst("#.*", "").strip())
                .filter(l -> !l.isEmpty())
                .anyMatch(l -> Arrays.asList(l.split("\\s+")).contains("trust"));
    }

    /**
     * On a running server still trusting local connections: the superuser's password set (its SCRAM verifier is
     * worked out by the driver, so the password itself never reaches the server or its log), then only SCRAM
     * allowed, then the configuration reloaded and the reload waited for.
     */
    static void convert(Path folder, String jdbcUrl, String user, String password) throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.unwrap(PGConnection.class).alterUserPassword(user, password.toCharArray(), METHOD);
            Timestamp loadedBefore = confLoadTime(c);
            Path temp = folder.resolve("pg_hba.conf.part");
            Files.writeString(temp, HBA, StandardCharsets.UTF_8);
            Files.move(temp, hbaFile(folder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_reload_conf()");
            }
            awaitReload(jdbcUrl, user, password, loadedBefore);
        } catch (SQLException e) {
            throw new IOException("could not require a password on the embedded database in " + folder, e);
        }
    }

    /** The postmaster reloads when it next runs its loop; a session begun after that reports the new time. */
    private static void awaitReload(String url, String user, String password, Timestamp before)
            throws SQLException, IOException {
        long deadline = System.nanoTime() + RELOAD_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                if (confLoadTime(c).after(before)) {
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for PostgreSQL to reload pg_hba.conf", e);
            }
        }
        throw new IOException("PostgreSQL did not reload pg_hba.conf within " + RELOAD_WAIT.toSeconds() + " s");
    }

    private static Timestamp confLoadTime(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select pg_conf_load_time()")) {
            r.next();
            return r.getTimestamp(1);
        }
    }
}
