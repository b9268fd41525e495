package uk.interchange.app.audit;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's parts: its tables, the key that signs its heads and the file its heads are kept in (files, not the
 * database), the witness it may send heads to, and its writer.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfig {
    @Bean
    AuditStore auditStore(JdbcTemplate jdbc) {
        return new AuditStore(jdbc);
    }

    @Bean
    HeadSigner auditSigner(
            @Value("${interchange.audit.key-file:}") String keyFile,
            @Value("${interchange.data-dir:data}") String dataDir) {
        return AuditKeys.load(keyFile(keyFile, dataDir));
    }

    @Bean
    PendingEntries auditPending(JdbcTemplate jdbc) {
        return new PendingEntries(jdbc);
    }

    /** The signed heads kept outside the database, beside the signing key. */
    @Bean
    HeadFile auditHeadFile(
            @Value("${interchange.audit.key-file:}") String keyFile,
            @Value("${interchange.data-dir:data}") String dataDir) {
        return HeadFile.besideKey(keyFile(keyFile, dataDir));
    }

    @Bean
    HeadWitness auditWitness(@Value("${interchange.audit.witness-url:}") String url) {
        return HeadWitness.at(url);
    }

    @Bean(destroyMethod = "close")
    AuditLog auditLog(
            AuditStore store,
            PendingEntries pending,
            PlatformTransactionManager tm,
            HeadSigner signer,
            Clock clock,
            HeadFile heads,
            HeadWitness witness) {
        return new AuditLog(store, pending, new TransactionTemplate(tm), signer, clock, heads, witness);
    }

    /** The key file: as configured, or {@code audit/signing-key} in the data folder. */
    public static Path keyFile(String configured, String dataDir) {
        return configured == null || configured.isBlank()
                ? Path.of(dataDir).toAbsolutePath().resolve("audit").resolve("signing-key")
                : Path.of(configured).toAbsolutePath();
    }
}
