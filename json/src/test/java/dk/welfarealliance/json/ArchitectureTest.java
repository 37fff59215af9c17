package dk.welfarealliance.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final JavaClasses json = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.welfarealliance.json");

    @Test
    void the_codec_builds_values_through_cores_public_api_only() {
        noClasses().that().resideInAPackage("dk.welfarealliance.json..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.welfarealliance.internal..",
                        "dk.welfarealliance.service.internal..", "dk.welfarealliance.report.internal..",
                        "dk.welfarealliance.reference.internal..")
                .because("what a codec may build is what any application may build: no back door past validation")
                .check(json);
    }

    @Test
    void the_codec_depends_on_no_backend() {
        noClasses().that().resideInAPackage("dk.welfarealliance.json..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.welfarealliance.storage.memory..",
                        "dk.welfarealliance.storage.jdbc..", "dk.welfarealliance.storage.tck..")
                .check(json);
    }
}
