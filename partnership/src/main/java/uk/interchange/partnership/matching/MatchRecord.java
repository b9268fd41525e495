package uk.interchange.partnership.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.interchange.partnership.model.CompanyNumber;
import uk.interchange.partnership.model.Phone;
import uk.interchange.partnership.model.Postcode;

/**
 * One record to match, normalised once: every comparison and blocking key reads these fields, never the raw text.
 * A field that was not given is "" (or null for the date of birth) and counts neither for nor against a match.
 */
public final class MatchRecord {
    final String id;
    final int line;
    final String given;
    final Set<String> givenForms;
    final String givenCode;
    final String surname;
    final List<String> surnameParts;
    final String surnameCode;
    final BirthDate born;
    final String address;
    final List<String> addressWords;
    final String town;
    final String postcode;
    final String sector;
    final String district;
    final String phone;
    final String email;
    final String company;
    final List<String> companyWords;
    final String companyNumber;

    MatchRecord(String id, int line, Map<Field, String> raw, Nicknames nicknames) {
        this.id = id;
        this.line = line;
        String full = raw.getOrDefault(Field.FULL_NAME, "");
        Names.Person p = raw.containsKey(Field.SURNAME) || raw.containsKey(Field.GIVEN)
                ? Names.person(raw.getOrDefault(Field.GIVEN, ""), raw.getOrDefault(Field.SURNAME, ""))
                : Names.person(full);
        this.given = p.first();
        this.givenForms = given.isEmpty() ? Set.of() : nicknames.formsOf(given);
        this.givenCode = Phonetic.soundex(given);
        this.surname = p.surname();
        this.surnameParts = p.surnameParts();
        this.surnameCode = Phonetic.soundex(surname);
        this.born = BirthDate.parse(raw.get(Field.BIRTH)).orElse(null);
        String addr = String.join(
                " ",
                raw.getOrDefault(Field.STREET_NUMBER, ""),
                raw.getOrDefault(Field.ADDRESS, ""),
                raw.getOrDefault(Field.ADDRESS_1, ""),
                raw.getOrDefault(Field.ADDRESS_2, ""));
        this.address = Text.fold(addr);
        this.addressWords = Text.words(address);
        this.town = Text.fold(raw.getOrDefault(Field.TOWN, ""));
        String pc = raw.getOrDefault(Field.POSTCODE, "");
        var uk = Postcode.parse(pc);
        if (uk.ok()) {
            this.postcode = uk.get().toString();
            this.sector = uk.get().sector();
            this.district = uk.get().outward();
        } else {
            this.postcode = Text.fold(pc).replace(" ", "");
            this.sector = "";
            this.district = "";
        }
        String ph = raw.getOrDefault(Field.PHONE, "");
        var phone = Phone.parse(ph);
        this.phone = phone.ok() ? phone.get().e164() : ph.replaceAll("[^0-9]", "");
        this.email = raw.getOrDefault(Field.EMAIL, "").strip().toLowerCase(java.util.Locale.ROOT);
        this.company = Names.company(raw.getOrDefault(Field.COMPANY_NAME, ""));
        this.companyWords = Text.words(company);
        String cn = raw.getOrDefault(Field.COMPANY_NUMBER, "");
        var number = CompanyNumber.parse(cn);
        this.companyNumber = number.ok() ? number.get().value() : Text.fold(cn).replace(" ", "");
    }

    /** A record from fields already picked out (as a screening's forms and files give them). */
    public static MatchRecord of(String id, int line, Map<Field, String> raw, Nicknames nicknames) {
        return new MatchRecord(id, line, raw, nicknames);
    }

    /** The normalised fields, for explanations and for looking into a missed match. */
    @Override
    public String toString() {
        return id + " [" + given + " | " + surname + " | " + (born == null ? "" : born.digits()) + " | " + address
                + " | " + town + " | " + postcode + (phone.isEmpty() ? "" : " | " + phone)
                + (email.isEmpty() ? "" : " | " + email) + (company.isEmpty() ? "" : " | " + company)
                + (companyNumber.isEmpty() ? "" : " | " + companyNumber) + "]";
    }

    /** The phone number in +44 form (or its digits, when it is not a UK number). */
    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String id() {
        return id;
    }

    /** The line of its file the record came from. */
    public int line() {
        return line;
    }

    /** What a record can say, found by the column names of {@link MatchInput}. */
    public enum Field {
        ID,
        GIVEN,
        SURNAME,
        FULL_NAME,
        BIRTH,
        ADDRESS,
        ADDRESS_1,
        ADDRESS_2,
        STREET_NUMBER,
        TOWN,
        POSTCODE,
        PHONE,
        EMAIL,
        COMPANY_NAME,
        COMPANY_NUMBER
    }
}
