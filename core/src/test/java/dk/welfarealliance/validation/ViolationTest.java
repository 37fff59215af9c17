package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.welfarealliance.GoalTarget;
import dk.welfarealliance.Money;
import dk.welfarealliance.testing.Rejected;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Violation} is a value (equal exactly when type, path, rule and attributes are equal) whose template and
 * messages follow its rule; {@link ValidationException} carries at least one violation, in the order given, and
 * renders them all, in English by default.
 */
class ViolationTest {
    private static final Violation TOO_LONG = Violation.of("Club", "name", "text.too-long", Map.of("max", 200));

    // ---- equality ------------------------------------------------------------------------------------------

    @Test
    void violations_with_equal_type_path_rule_and_attributes_are_equal_with_equal_hash_codes() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("max", 200);
        Violation same = Violation.of("Club", "name", "text.too-long", attributes);
        assertThat(same).isEqualTo(TOO_LONG).hasSameHashCodeAs(TOO_LONG);
        assertThat(TOO_LONG).isEqualTo(TOO_LONG);
    }

    @Test
    void violations_differing_only_in_the_type_are_different() {
        assertThat(Violation.of("Partner", "name", "text.too-long", Map.of("max", 200))).isNotEqualTo(TOO_LONG);
    }

    @Test
    void violations_differing_only_in_the_path_are_different() {
        assertThat(Violation.of("Club", "cvr", "text.too-long", Map.of("max", 200))).isNotEqualTo(TOO_LONG);
    }

    @Test
    void violations_differing_only_in_the_rule_are_different() {
        assertThat(Violation.of("Club", "name", "text.blank", Map.of("max", 200))).isNotEqualTo(TOO_LONG);
    }

    @Test
    void violations_differing_only_in_an_attribute_are_different() {
        assertThat(Violation.of("Club", "name", "text.too-long", Map.of("max", 100))).isNotEqualTo(TOO_LONG);
        assertThat(Violation.of("Club", "name", "text.too-long", Map.of())).isNotEqualTo(TOO_LONG);
    }

    @Test
    void a_violation_is_not_equal_to_something_that_is_not_a_violation() {
        assertThat(TOO_LONG).isNotEqualTo("Club.name: text.too-long").isNotEqualTo(null);
    }

    @Test
    void hash_codes_follow_every_field() {
        // not required by the contract, but a hash code that ignored a field would make hash sets degenerate
        assertThat(Violation.of("Partner", "name", "text.too-long", Map.of("max", 200)).hashCode())
                .isNotEqualTo(TOO_LONG.hashCode());
        assertThat(Violation.of("Club", "name", "text.blank", Map.of("max", 200)).hashCode())
                .isNotEqualTo(TOO_LONG.hashCode());
    }

    // ---- getters, template and messages --------------------------------------------------------------------

    @Test
    void a_violation_returns_what_it_was_made_of() {
        assertThat(TOO_LONG.getType()).isEqualTo("Club");
        assertThat(TOO_LONG.getPath()).isEqualTo("name");
        assertThat(TOO_LONG.getRule()).isEqualTo("text.too-long");
        assertThat(TOO_LONG.getAttributes()).containsExactly(Map.entry("max", 200));
    }

    @Test
    void the_message_template_is_the_rule_under_the_library_prefix() {
        assertThat(TOO_LONG.getMessageTemplate()).isEqualTo("{dk.welfarealliance.text.too-long}");
    }

    @Test
    void the_attributes_are_a_copy_that_cannot_be_changed() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("max", 200);
        Violation v = Violation.of("Club", "name", "text.too-long", attributes);
        attributes.put("max", 1);
        assertThat(v.getAttributes()).containsEntry("max", 200);
        assertThatThrownBy(() -> v.getAttributes().put("other", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_null_type_path_or_rule_is_a_programming_error() {
        assertThatThrownBy(() -> Violation.of(null, "name", "text.blank", Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("type");
        assertThatThrownBy(() -> Violation.of("Club", null, "text.blank", Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("path");
        assertThatThrownBy(() -> Violation.of("Club", "name", null, Map.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("rule");
    }

    @Test
    void the_english_message_fills_in_the_attributes_and_is_the_default() {
        assertThat(TOO_LONG.message()).contains("200").isEqualTo(TOO_LONG.message(Locale.ENGLISH))
                .isEqualTo(TOO_LONG.message(Locale.GERMAN)).isNotEqualTo(TOO_LONG.message(Locale.forLanguageTag("da")));
        assertThat(TOO_LONG.message(Locale.forLanguageTag("da"))).contains("200");
    }

    @Test
    void a_rule_without_a_message_renders_as_its_key_so_that_it_shows_up() {
        Violation v = Violation.of("Club", "name", "no.such-rule", Map.of());
        assertThat(v.message()).isEqualTo("dk.welfarealliance.no.such-rule");
    }

    @Test
    void a_placeholder_without_an_attribute_is_left_as_it_is() {
        Violation v = Violation.of("Club", "name", "text.too-long", Map.of());
        assertThat(v.message()).contains("{max}");
    }

    @Test
    void the_text_of_a_violation_is_type_dot_path_message_and_rule_and_leaves_out_an_empty_path() {
        assertThat(TOO_LONG).hasToString("Club.name: " + TOO_LONG.message() + " (text.too-long)");
        Violation whole = Violation.of("ExtensionOption", "", "extension-option.empty", Map.of());
        assertThat(whole).hasToString("ExtensionOption: " + whole.message() + " (extension-option.empty)");
    }

    // ---- ValidationException -------------------------------------------------------------------------------

    @Test
    void an_exception_needs_at_least_one_violation() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_exception_returns_its_violations_in_the_order_given_and_their_rules() {
        Violation blank = Violation.of("Club", "cvr", "cvr.format", Map.of());
        ValidationException e = new ValidationException(List.of(TOO_LONG, blank));
        assertThat(e.getViolations()).containsExactly(TOO_LONG, blank);
        assertThat(e.getRules()).containsExactlyInAnyOrder("text.too-long", "cvr.format");
    }

    @Test
    void the_violations_of_an_exception_are_a_copy_that_cannot_be_changed() {
        List<Violation> given = new java.util.ArrayList<>(List.of(TOO_LONG));
        ValidationException e = new ValidationException(given);
        given.clear();
        assertThat(e.getViolations()).containsExactly(TOO_LONG);
        assertThatThrownBy(() -> e.getViolations().add(TOO_LONG)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_message_lists_every_violation_in_english_separated_by_semicolons() {
        Violation whole = Violation.of("ExtensionOption", "", "extension-option.empty", Map.of());
        ValidationException e = new ValidationException(List.of(TOO_LONG, whole));
        assertThat(e.getMessage()).isEqualTo(TOO_LONG + "; " + whole).isEqualTo(e.message(Locale.ENGLISH));
    }

    @Test
    void the_danish_message_renders_every_violation_in_danish() {
        ValidationException e = new ValidationException(List.of(TOO_LONG));
        Locale da = Locale.forLanguageTag("da");
        assertThat(e.message(da)).isEqualTo("Club.name: " + TOO_LONG.message(da) + " (text.too-long)")
                .isNotEqualTo(e.getMessage());
    }

    @Test
    void what_the_library_throws_sorts_its_violations_by_path_then_rule() {
        ValidationException e = Rejected.by(() -> Money.of(new BigDecimal("0.001"), "kr"));
        assertThat(e.getViolations()).extracting(Violation::getPath).containsExactly("amount", "currency");
        ValidationException same = Rejected.by(() -> GoalTarget.level(new BigDecimal("1000000000000.0000001")));
        assertThat(same.getViolations()).extracting(Violation::getRule).containsExactly("number.range", "number.scale");
    }
}
