package uk.interchange.partnership.matching;

import java.util.List;
import java.util.Set;
import uk.interchange.partnership.matching.MatchRecord.Field;

/** The comparisons Interchange makes between two records, each suited to what it compares. */
public final class Comparisons {
    private Comparisons() {}

    static final Comparison GIVEN = new Comparison(
            "given name",
            List.of(
                    "the same given name",
                    "given names that are forms of one name (Bob, Robert)",
                    "given names nearly the same (Jaro-Winkler at least 0.92), or given name and surname swapped",
                    "given names alike (Jaro-Winkler at least 0.80, or the same sound)",
                    "one given name is the other's initial",
                    "different given names"),
            Set.of(Field.GIVEN, Field.FULL_NAME),
            (a, b) -> {
                if (a.given.isEmpty() || b.given.isEmpty()) {
                    return 0;
                }
                if (a.given.equals(b.given)) {
                    return 1;
                }
                if (related(a, b)) {
                    return 2;
                }
                double jw = Similarity.jaroWinkler(a.given, b.given);
                if (jw >= 0.92 || swapped(a, b)) {
                    return 3;
                }
                if (jw >= 0.80 || a.givenCode.equals(b.givenCode)) {
                    return 4;
                }
                if ((a.given.length() == 1 || b.given.length() == 1) && a.given.charAt(0) == b.given.charAt(0)) {
                    return 5;
                }
                return 6;
            },
            r -> r.given);

    static final Comparison SURNAME = new Comparison(
            "surname",
            List.of(
                    "the same surname",
                    "surnames nearly the same (Jaro-Winkler at least 0.92), or given name and surname swapped",
                    "surnames that share a part (a double-barrelled name) or sound the same",
                    "surnames alike (Jaro-Winkler at least 0.80)",
                    "different surnames"),
            Set.of(Field.SURNAME, Field.FULL_NAME),
            (a, b) -> {
                if (a.surname.isEmpty() || b.surname.isEmpty()) {
                    return 0;
                }
                if (a.surname.equals(b.surname)) {
                    return 1;
                }
                double jw = Similarity.jaroWinkler(a.surname, b.surname);
                if (jw >= 0.92 || swapped(a, b)) {
                    return 2;
                }
                if (shareAPart(a.surnameParts, b.surnameParts) || a.surnameCode.equals(b.surnameCode)) {
                    return 3;
                }
                return jw >= 0.80 ? 4 : 5;
            },
            r -> r.surname);

    static final Comparison BIRTH = new Comparison(
            "date of birth",
            List.of(
                    "the same date of birth",
                    "the same date with day and month swapped",
                    "month and year agree, and one side knows no more",
                    "one digit different",
                    "the same year of birth",
                    "different dates of birth"),
            Set.of(Field.BIRTH),
            (a, b) -> a.born == null || b.born == null ? 0 : BirthDate.level(a.born, b.born),
            null);

    static final Comparison ADDRESS = new Comparison(
            "address",
            List.of(
                    "the same address",
                    "addresses nearly the same (most words in common, or Jaro-Winkler at least 0.92)",
                    "addresses whose words are alike (each close to one of the other's)",
                    "addresses with half their words in common",
                    "different addresses"),
            Set.of(Field.ADDRESS, Field.ADDRESS_1, Field.ADDRESS_2, Field.STREET_NUMBER),
            (a, b) -> {
                if (a.address.isEmpty() || b.address.isEmpty()) {
                    return 0;
                }
                if (a.address.equals(b.address)) {
                    return 1;
                }
                double words = Similarity.tokenSet(a.addressWords, b.addressWords);
                if (words >= 0.75 || Similarity.jaroWinkler(a.address, b.address) >= 0.92) {
                    return 2;
                }
                if (Similarity.wordsAlike(a.addressWords, b.addressWords) >= 0.9) {
                    return 3;
                }
                return words >= 0.5 ? 4 : 5;
            },
            null);

    static final Comparison TOWN = new Comparison(
            "town",
            List.of("the same town", "towns nearly the same (Jaro-Winkler at least 0.90)", "different towns"),
            Set.of(Field.TOWN),
            (a, b) -> {
                if (a.town.isEmpty() || b.town.isEmpty()) {
                    return 0;
                }
                if (a.town.equals(b.town)) {
                    return 1;
                }
                return Similarity.jaroWinkler(a.town, b.town) >= 0.90 ? 2 : 3;
            },
            r -> r.town);

