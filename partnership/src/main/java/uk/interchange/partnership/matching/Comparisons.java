package uk.interchange.partnership.matching;

import java.util.List;
import java.util.Set;
import uk.interchange.partnership.matching.MatchRecord.Field;

/** The comparisons Interchange makes between two records, each suited to what it compares. */
public final class Comparisons {
    private Comparisons() {}

    private static final Level.On GIVEN_NAME = new Level.On("given name", "given names", r -> r.given);
    private static final Level.On SURNAME_ = new Level.On("surname", "surnames", r -> r.surname);
    private static final Level.Words ADDRESS_WORDS = new Level.Words("addresses", r -> r.addressWords);
    private static final Level.On ADDRESS_ = new Level.On("address", "addresses", r -> r.address);
    private static final Level.On TOWN_ = new Level.On("town", "towns", r -> r.town);
    private static final Level.On POSTCODE_ = new Level.On("postcode", "postcodes", r -> r.postcode);
    private static final Level.On PHONE_ = new Level.On("phone number", "phone numbers", r -> r.phone);
    private static final Level.On EMAIL_ = new Level.On("email address", "email addresses", r -> r.email);
    private static final Level.On COMPANY_ = new Level.On("company name", "company names", r -> r.company);
    private static final Level.Words COMPANY_WORDS = new Level.Words("company names", r -> r.companyWords);

    private static final Level NAMES_SWAPPED = Level.of("given name and surname swapped", Comparisons::swapped);

    static final Comparison GIVEN = Comparison.of(
            "given name",
            Set.of(Field.GIVEN, Field.FULL_NAME),
            r -> !r.given.isEmpty(),
            List.of(
                    GIVEN_NAME.same(),
                    Level.of("given names that are forms of one name (Bob, Robert)", Comparisons::related),
                    GIVEN_NAME.jaroWinkler(0.92).or(NAMES_SWAPPED),
                    GIVEN_NAME.jaroWinkler(0.80).or(GIVEN_NAME.samePart("sound of the given name", r -> r.givenCode)),
                    Level.of(
                            "one given name is the other's initial",
                            (a, b) -> (a.given.length() == 1 || b.given.length() == 1)
                                    && a.given.charAt(0) == b.given.charAt(0))),
            "different given names",
            r -> r.given);

    static final Comparison SURNAME = Comparison.of(
            "surname",
            Set.of(Field.SURNAME, Field.FULL_NAME),
            r -> !r.surname.isEmpty(),
            List.of(
                    SURNAME_.same(),
                    SURNAME_.jaroWinkler(0.92).or(NAMES_SWAPPED),
                    Level.of(
                                    "surnames that share a part (a double-barrelled name)",
                                    (a, b) -> shareAPart(a.surnameParts, b.surnameParts))
                            .or(SURNAME_.samePart("sound of the surname", r -> r.surnameCode)),
                    SURNAME_.jaroWinkler(0.80)),
            "different surnames",
            r -> r.surname);

    /**
     * m for the date of birth: estimated by EM for every level (null). The relative level is named so that an
     * explanation says what it may be; it is not yet stated as strong evidence against (see docs/benchmarks.md).
     */
    static final double[] BIRTH_M = null;

    /** Dates of birth this many years apart on the same day and month are taken for two generations. */
    static final int GENERATION_YEARS = 10;

    /** Full dates of birth at most this many days apart are "within a year". */
    static final int WITHIN_DAYS = 366;

    static final Comparison BIRTH = Comparison.of(
            "date of birth",
            Set.of(Field.BIRTH),
            r -> r.born != null,
            List.of(
                    Level.of("the same date of birth", (a, b) -> BirthDate.same(a.born, b.born)),
                    Level.of("the same date with day and month swapped", (a, b) -> BirthDate.swapped(a.born, b.born)),
                    Level.of(
                            "one digit different in the day or the month",
                            (a, b) -> BirthDate.digitOffInDayOrMonth(a.born, b.born)),
                    Level.of(
                            "one side knows only the month and year (03/1984) or the year, and they agree",
                            (a, b) -> BirthDate.partAgrees(a.born, b.born)),
                    Level.of(
                            "the same day and month, years " + GENERATION_YEARS
                                    + " or more apart: a relative with the same name?",
                            (a, b) -> BirthDate.sameDayYearsApart(a.born, b.born, GENERATION_YEARS)),
                    Level.of(
                            "dates at most " + WITHIN_DAYS + " days apart",
                            (a, b) -> BirthDate.withinDays(a.born, b.born, WITHIN_DAYS))),
            "different dates of birth",
            null,
            BIRTH_M);

