package uk.interchange.partnership.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import uk.interchange.partnership.model.BankAccount;
import uk.interchange.partnership.model.CompanyNumber;
import uk.interchange.partnership.model.Email;
import uk.interchange.partnership.model.Entity;
import uk.interchange.partnership.model.PartialDate;
import uk.interchange.partnership.model.PersonName;
import uk.interchange.partnership.model.Phone;
import uk.interchange.partnership.model.Postcode;
import uk.interchange.partnership.model.RegistrationMark;

/** An entity written as fields reads back as the same entity: what edit forms and exports rely on. */
class EntityFieldsTest {
    @Property(tries = 400)
    void anEntityWrittenAsFieldsReadsBackTheSame(@ForAll("entities") Entity e) {
        EntityCsv.Reading r = EntityCsv.fromFields(EntityFields.of(e), "tvp");
        assertThat(r.problems()).isEmpty();
        assertThat(r.good()).singleElement().satisfies(g -> {
            assertThat(g.entity()).isEqualTo(e);
            assertThat(g.kind()).isEqualTo(EntityFields.kind(e));
        });
    }

    @Property(tries = 200)
    void everyFieldWrittenIsAColumnAnExportHas(@ForAll("entities") Entity e) {
        assertThat(EntityFields.COLUMNS).containsAll(EntityFields.of(e).keySet());
    }

    @Test
    void aFormWithBadFieldsNamesEachAndMakesNothing() {
        EntityCsv.Reading r = EntityCsv.fromFields(
                Map.of("kind", "person", "Surname", "Kestley", "date_of_birth", "31/02/1984"), "tvp");
        assertThat(r.good()).isEmpty();
        assertThat(r.problems()).extracting(EntityCsv.Problem::field).containsExactly("date_of_birth");
        assertThat(EntityCsv.fromFields(Map.of("kind", "company"), "tvp").problems())
                .extracting(EntityCsv.Problem::field)
                .containsExactly("name");
    }

    @Test
    void aliasesAreNamesSeparatedBySemicolonsWithTheSurnameLast() {
        assertThat(EntityCsv.aliases("Bob  Smith;; Robert James Smyth ; Kes"))
                .containsExactly(
                        new PersonName(Optional.empty(), List.of("Bob"), "Smith"),
                        new PersonName(Optional.empty(), List.of("Robert", "James"), "Smyth"),
                        new PersonName(Optional.empty(), List.of(), "Kes"));
    }

    @Provide
    Arbitrary<Entity> entities() {
        return Arbitraries.oneOf(people(), companies(), addresses(), phones(), emails(), vehicles(), accounts());
    }

    private static Arbitrary<String> word() {
        return Combinators.combine(
                        Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMinLength(1)
                                .ofMaxLength(8))
                .as((c, rest) -> c + rest);
    }

    private static Arbitrary<Entity> people() {
        Arbitrary<String> surname =
                Arbitraries.oneOf(word(), Combinators.combine(word(), word()).as((a, b) -> a + "-" + b));
        Arbitrary<PersonName> alias = Combinators.combine(word().list().ofMaxSize(2), surname)
                .as((g, s) -> new PersonName(Optional.empty(), g, s));
        Arbitrary<Optional<PartialDate>> born = Combinators.combine(
                        Arbitraries.integers().between(1930, 2008),
                        Arbitraries.integers().between(0, 12),
                        Arbitraries.integers().between(0, 28))
                .as((y, m, d) -> m == 0
                        ? y.toString()
                        : d == 0 ? String.format("%d-%02d", y, m) : String.format("%d-%02d-%02d", y, m, d))
                .map(t -> PartialDate.parse(t).value());
        Arbitrary<Optional<PartialDate>> bornOrNot = Arbitraries.oneOf(born, Arbitraries.just(Optional.empty()));
        return Combinators.combine(
                        Arbitraries.of("Mr", "Mrs", "Ms", "Dr").optional(0.3),
                        word().list().ofMaxSize(3),
                        surname,
                        alias.list().ofMaxSize(2),
                        bornOrNot)
                .as((t, g, s, a, b) -> new Entity.Person("", "tvp", new PersonName(t, g, s), a, b));
    }

    private static Arbitrary<Entity> companies() {
        return Combinators.combine(
                        word().list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w) + " Ltd"),
                        Arbitraries.strings().numeric().ofLength(8).map(n -> CompanyNumber.parse(n)
                                .value()),
                        Arbitraries.of(Entity.CompanyStatus.class),
                        Arbitraries.integers()
                                .between(0, 20_000)
                                .map(d -> LocalDate.of(1970, 1, 1).plusDays(d))
                                .optional(0.7))
                .as((n, num, st, inc) -> new Entity.Company("", "tvp", n, num, st, inc));
    }

    private static Arbitrary<Entity> addresses() {
        Arbitrary<Optional<Postcode>> postcode = Combinators.combine(
                        Arbitraries.of("RG", "OX", "SL", "M", "B", "EC1A", "W1A"),
                        Arbitraries.integers().between(1, 9),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.strings().withChars("ABDEFGHJLNPQRSTUWXYZ").ofLength(2))
                .as((area, d, s, unit) -> (area.length() > 2 ? area : area + d) + " " + s + unit)
                .map(p -> Postcode.parse(p).value());
        Arbitrary<List<String>> lines = Combinators.combine(
                        Arbitraries.integers().between(1, 200), word())
                .as((n, w) -> n + " " + w + " Road")
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
        return Combinators.combine(lines, postcode).as((l, p) -> new Entity.Address("", "tvp", l, p));
    }

    private static Arbitrary<Entity> phones() {
        return Arbitraries.strings()
                .numeric()
                .ofLength(3)
                .map(n -> new Entity.PhoneLine(
                        "", "tvp", Phone.parse("07700 900" + n).get()));
    }

    private static Arbitrary<Entity> emails() {
        return word().map(w -> new Entity.EmailAddress(
                "", "tvp", Email.parse(w + "@example.org").get()));
    }

    private static Arbitrary<Entity> vehicles() {
        return Combinators.combine(
                        Arbitraries.strings()
                                .withChars("ABCDEFGHJKLMNOPRSTUVWXY")
                                .ofLength(2),
                        Arbitraries.integers().between(10, 99),
                        Arbitraries.strings()
                                .withChars("ABCDEFGHJKLMNOPRSTUVWXYZ")
                                .ofLength(3))
                .as((a, n, b) -> RegistrationMark.parse(a + n + b))
                .filter(p -> p.ok())
                .map(p -> new Entity.Vehicle("", "tvp", p.get()));
    }

    private static Arbitrary<Entity> accounts() {
        return Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(6),
                        Arbitraries.strings().numeric().ofLength(8))
                .as((s, a) ->
                        new Entity.Account("", "tvp", BankAccount.parse(s, a).get()));
    }
}
