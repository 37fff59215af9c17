package dk.welfarealliance.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses examples = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.welfarealliance.examples");

    @Test
    void the_examples_use_only_the_public_api() {
        noClasses().that().resideInAPackage("dk.welfarealliance.examples..")
                .should().dependOnClassesThat().resideInAPackage("dk.welfarealliance..internal..")
                .because("a newcomer copies from the examples, and internal packages may change at any time")
                .check(examples);
    }
}
