package uk.interchange.app.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** An {@link AuditRecord}'s eight columns, as audit.entry and audit.pending both hold them, in one order. */
final class RecordColumns {
    static final String NAMES = "actor, organisation, action, record_kind, record_id, reason, case_ref, disclosed_to";

    private RecordColumns() {}

    /** Sets the record's values as parameters {@code first} to {@code first + 7}. */
    static void bind(PreparedStatement ps, int first, AuditRecord r) throws SQLException {
        ps.setString(first, r.actor());
        ps.setString(first + 1, r.organisation());
        ps.setString(first + 2, r.action().code());
        ps.setString(first + 3, r.recordKind());
        ps.setString(first + 4, r.recordId());
        ps.setString(first + 5, r.reason());
        ps.setString(first + 6, r.caseReference().orElse(null));
        ps.setString(first + 7, r.disclosedTo().orElse(null));
    }

    /** Reads the record from columns {@code first} to {@code first + 7}. */
    static AuditRecord read(ResultSet rs, int first) throws SQLException {
        return new AuditRecord(
                rs.getString(first),
                rs.getString(first + 1),
                AuditAction.fromCode(rs.getString(first + 2)),
                rs.getString(first + 3),
                rs.getString(first + 4),
                rs.getString(first + 5),
                Optional.ofNullable(rs.getString(first + 6)),
                Optional.ofNullable(rs.getString(first + 7)));
    }
}
