package dk.welfarealliance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dk.welfarealliance.service.Lifecycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where core's dependencies may point (docs/architecture.md): core knows no storage backend and no framework; the
 * domain values sit below the lifecycle and the storage SPI. Core's own public packages may use core's
 * {@code internal} packages (other modules may not: their own ArchUnit rules check that).
 */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dk.welfarealliance");
        // the rules below allow an empty selection, so make sure the import itself is not empty
        assertThat(core.contain(Alliance.class)).isTrue();
        assertThat(core.contain(Lifecycle.class)).isTrue();
        assertThat(core.stream().anyMatch(c -> c.getName().contains("Test"))).as("test classes excluded").isFalse();
    }

    @Test
    void core_depends_on_no_storage_backend() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "dk.welfarealliance.storage.memory..",
                        "dk.welfarealliance.storage.jdbc..",
                        "dk.welfarealliance.storage.tck..")
                .because("core knows no backend; backends depend on core (docs/architecture.md)")
                .allowEmptyShould(true);
        rule.check(core);
    }

    @Test
    void core_contains_no_storage_backend() {
        ArchRule rule = noClasses().should().resideInAnyPackage(
                        "dk.welfarealliance.storage.memory..",
                        "dk.welfarealliance.storage.jdbc..",
                        "dk.welfarealliance.storage.tck..",
                        "dk.welfarealliance.examples..")
                .because("backends, the TCK and the examples live in their own modules")
                .allowEmptyShould(true);
        rule.check(core);
    }

    @Test
    void core_depends_on_no_framework_database_driver_or_pool() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.inject..", "javax.inject..", "com.google.inject..",
                        "jakarta.enterprise..", "javax.enterprise..",
                        "jakarta.persistence..", "javax.persistence..",
                        "io.micronaut..", "io.quarkus..",
                        "org.flywaydb..", "com.zaxxer.hikari..", "org.h2..", "org.postgresql..",
                        "org.jooq..", "org.hibernate.orm..")
                .because("core is a plain library: no framework, no driver, no pool (docs/architecture.md)")
                .allowEmptyShould(true);
        rule.check(core);
    }

    @Test
    void the_domain_values_do_not_depend_on_the_lifecycle_or_on_storage() {
        ArchRule rule = noClasses().that().resideInAnyPackage(
                        "dk.welfarealliance", "dk.welfarealliance.validation", "dk.welfarealliance.reference",
                        "dk.welfarealliance.internal..", "dk.welfarealliance.reference.internal..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.welfarealliance.service..", "dk.welfarealliance.storage..")
                .because("values and their validation sit below the lifecycle and the storage SPI")
                .allowEmptyShould(true);
        rule.check(core);
    }

    @Test
    void core_logs_only_through_slf4j() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.allowEmptyShould(true).check(core);
    }

    @Test
    void core_writes_nothing_to_standard_out_or_standard_error() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.allowEmptyShould(true).check(core);
    }
}
