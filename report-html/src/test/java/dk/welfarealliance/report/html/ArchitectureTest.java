package dk.welfarealliance.report.html;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses page = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.welfarealliance.report.html");

    @Test
    void the_page_uses_no_internal_package_of_core() {
        noClasses().that().resideInAPackage("dk.welfarealliance.report.html..")
                .should().dependOnClassesThat().resideInAPackage("dk.welfarealliance..internal..")
                .because("modules share only core's public API")
                .check(page);
    }

    @Test
    void the_page_depends_on_no_backend_and_no_tck() {
        noClasses().that().resideInAPackage("dk.welfarealliance.report.html..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.welfarealliance.storage.memory..",
                        "dk.welfarealliance.storage.jdbc..", "dk.welfarealliance.storage.tck..")
                .because("the page reads through the storage SPI of any backend")
                .check(page);
    }
}
