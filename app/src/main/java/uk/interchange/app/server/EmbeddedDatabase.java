package uk.interchange.app.server;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import uk.interchange.app.server.postgres.DurablePostgres;

/**
 * The default database: a PostgreSQL started from Maven artifacts, keeping its data in {@code interchange.data-dir}
 * so that it survives restarts, kept durably and behind a password ({@link DurablePostgres}). Not used when
 * {@code spring.datasource.url} names a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrl.class)
class EmbeddedDatabase {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    DurablePostgres embeddedPostgres(
            @Value("${interchange.data-dir:data}") String dataDir, @Value("${interchange.db-port:0}") int port) {
        Path data = Path.of(dataDir).toAbsolutePath();
        try {
            DurablePostgres pg = DurablePostgres.start(data, port);
            log.info("Embedded PostgreSQL on port {} with its data in {}", pg.port(), pg.folder());
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + data, e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DurablePostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.jdbcUrl());
        ds.setUsername(DurablePostgres.USER);
        ds.setPassword(pg.password());
        ds.setMaximumPoolSize(10);
        ds.setPoolName("interchange-embedded");
        return ds;
    }
}