    static final Comparison ADDRESS = Comparison.of(
            "address",
            Set.of(Field.ADDRESS, Field.ADDRESS_1, Field.ADDRESS_2, Field.STREET_NUMBER),
            r -> !r.address.isEmpty(),
            List.of(
                    ADDRESS_.same(),
                    ADDRESS_WORDS.inCommon(0.75).or(ADDRESS_.jaroWinkler(0.92)),
                    ADDRESS_WORDS.alike(0.9),
                    ADDRESS_WORDS.inCommon(0.5)),
            "different addresses",
            null);

    static final Comparison TOWN = Comparison.of(
            "town",
            Set.of(Field.TOWN),
            r -> !r.town.isEmpty(),
            List.of(TOWN_.same(), TOWN_.jaroWinkler(0.90)),
            "different towns",
            r -> r.town);

    static final Comparison POSTCODE = Comparison.of(
            "postcode",
            Set.of(Field.POSTCODE),
            r -> !r.postcode.isEmpty(),
            List.of(
                    POSTCODE_.same(),
                    POSTCODE_.samePart("postcode sector (RG2 0)", r -> r.sector),
                    POSTCODE_.samePart("postcode district (RG2)", r -> r.district),
                    POSTCODE_.editsAtMost(1)),
            "different postcodes",
            r -> r.postcode);

    static final Comparison PHONE = Comparison.of(
            "phone",
            Set.of(Field.PHONE),
            r -> !r.phone.isEmpty(),
            List.of(PHONE_.same(), PHONE_.editsAtMost(1)),
            "two valid, different phone numbers",
            r -> r.phone);

    static final Comparison EMAIL = Comparison.of(
            "email",
            Set.of(Field.EMAIL),
            r -> !r.email.isEmpty(),
            List.of(EMAIL_.same(), EMAIL_.samePart("name before the @", Comparisons::beforeAt)),
            "two valid, different email addresses",
            r -> r.email);

    static final Comparison COMPANY = Comparison.of(
            "company name",
            Set.of(Field.COMPANY_NAME),
            r -> !r.company.isEmpty(),
            List.of(
                    Level.of(
                            "the same company name (legal form and \"the\" aside)",
                            (a, b) -> a.company.equals(b.company)),
                    COMPANY_WORDS.inCommon(0.8),
                    COMPANY_.jaroWinkler(0.90)),
            "different company names",
            r -> r.company);

    /**
     * m for an identifier that belongs to one person or company: a true pair shows two valid, different values only
     * when one was mistyped into another valid value, taken as one in a thousand. Agreement is then worth about
     * log2(0.999 / chance) and a difference about -10 (a thousand to one against), whatever else agrees.
     */
    static final double[] ONE_OWNER_M = {0, 0.999, 0.001};

    static final Comparison COMPANY_NUMBER = identifier(
            "company number",
            Field.COMPANY_NUMBER,
            "Companies House number",
            "Companies House numbers",
            r -> r.companyNumber);

    static final Comparison NI_NUMBER = identifier(
            "ni number", Field.NI_NUMBER, "National Insurance number", "National Insurance numbers", r -> r.niNumber);

    static final Comparison BANK_ACCOUNT =
            identifier("bank account", Field.ACCOUNT_NUMBER, "bank account", "bank accounts", r -> r.bankAccount);

    /**
     * A vehicle: agreeing is strong evidence, but a person may keep several vehicles, so a difference is weighed as
     * the files show it (by EM), not as proof.
     */
    static final Comparison VEHICLE = Comparison.of(
            "vehicle registration",
            Set.of(Field.VEHICLE),
            r -> !r.vehicle.isEmpty(),
            List.of(new Level.On("vehicle registration", "vehicle registrations", r -> r.vehicle).same()),
            "two valid, different vehicle registrations",
            null);

    private static Comparison identifier(
            String name, Field field, String one, String many, java.util.function.Function<MatchRecord, String> v) {
        return Comparison.of(
                name,
                Set.of(field),
                r -> !v.apply(r).isEmpty(),
                List.of(new Level.On(one, many, v).same()),
                "two valid, different " + many,
                null,
                ONE_OWNER_M);
    }

    /** Every comparison, in the order explanations list them. */
    public static final List<Comparison> ALL = List.of(
            GIVEN,
            SURNAME,
            BIRTH,
            ADDRESS,
            TOWN,
            POSTCODE,
            PHONE,
            EMAIL,
            COMPANY,
            COMPANY_NUMBER,
            NI_NUMBER,
            VEHICLE,
            BANK_ACCOUNT);

    /** The comparisons that files with these fields (both sides) can make. */
    public static List<Comparison> forFields(Set<MatchRecord.Field> fields) {
        return ALL.stream().filter(c -> c.applies(fields)).toList();
    }

    private static String beforeAt(MatchRecord r) {
        int at = r.email.indexOf('@');
        return at > 0 ? r.email.substring(0, at) : "";
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
