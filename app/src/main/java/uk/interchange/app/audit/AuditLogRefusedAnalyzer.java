package uk.interchange.app.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A server that will not start on a changed log says why in words, not with a stack trace. */
public final class AuditLogRefusedAnalyzer extends AbstractFailureAnalyzer<AuditLogRefused> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AuditLogRefused cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Find out what changed the log (./interchange audit verify names the first bad entry) before the"
                        + " server is started on it again.",
                cause);
    }
}
