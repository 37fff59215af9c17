package dk.welfarealliance.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
    @Test
    void objects_arrays_strings_numbers_and_literals_are_read() {
        Object value = JsonReader.read(" {\"a\": [1, -2.5e1, true, false, null], \"b\": \"K\\u00f8ge \\\"x\\\"\\n\", \"c\": {}} ");

        assertThat(value).isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, -25.0, true, false, null),
                "b", "Køge \"x\"\n", "c", Map.of()));
        assertThat(JsonReader.read("[]")).isEqualTo(List.of());
    }

    @Test
    void text_that_is_not_one_json_value_is_rejected_naming_the_offset() {
        assertThatThrownBy(() -> JsonReader.read("{\"a\": 1,}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON: expected a member name at offset 8");
        assertThatThrownBy(() -> JsonReader.read("[1] 2")).hasMessage("JSON: expected end of input at offset 4");
        assertThatThrownBy(() -> JsonReader.read("\"open")).hasMessageContaining("the end of the string");
    }

    @Test
    void the_bundled_boundaries_hold_the_98_municipalities_each_once() {
        List<MunicipalityShapes.Shape> shapes = MunicipalityShapes.bundled().all();

        assertThat(shapes).hasSize(98);
        assertThat(shapes.stream().map(s -> s.code().value())).doesNotHaveDuplicates().contains("101", "400", "851");
        assertThat(shapes.stream().filter(s -> s.code().value().equals("400")).findFirst().orElseThrow().name())
                .isEqualTo("Bornholm");
    }
}
