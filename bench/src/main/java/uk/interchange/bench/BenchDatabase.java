package uk.interchange.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An embedded PostgreSQL for a benchmark: started on a data folder that is kept between runs, with the server
 * settings given, the app's own migrations run, and a connection pool; closed together.
 */
public final class BenchDatabase implements AutoCloseable {
    private final EmbeddedPostgres pg;
    private final HikariDataSource pool;

    private BenchDatabase(EmbeddedPostgres pg, HikariDataSource pool) {
        this.pg = pg;
        this.pool = pool;
    }

    public static BenchDatabase start(Path data, Map<String, String> settings) throws IOException {
        EmbeddedPostgres.Builder b =
                EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        settings.forEach(b::setServerConfig);
        EmbeddedPostgres pg = b.start();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        Flyway.configure()
                .dataSource(pool)
                .schemas("roadworks", "security", "audit", "partnership")
                .createSchemas(true)
                .load()
                .migrate();
        return new BenchDatabase(pg, pool);
    }

    public HikariDataSource dataSource() {
        return pool;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(pool);
    }

    /** The JDBC address, for a server started beside the benchmark. */
    public String url() {
        return pg.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        pool.close();
        pg.close();
    }
}
