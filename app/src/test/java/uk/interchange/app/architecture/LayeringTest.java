package uk.interchange.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The libraries stay free of frameworks and I/O plumbing, and the two products share no domain code. */
class LayeringTest {
    private static JavaClasses all;

    @BeforeAll
    static void load() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.interchange");
    }

    @Test
    void librariesUseNoFrameworkDatabaseOrWebTypes() {
        noClasses()
                .that()
                .resideInAnyPackage("uk.interchange.roadworks..", "uk.interchange.partnership..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.servlet..",
                        "javax.servlet..",
                        "jakarta.persistence..",
                        "org.flywaydb..",
                        "com.fasterxml.jackson..",
                        "picocli..")
                .because("the domain libraries are framework-free; only app knows HTTP, SQL, Spring and files")
                .check(all);
    }

    @Test
    void librariesDoNotReachIntoTheApp() {
        noClasses()
                .that()
                .resideInAnyPackage("uk.interchange.roadworks..", "uk.interchange.partnership..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("uk.interchange.app..")
                .because("dependencies point one way: app uses the libraries")
                .check(all);
    }

    @Test
    void theTwoProductsShareNoDomainCode() {
        noClasses()
                .that()
                .resideInAPackage("uk.interchange.roadworks..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("uk.interchange.partnership..")
                .check(all);
        noClasses()
                .that()
                .resideInAPackage("uk.interchange.partnership..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("uk.interchange.roadworks..")
                .allowEmptyShould(true)
                .check(all);
    }
}
