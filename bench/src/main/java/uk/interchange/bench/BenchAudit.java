package uk.interchange.bench;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.interchange.app.audit.AuditLog;
import uk.interchange.app.audit.AuditStore;
import uk.interchange.app.audit.HeadFile;
import uk.interchange.app.audit.HeadSigner;
import uk.interchange.app.audit.HeadWitness;
import uk.interchange.app.audit.PendingEntries;

/** The app's own audit log on a benchmark's database, with a fresh key and its heads kept in the data folder. */
public final class BenchAudit {
    private BenchAudit() {}

    public static AuditLog log(DataSource ds, Path data) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        return new AuditLog(
                new AuditStore(jdbc),
                new PendingEntries(jdbc),
                new TransactionTemplate(new DataSourceTransactionManager(ds)),
                HeadSigner.generate(),
                Clock.systemUTC(),
                HeadFile.at(data.resolve("audit-heads")),
                HeadWitness.none());
    }
}
