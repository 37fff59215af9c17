package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Club;
import dk.welfarealliance.Evaluation;
import dk.welfarealliance.testing.Rejected;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the library's constraints report with each broken rule (docs/validation.md): the limit ({@code max}) with
 * every text rule, the offending index with a control character or an unpaired surrogate only, and never the
 * validation framework's own descriptor entries.
 */
class ConstraintAttributesTest {

    private static Map<String, Violation> byRule(ValidationException e) {
        return e.getViolations().stream().collect(Collectors.toMap(Violation::getRule, v -> v));
    }

    @Test
    void the_offending_index_goes_with_the_rule_it_belongs_to_and_the_limit_with_every_text_rule() {
        ValidationException e = Rejected.by(() -> Club.builder().name("A\u0000B\uDC00" + "x".repeat(250)).build());
        Map<String, Violation> found = byRule(e);
        assertThat(found.keySet()).containsExactlyInAnyOrder("text.control-character", "text.unpaired-surrogate",
                "text.too-long");
        assertThat(found.get("text.unpaired-surrogate").getAttributes()).isEqualTo(Map.of("index", 3, "max", 200));
        assertThat(found.get("text.control-character").getAttributes()).isEqualTo(Map.of("index", 1, "max", 200));
        assertThat(found.get("text.too-long").getAttributes()).isEqualTo(Map.of("max", 200));
    }

    @Test
    void a_blank_text_carries_the_limit_only() {
        Violation v = Rejected.with(() -> Club.builder().name("   ").build(), "Club", "name", "text.blank");
        assertThat(v.getAttributes()).isEqualTo(Map.of("max", 200));
    }

    @Test
    void a_long_text_reports_its_own_limit() {
        Violation v = Rejected.with(() -> Evaluation.builder().date(LocalDate.of(2024, 5, 1)).summary("x".repeat(4001))
                .build(), "Evaluation", "summary", "text.too-long");
        assertThat(v.getAttributes()).isEqualTo(Map.of("max", 4000));
    }

    @Test
    void a_date_out_of_range_carries_the_bounds_only() {
        Violation v = Rejected.with(() -> Evaluation.builder().date(LocalDate.of(1899, 12, 31)).summary("Godt").build(),
                "Evaluation", "date", "date.range");
        assertThat(v.getAttributes()).isEqualTo(Map.of("min", LocalDate.of(1900, 1, 1), "max", LocalDate.of(9999, 12, 31)));
    }

    @Test
    void a_broken_cvr_number_carries_no_attribute_and_never_the_number() {
        ValidationException e = Rejected.by(() -> Club.builder().name("AGF").cvr("12345678").build());
        assertThat(e.getRules()).containsExactly("cvr.check-digit");
        assertThat(e.getViolations().get(0).getAttributes()).isEmpty();
        assertThat(e.getMessage()).doesNotContain("12345678");
    }
}
