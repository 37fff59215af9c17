package dk.welfarealliance.storage.memory;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses memoryStore = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.welfarealliance.storage.memory");

    @Test
    void the_memory_store_uses_no_internal_package_of_another_module() {
        noClasses().that().resideInAPackage("dk.welfarealliance.storage.memory..")
                .should().dependOnClassesThat(resideInAPackage("..internal..")
                        .and(not(resideInAPackage("dk.welfarealliance.storage.memory.."))))
                .because("modules share only core's public API and the SPI")
                .check(memoryStore);
    }

    @Test
    void the_memory_store_depends_on_no_other_backend_nor_the_tck() {
        noClasses().that().resideInAPackage("dk.welfarealliance.storage.memory..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.welfarealliance.storage.jdbc..", "dk.welfarealliance.storage.tck..")
                .because("storage modules depend on core only")
                .check(memoryStore);
    }
}
