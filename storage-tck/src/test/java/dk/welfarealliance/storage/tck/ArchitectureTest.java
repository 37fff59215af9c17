package dk.welfarealliance.storage.tck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The TCK checks stores against its own reference, never against the memory store, and uses only the public
 * API of core: no {@code ..internal..} package of another module.
 */
class ArchitectureTest {
    private static final String TCK = "dk.welfarealliance.storage.tck";

    @Test
    void no_tck_class_depends_on_the_memory_store() {
        JavaClasses classes = new ClassFileImporter().importPackages(TCK);

        noClasses().should().dependOnClassesThat().resideInAPackage("dk.welfarealliance.storage.memory..")
                .because("queries are checked against the TCK's own reference, so a wrong memory store cannot pass itself")
                .check(classes);
    }

    @Test
    void no_tck_class_depends_on_an_internal_package_of_another_module() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(TCK);

        noClasses().should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("other modules use only core's public API (docs/architecture.md)")
                .check(classes);
    }
}
