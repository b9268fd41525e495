package uk.interchange.app.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import uk.interchange.app.web.BadRequest;

/** What the audit trail refuses to keep: over-long fields, control characters, broken characters. */
class AuditTextTest {
    static AuditRecord withReason(String reason) {
        return new AuditRecord(
                "tvp-analyst",
                "tvp",
                AuditAction.LOOKUP,
                "search",
                "Kestley",
                reason,
                Optional.empty(),
                Optional.empty());
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().all().ofMaxLength(300).map(s -> s.codePoints()
                .filter(c -> !Character.isISOControl(c) && !Character.isSurrogate((char) c) && c < 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
    }

    @Property(tries = 300)
    void printableTextWithinTheLimitIsKept(@ForAll("printable") String reason) {
        assertThatCode(() -> AuditText.check(withReason(reason))).doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void aControlCharacterAnywhereIsRefusedAndNamed(
            @ForAll("printable") String around,
            @ForAll @IntRange(min = 0, max = 31) int control,
            @ForAll @IntRange(min = 0, max = 300) int at) {
        if (control == '\t' || control == '\n' || control == '\r') {
            return; // a reason may run over lines
        }
        int i = Math.min(at, around.length());
        String reason = around.substring(0, i) + (char) control + around.substring(i);
        assertThatThrownBy(() -> AuditText.check(withReason(reason)))
                .isInstanceOf(BadRequest.class)
                .hasMessageContaining("reason")
                .hasMessageContaining(String.format("U+%04X", control));
    }

    @Property(tries = 50)
    void aReasonOverTheLimitIsRefusedWithTheLimit(@ForAll @StringLength(min = 1, max = 50) String extra) {
        String reason = "r".repeat(AuditText.REASON) + extra.replaceAll("\\p{Cc}", "x");
        assertThatThrownBy(() -> AuditText.check(withReason(reason)))
                .isInstanceOf(BadRequest.class)
                .hasMessageContaining("at most 2,000");
    }

    @Property(tries = 50)
    void theLimitCountsCharactersNotUnits(@ForAll @IntRange(min = 1, max = 2000) int n) {
        // a character outside the basic plane is two UTF-16 units but one character, as PostgreSQL counts it
        String reason = "\uD83D\uDE97".repeat(n);
        assertThatCode(() -> AuditText.check(withReason(reason))).doesNotThrowAnyException();
    }

    @Property(tries = 50)
    void anUnpairedSurrogateIsRefused(@ForAll("printable") String before) {
        assertThatThrownBy(() -> AuditText.check(withReason(before + "\uD83D")))
                .isInstanceOf(BadRequest.class)
                .hasMessageContaining("unpaired surrogate");
    }

    @Property(tries = 50)
    void aNulInARecordOrCaseReferenceIsRefusedToo(@ForAll("printable") String s) {
        assertThatThrownBy(() -> AuditText.check(new AuditRecord(
                        "a",
                        "tvp",
                        AuditAction.VIEW,
                        "person",
                        "tvp/1",
                        "why",
                        Optional.of(s + "\u0000"),
                        Optional.empty())))
                .hasMessageContaining("case reference");
    }
}
