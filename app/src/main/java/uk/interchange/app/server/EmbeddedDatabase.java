package uk.interchange.app.server;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a PostgreSQL started from Maven artifacts, keeping its data in {@code interchange.data-dir}
 * so that it survives restarts. Not used when {@code spring.datasource.url} names a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrl.class)
class EmbeddedDatabase {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${interchange.data-dir:data}") String dataDir, @Value("${interchange.db-port:0}") int port) {
        Path dir = Path.of(dataDir).toAbsolutePath().resolve("postgres");
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    // pg_prewarm's background worker notes which pages are in memory and reads them back after a
                    // restart, so the first questions after a restart do not each wait for the disk
                    .setServerConfig("shared_preload_libraries", "pg_prewarm");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            log.info("Embedded PostgreSQL on port {} with its data in {}", pg.getPort(), dir);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("interchange-embedded");
        return ds;
    }
}
