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
    void white_space_may_stand_between_any_two_tokens() {
        assertThat(JsonReader.read(" { \"a\" : [ 1 , [ ] ] , \"b\" : { } } "))
                .isEqualTo(Map.of("a", List.of(1.0, List.of()), "b", Map.of()));
        assertThat(JsonReader.read("[ ]")).isEqualTo(List.of());
    }

    @Test
    void a_value_may_end_the_text_and_a_number_may_carry_a_sign() {
        assertThat(JsonReader.read("12")).isEqualTo(12.0);
        assertThat(JsonReader.read("+1.5E2")).isEqualTo(150.0);
        assertThat(JsonReader.read("\"\\u00f8\"")).isEqualTo("ø");
    }

    @Test
    void text_cut_short_is_rejected_naming_what_was_expected_and_where() {
        assertThatThrownBy(() -> JsonReader.read("[1")).hasMessage("JSON: expected ']' at offset 2");
        assertThatThrownBy(() -> JsonReader.read("[1,")).hasMessage("JSON: expected a value at offset 3");
        assertThatThrownBy(() -> JsonReader.read("{\"a\": 1")).hasMessage("JSON: expected '}' at offset 7");
        assertThatThrownBy(() -> JsonReader.read("\"a\\")).hasMessage("JSON: expected the end of the string at offset 3");
        assertThatThrownBy(() -> JsonReader.read("\"\\u00f")).hasMessage("JSON: expected four hex digits at offset 3");
        assertThatThrownBy(() -> JsonReader.read("\"\\u00f8")).hasMessage("JSON: expected the end of the string at offset 7");
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
