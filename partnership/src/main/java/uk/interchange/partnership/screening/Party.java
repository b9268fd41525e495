package uk.interchange.partnership.screening;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.interchange.partnership.matching.MatchRecord;
import uk.interchange.partnership.matching.MatchRecord.Field;

/**
 * One entity in a screening: a bidder's company, officer, address, phone, email or account, or an entity of the
 * watchlist. {@code record} is its normalised form for matching (people and companies); the rest are the facts the
 * checks read, and {@code columns} the values as given (named as the screening CSV's columns, kind among them), so
 * that a bidder can be stored and read again whichever way it came in.
 */
public record Party(
        String id,
        int line,
        Kind kind,
        String role,
        Map<Field, String> fields,
        MatchRecord record,
        String account,
        Optional<String> group,
        String status,
        Optional<LocalDate> incorporated,
        Optional<LocalDate> dissolved,
        String sector,
        Map<String, String> columns) {

    public Party {
        columns = Map.copyOf(columns);
    }

    /** What an entity is. */
    public enum Kind {
        PERSON,
        COMPANY,
        ADDRESS,
        PHONE,
        EMAIL,
        ACCOUNT;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How the entity is named in reasons: its name, number or value as given. */
    public String label() {
        return switch (kind) {
            case PERSON ->
                fields.containsKey(Field.FULL_NAME)
                        ? fields.get(Field.FULL_NAME)
                        : (fields.getOrDefault(Field.GIVEN, "") + " " + fields.getOrDefault(Field.SURNAME, "")).strip();
            case COMPANY -> fields.getOrDefault(Field.COMPANY_NAME, fields.getOrDefault(Field.COMPANY_NUMBER, id));
            case ADDRESS ->
                (fields.getOrDefault(Field.ADDRESS, "") + " " + fields.getOrDefault(Field.POSTCODE, "")).strip();
            case PHONE -> fields.getOrDefault(Field.PHONE, id);
            case EMAIL -> fields.getOrDefault(Field.EMAIL, id);
            case ACCOUNT -> account;
        };
    }
}
