package uk.interchange.partnership.response.orders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A serious crime prevention order (Serious Crime Act 2007) as the force manages it: the order's court and dates, and
 * its conditions. The checks here are the ones the law and the courts' practice make: an order runs for at most five
 * years; an interim order must be served within seven days of being made; a condition runs inside its order.
 */
public final class Scpo {
    /** The longest an order may run. */
    public static final int MAX_YEARS = 5;

    /** How many days an interim order has to be served. */
    public static final int SERVE_INTERIM_WITHIN_DAYS = 7;

    private Scpo() {}

    /** An order: where and when it was made, when it runs, whether interim, when served. */
    public record Order(
            String court,
            LocalDate madeOn,
            LocalDate starts,
            LocalDate ends,
            boolean interim,
            Optional<LocalDate> servedOn) {

        /** What is wrong with the order's dates, each with its field; empty when nothing is. */
        public List<Problem> problems() {
            List<Problem> out = new ArrayList<>();
            if (court.isBlank()) {
                out.add(new Problem("court", "is empty: name the court that made the order"));
            }
            if (starts.isBefore(madeOn)) {
                out.add(new Problem("starts", "is before the order was made (" + madeOn + ")"));
            }
            if (!ends.isAfter(starts)) {
                out.add(new Problem("ends", "must be after the order starts (" + starts + ")"));
            } else if (ends.isAfter(starts.plusYears(MAX_YEARS))) {
                out.add(new Problem(
                        "ends",
                        "is more than " + MAX_YEARS + " years after it starts: an order runs for"
                                + " five years at most"));
            }
            servedOn.filter(s -> s.isBefore(madeOn))
                    .ifPresent(s -> out.add(new Problem("servedOn", "is before the order was made")));
            return out;
        }

        /** For an interim order not served in time (or not yet served when the time is up): why, else empty. */
        public Optional<String> serviceWarning(LocalDate today) {
            if (!interim) {
                return Optional.empty();
            }
            LocalDate due = madeOn.plusDays(SERVE_INTERIM_WITHIN_DAYS);
            if (servedOn.isPresent()) {
                return servedOn.get().isAfter(due)
                        ? Optional.of("served on " + servedOn.get() + ", "
                                + ChronoUnit.DAYS.between(due, servedOn.get()) + " days after the seven allowed")
                        : Optional.empty();
            }
            return today.isAfter(due)
                    ? Optional.of("not served, and the seven days to serve it ended on " + due)
                    : Optional.of("to be served by " + due);
        }
    }

    /** The kinds of condition an order can impose. */
    public enum Kind {
        COMMUNICATION_DEVICES("communication devices", "phone"),
        CASH_LIMIT("cash limit", ""),
        ACCOUNTS("bank and cryptoasset accounts", "account"),
        PREMISES("premises", "address"),
        TRAVEL("travel", ""),
        ASSOCIATION("association with named people", "person");

        private final String words;
        private final String covers;

        Kind(String words, String covers) {
            this.words = words;
            this.covers = covers;
        }

        public String words() {
            return words;
        }

        /** The kind of record the condition is about ("phone" ...), or empty when none is linked on record. */
        public String covers() {
            return covers;
        }

        public static Optional<Kind> of(String code) {
            try {
                return Optional.of(
                        valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * A condition: its kind and words, its dates (inside the order's), and the records it names. For devices and
     * accounts they are the ones the subject notified (anything else linked to the subject breaks it); for
     * association, the people the subject must not associate with.
     */
    public record Condition(Kind kind, String text, LocalDate starts, LocalDate ends, Set<String> named) {
        public Condition {
            named = Set.copyOf(named);
        }

        public List<Problem> problems(Order order) {
            List<Problem> out = new ArrayList<>();
            if (text.isBlank()) {
                out.add(new Problem("text", "is empty: give the condition's words as the order has them"));
            }
            if (starts.isBefore(order.starts())) {
                out.add(new Problem("conditionStarts", "is before the order starts (" + order.starts() + ")"));
            }
            if (ends.isAfter(order.ends())) {
                out.add(new Problem("conditionEnds", "is after the order ends (" + order.ends() + ")"));
            }
            if (ends.isBefore(starts)) {
                out.add(new Problem("conditionEnds", "is before the condition starts"));
            }
            return out;
        }

        boolean inForce(LocalDate day) {
            return !day.isBefore(starts) && !day.isAfter(ends);
        }
    }

    /** A field at fault and the reason. */
    public record Problem(String field, String reason) {}

    /** A record linked to the subject, as the alert check reads it: its kind, id, what it is, and how it is linked. */
    public record Linked(String kind, String id, String label, String link) {}

    /** An alert for the officer managing the order: the condition, and the record on file that breaks it. */
    public record Alert(Condition condition, Linked record, String why) {}

    /**
     * The conditions in force today that the records on file break: a phone or account linked to the subject that
     * was not notified; a person the subject must not associate with, linked to the subject.
     */
    public static List<Alert> alerts(List<Condition> conditions, List<Linked> linked, LocalDate today) {
        List<Alert> out = new ArrayList<>();
        for (Condition c : conditions) {
            if (!c.inForce(today) || c.kind().covers().isEmpty()) {
                continue;
            }
            for (Linked l : linked) {
                if (!l.kind().equals(c.kind().covers())) {
                    continue;
                }
                boolean named = c.named().contains(l.id());
                if (c.kind() == Kind.ASSOCIATION && named) {
                    out.add(new Alert(
                            c,
                            l,
                            "the subject is linked (" + l.link() + ") to " + l.label()
                                    + ", whom the order says they must not associate with"));
                } else if (c.kind() != Kind.ASSOCIATION && c.kind() != Kind.PREMISES && !named) {
                    out.add(new Alert(
                            c,
                            l,
                            "the subject is linked (" + l.link() + ") to the " + l.kind() + " " + l.label()
                                    + ", which was not notified under the order"));
                }
            }
        }
        return out;
    }
}
