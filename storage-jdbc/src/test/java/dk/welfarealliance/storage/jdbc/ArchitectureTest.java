package dk.welfarealliance.storage.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Module boundaries: core's internals stay core's, and driver classes stay in their dialect class. */
class ArchitectureTest {
    private static final JavaClasses STORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.welfarealliance.storage.jdbc");

    @Test
    void the_jdbc_store_never_uses_an_internal_package_of_another_module() {
        noClasses().should().dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("in an internal package of another module",
                                c -> c.getPackageName().matches("dk\\.welfarealliance(\\..+)?\\.internal(\\..+)?")
                                        && !c.getPackageName().startsWith("dk.welfarealliance.storage.jdbc.internal")))
                .check(STORE);
    }

    @Test
    void only_the_postgresql_dialect_refers_to_the_postgresql_driver() {
        noClasses().that().doNotHaveSimpleName("PostgresDialect")
                .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
                .check(STORE);
    }

    @Test
    void no_class_refers_to_the_h2_driver() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.h2..").check(STORE);
    }

    @Test
    void the_store_logs_through_slf4j_only() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                "org.apache.logging..").check(STORE);
    }
}
