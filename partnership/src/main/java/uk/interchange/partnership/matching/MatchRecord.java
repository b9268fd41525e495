package uk.interchange.partnership.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.interchange.partnership.model.BankAccount;
import uk.interchange.partnership.model.CompanyNumber;
import uk.interchange.partnership.model.Email;
import uk.interchange.partnership.model.Parsed;
import uk.interchange.partnership.model.Phone;
import uk.interchange.partnership.model.Postcode;
import uk.interchange.partnership.model.RegistrationMark;

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
    /** The phone and email as screening's exact links key them: valid or not, so two bad values stay apart. */
    private final String phoneKey;

    private final String emailKey;
    final String niNumber;
    final String vehicle;
    final String bankAccount;
    /** The identifiers given that failed their format or check: treated as not given, and counted for the run. */
    final Set<Field> invalid;

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
        // an identifier that fails its format or check is not known, never a disagreement: "N/A" is no number
        Set<Field> bad = EnumSet.noneOf(Field.class);
        this.phone = valid(raw, Field.PHONE, bad, t -> Phone.parse(t).map(Phone::e164));
        this.email = valid(raw, Field.EMAIL, bad, t -> Email.parse(t).map(Email::value));
        String ph = raw.getOrDefault(Field.PHONE, "");
        this.phoneKey = phone.isEmpty() ? ph.replaceAll("[^0-9]", "") : phone;
        this.emailKey = raw.getOrDefault(Field.EMAIL, "").strip().toLowerCase(java.util.Locale.ROOT);
        this.company = Names.company(raw.getOrDefault(Field.COMPANY_NAME, ""));
        this.companyWords = Text.words(company);
        this.companyNumber = valid(
                raw, Field.COMPANY_NUMBER, bad, t -> CompanyNumber.parse(t).map(CompanyNumber::value));
        this.niNumber = valid(raw, Field.NI_NUMBER, bad, Identifiers::niNumber);
        this.vehicle =
                valid(raw, Field.VEHICLE, bad, t -> RegistrationMark.parse(t).map(RegistrationMark::value));
        String sortCode = raw.getOrDefault(Field.SORT_CODE, "");
        String account = raw.getOrDefault(Field.ACCOUNT_NUMBER, "");
        if (sortCode.isBlank() && account.isBlank()) {
            this.bankAccount = "";
        } else {
            var bank = BankAccount.parse(sortCode, account);
            this.bankAccount = bank.ok() ? bank.get().toString() : "";
            if (!bank.ok()) {
                bad.add(raw.containsKey(Field.ACCOUNT_NUMBER) ? Field.ACCOUNT_NUMBER : Field.SORT_CODE);
            }
        }
        this.invalid = bad.isEmpty() ? Set.of() : Set.copyOf(bad);
    }

    private static String valid(
            Map<Field, String> raw, Field field, Set<Field> bad, Function<String, Parsed<String>> parse) {
        String t = raw.getOrDefault(field, "");
        if (t.isBlank()) {
            return "";
        }
        Parsed<String> p = parse.apply(t);
        if (!p.ok()) {
            bad.add(field);
            return "";
        }
        return p.get();
    }

    /** The identifier fields given on this record that failed their format or check (and so count as not given). */
    public Set<Field> invalid() {
        return invalid;
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
                + (companyNumber.isEmpty() ? "" : " | " + companyNumber)
                + (niNumber.isEmpty() ? "" : " | " + niNumber)
                + (vehicle.isEmpty() ? "" : " | " + vehicle)
                + (bankAccount.isEmpty() ? "" : " | " + bankAccount) + "]";
    }

    /**
     * The phone number in +44 form, or its digits when it is not a valid number: the key screening's exact links use.
     * (Comparisons read only valid numbers.)
     */
    public String phone() {
        return phoneKey;
    }

    /** The email address in lower case, valid or not (comparisons read only valid ones). */
    public String email() {
        return emailKey;
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
        COMPANY_NUMBER,
        NI_NUMBER,
        VEHICLE,
        SORT_CODE,
        ACCOUNT_NUMBER
    }
}
