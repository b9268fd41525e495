package uk.interchange.partnership.response.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Serious crime prevention orders: their dates, their conditions, and the alerts the records raise. */
class ScpoTest {
    static final LocalDate MADE = LocalDate.of(2026, 6, 1);
    static final Scpo.Order ORDER =
            new Scpo.Order("Reading Crown Court", MADE, MADE, MADE.plusYears(3), false, Optional.of(MADE.plusDays(2)));

    @Test
    void anOrderRunsFiveYearsAtMostAndAnInterimOneIsServedInSevenDays() {
        var tooLong = new Scpo.Order(
                "Reading Crown Court", MADE, MADE, MADE.plusYears(5).plusDays(1), false, Optional.empty());
        assertThat(tooLong.problems()).extracting(Scpo.Problem::field).containsExactly("ends");
        var backwards = new Scpo.Order(" ", MADE, MADE.minusDays(1), MADE.minusDays(2), false, Optional.empty());
        assertThat(backwards.problems()).extracting(Scpo.Problem::field).containsExactly("court", "starts", "ends");
        var interim = new Scpo.Order("Reading Crown Court", MADE, MADE, MADE.plusMonths(6), true, Optional.empty());
        assertThat(interim.serviceWarning(MADE.plusDays(3))).contains("to be served by 2026-06-08");
        assertThat(interim.serviceWarning(MADE.plusDays(9)))
                .contains("not served, and the seven days to serve it ended on 2026-06-08");
        var late = new Scpo.Order(
                "Reading Crown Court", MADE, MADE, MADE.plusMonths(6), true, Optional.of(MADE.plusDays(10)));
        assertThat(late.serviceWarning(MADE.plusDays(20)))
                .contains("served on 2026-06-11, 3 days after the seven allowed");
        assertThat(ORDER.serviceWarning(MADE.plusDays(20))).isEmpty();
    }

    @Test
    void aConditionRunsInsideItsOrder() {
        var c = new Scpo.Condition(
                Scpo.Kind.TRAVEL, "not to leave the UK", MADE.minusDays(1), MADE.plusYears(4), Set.of());
        assertThat(c.problems(ORDER))
                .extracting(Scpo.Problem::field)
                .containsExactly("conditionStarts", "conditionEnds");
    }

    @Test
    void anUnnotifiedPhoneAndAForbiddenAssociateRaiseAlerts() {
        var phones = new Scpo.Condition(
                Scpo.Kind.COMMUNICATION_DEVICES, "notify every phone", MADE, MADE.plusYears(3), Set.of("tvp/phone-1"));
        var people = new Scpo.Condition(
                Scpo.Kind.ASSOCIATION,
                "not to associate with Kyle Brannigan",
                MADE,
                MADE.plusYears(3),
                Set.of("tvp/kyle"));
        var ended = new Scpo.Condition(Scpo.Kind.ACCOUNTS, "notify every account", MADE, MADE.plusDays(10), Set.of());
        List<Scpo.Linked> linked = List.of(
                new Scpo.Linked("phone", "tvp/phone-1", "+447700900461", "uses phone"),
                new Scpo.Linked("phone", "tvp/phone-2", "+447700900999", "uses phone"),
                new Scpo.Linked("person", "tvp/kyle", "Kyle Brannigan", "associate of"),
                new Scpo.Linked("person", "tvp/other", "Marta Wolanska", "associate of"),
                new Scpo.Linked("account", "tvp/acct", "40-47-84 70872490", "holds account"));
        List<Scpo.Alert> alerts = Scpo.alerts(List.of(phones, people, ended), linked, MADE.plusMonths(2));
        assertThat(alerts).extracting(a -> a.record().id()).containsExactly("tvp/phone-2", "tvp/kyle");
        assertThat(alerts.get(0).why()).contains("+447700900999, which was not notified");
        assertThat(alerts.get(1).why()).contains("must not associate with");
    }
}
