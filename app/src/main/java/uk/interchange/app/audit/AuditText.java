package uk.interchange.app.audit;

import java.util.Optional;
import uk.interchange.app.web.BadRequest;

/**
 * What an audit entry's text may hold: a limit per field (the same as the tables' checks, V24) and no control
 * characters (a NUL cannot be stored at all) and no unpaired surrogates (they would be hashed as one text and stored
 * as another). Checked when an entry is written, so a request that brings such text is refused with the field named
 * and the entries of others are never held up by it; entries already in the log are read as they are.
 */
public final class AuditText {
    public static final int ACTOR = 100;
    public static final int ORGANISATION = 100;
    public static final int RECORD_KIND = 50;
    public static final int RECORD_ID = 300;
    public static final int REASON = 2000;
    public static final int CASE_REFERENCE = 100;
    public static final int DISCLOSED_TO = 300;

    private AuditText() {}

    /** Refuses the record (400, naming the field) if any of its text cannot go into the log. */
    public static void check(AuditRecord r) {
        field("actor", r.actor(), ACTOR, false);
        field("organisation", r.organisation(), ORGANISATION, false);
        field("record kind", r.recordKind(), RECORD_KIND, false);
        field("record", r.recordId(), RECORD_ID, false);
        field("reason", r.reason(), REASON, true);
        optional("case reference", r.caseReference(), CASE_REFERENCE);
        optional("disclosed to", r.disclosedTo(), DISCLOSED_TO);
    }

    private static void optional(String name, Optional<String> value, int limit) {
        value.ifPresent(v -> field(name, v, limit, false));
    }

    private static void field(String name, String value, int limit, boolean lines) {
        int length = value.codePointCount(0, value.length());
        if (length > limit) {
            throw new BadRequest(
                    name, String.format("is %,d characters long; the audit trail keeps at most %,d", length, limit));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new BadRequest(name, "holds a broken character (an unpaired surrogate) at position " + (i + 1));
            } else if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new BadRequest(
                        name, String.format("holds a control character (U+%04X) at position %d", (int) c, i + 1));
            }
        }
    }
}
