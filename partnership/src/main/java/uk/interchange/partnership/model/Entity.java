package uk.interchange.partnership.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Something the partnership keeps records about. Every entity belongs to the organisation that recorded it
 * ({@code owner}); who else may see it is decided by {@code partnership/sharing}.
 */
public sealed interface Entity {
    String id();

    String owner();

    /** A person, with any other names they are known by and their date of birth as far as it is known. */
    record Person(String id, String owner, PersonName name, List<PersonName> aliases, Optional<PartialDate> born)
            implements Entity {
        public Person {
            aliases = List.copyOf(aliases);
        }
    }

    /** A company as Companies House describes it. */
    record Company(
            String id,
            String owner,
            String name,
            Optional<CompanyNumber> number,
            CompanyStatus status,
            Optional<LocalDate> incorporated)
            implements Entity {}

    /** An address: its lines as given, and its postcode when it has a valid one. */
    record Address(String id, String owner, List<String> lines, Optional<Postcode> postcode) implements Entity {
        public Address {
            lines = List.copyOf(lines);
        }
    }

    record PhoneLine(String id, String owner, Phone phone) implements Entity {}

    record EmailAddress(String id, String owner, Email email) implements Entity {}

    record Vehicle(String id, String owner, RegistrationMark mark) implements Entity {}

    record Account(String id, String owner, BankAccount account) implements Entity {}

    /** The state of a company on the register. */
    enum CompanyStatus {
        ACTIVE,
        DISSOLVED,
        LIQUIDATION,
        ADMINISTRATION,
        UNKNOWN
    }
}
