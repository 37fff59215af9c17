package dk.welfarealliance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dk.welfarealliance.Alliance;
import dk.welfarealliance.Money;
import dk.welfarealliance.json.internal.Codecs;
import dk.welfarealliance.service.Command;
import dk.welfarealliance.service.ResumeAgreement;
import dk.welfarealliance.validation.ValidationException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The module on an application's own mapper: the same format, inside the application's own documents. */
class AllianceJsonModuleTest {
    record Envelope(String note, Alliance alliance, List<Money> fees, Command next) {}

    private final JsonMapper mapper = JsonMapper.builder().addModule(new AllianceJsonModule()).build();

    @Test
    void an_application_document_holding_domain_values_round_trips_through_its_own_mapper() {
        Envelope envelope = new Envelope("hej", Samples.signed(), List.of(Money.dkk(5), Money.dkk("0.5")),
                ResumeAgreement.of(Samples.AGREEMENT));
        String json = mapper.writeValueAsString(envelope);
        assertThat(json).contains("\"alliance\":{\"formatVersion\":1,");
        assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);
    }

    @Test
    void the_module_writes_what_alliance_json_writes() {
        assertThat(mapper.writeValueAsString(Samples.signed())).isEqualTo(AllianceJson.write(Samples.signed()));
    }

    @Test
    void a_bad_value_inside_an_application_document_names_its_path_from_the_documents_root() {
        String json = mapper.writeValueAsString(new Envelope("hej", Samples.signed(), List.of(), ResumeAgreement.of(Samples.AGREEMENT)))
                .replace("\"role\":\"Formand\"", "\"role\":\"\"");
        JsonMapper unwrapped = mapper.rebuild().disable(DeserializationFeature.WRAP_EXCEPTIONS).build();
        Throwable thrown = catchThrowable(() -> unwrapped.readValue(json, Envelope.class));
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown).getViolations().get(0).getPath())
                .isEqualTo("$.alliance.agreements[0].signatories[1].role");
    }

    @Test
    void with_jacksons_default_wrapping_the_typed_error_is_the_cause() {
        String json = "{\"fees\":[{\"amount\":\"1\",\"currency\":\"dkk\"}]}";
        Throwable thrown = catchThrowable(() -> mapper.readValue(json, Envelope.class));
        assertThat(thrown).hasCauseInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown.getCause()).getViolations().get(0).getPath()).isEqualTo("$.fees[0].currency");
    }

    @Test
    void every_public_domain_type_and_command_has_a_json_form() {
        List<Class<?>> missing = Stream.concat(
                        new ClassFileImporter().importPackages("dk.welfarealliance").stream()
                                .filter(c -> c.getPackageName().equals("dk.welfarealliance")),
                        new ClassFileImporter().importPackages("dk.welfarealliance.service").stream()
                                .filter(c -> c.isAssignableTo(Command.class)))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .filter(c -> !c.getSimpleName().startsWith("With") && !c.getSimpleName().startsWith("Immutable"))
                .filter(c -> !List.of("IdGenerator", "UuidOrder").contains(c.getSimpleName()))
                .<Class<?>>map(JavaClass::reflect)
                .filter(type -> Codecs.of(type).isEmpty())
                .toList();
        assertThat(missing).isEmpty();
    }
}