    static final Comparison POSTCODE = new Comparison(
            "postcode",
            List.of(
                    "the same postcode",
                    "the same postcode sector (RG2 0)",
                    "the same postcode district (RG2)",
                    "postcodes one character apart",
                    "different postcodes"),
            Set.of(Field.POSTCODE),
            (a, b) -> {
                if (a.postcode.isEmpty() || b.postcode.isEmpty()) {
                    return 0;
                }
                if (a.postcode.equals(b.postcode)) {
                    return 1;
                }
                if (!a.sector.isEmpty() && a.sector.equals(b.sector)) {
                    return 2;
                }
                if (!a.district.isEmpty() && a.district.equals(b.district)) {
                    return 3;
                }
                return Similarity.editDistance(a.postcode, b.postcode) == 1 ? 4 : 5;
            },
            r -> r.postcode);

    static final Comparison PHONE = new Comparison(
            "phone",
            List.of("the same phone number", "phone numbers one digit apart", "different phone numbers"),
            Set.of(Field.PHONE),
            (a, b) -> {
                if (a.phone.isEmpty() || b.phone.isEmpty()) {
                    return 0;
                }
                if (a.phone.equals(b.phone)) {
                    return 1;
                }
                return Similarity.editDistance(a.phone, b.phone) == 1 ? 2 : 3;
            },
            r -> r.phone);

    static final Comparison EMAIL = new Comparison(
            "email",
            List.of("the same email address", "the same name before the @", "different email addresses"),
            Set.of(Field.EMAIL),
            (a, b) -> {
                if (a.email.isEmpty() || b.email.isEmpty()) {
                    return 0;
                }
                if (a.email.equals(b.email)) {
                    return 1;
                }
                int x = a.email.indexOf('@');
                int y = b.email.indexOf('@');
                return x > 0 && y > 0 && a.email.substring(0, x).equals(b.email.substring(0, y)) ? 2 : 3;
            },
            r -> r.email);

    static final Comparison COMPANY = new Comparison(
            "company name",
            List.of(
                    "the same company name (legal form and \"the\" aside)",
                    "company names with most words in common",
                    "company names nearly the same (Jaro-Winkler at least 0.90)",
                    "different company names"),
            Set.of(Field.COMPANY_NAME),
            (a, b) -> {
                if (a.company.isEmpty() || b.company.isEmpty()) {
                    return 0;
                }
                if (a.company.equals(b.company)) {
                    return 1;
                }
                if (Similarity.tokenSet(a.companyWords, b.companyWords) >= 0.8) {
                    return 2;
                }
                return Similarity.jaroWinkler(a.company, b.company) >= 0.90 ? 3 : 4;
            },
            r -> r.company);

    static final Comparison COMPANY_NUMBER = new Comparison(
            "company number",
            List.of("the same Companies House number", "different Companies House numbers"),
            Set.of(Field.COMPANY_NUMBER),
            (a, b) -> {
                if (a.companyNumber.isEmpty() || b.companyNumber.isEmpty()) {
                    return 0;
                }
                return a.companyNumber.equals(b.companyNumber) ? 1 : 2;
            },
            null);

    /** Every comparison, in the order explanations list them. */
    public static final List<Comparison> ALL =
            List.of(GIVEN, SURNAME, BIRTH, ADDRESS, TOWN, POSTCODE, PHONE, EMAIL, COMPANY, COMPANY_NUMBER);

    /** The comparisons that files with these fields (both sides) can make. */
    public static List<Comparison> forFields(Set<MatchRecord.Field> fields) {
        return ALL.stream().filter(c -> c.applies(fields)).toList();
    }

    private static boolean related(MatchRecord a, MatchRecord b) {
        for (String f : a.givenForms) {
            if (b.givenForms.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean swapped(MatchRecord a, MatchRecord b) {
        return !a.given.isEmpty() && a.given.equals(b.surname) && a.surname.equals(b.given);
    }

    private static boolean shareAPart(List<String> a, List<String> b) {
        if (a.size() < 2 && b.size() < 2) {
            return false;
        }
        for (String x : a) {
            if (x.length() > 1 && b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
