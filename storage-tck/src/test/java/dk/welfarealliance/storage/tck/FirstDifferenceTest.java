package dk.welfarealliance.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Alliance;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.MunicipalityCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstDifferenceTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Test
    void equal_values_have_no_difference() {
        Alliance alliance = sample(1);

        assertThat(FirstDifference.between(alliance, sample(1))).isEmpty();
        assertThat(FirstDifference.between(null, null)).isEmpty();
    }

    @Test
    void a_changed_field_deep_in_an_aggregate_is_named_by_its_path_with_both_values() {
        Alliance written = sample(2);
        Alliance read = written.withAgreements(written.getAgreements().get(0).withTitle("Ny titel"));

        String difference = FirstDifference.between(written, read).orElseThrow().toString();

        assertThat(difference).startsWith("agreements[0].title: expected \"Aftale\" but found \"Ny titel\"");
        assertThat(difference).doesNotContain("\n").hasSizeLessThan(300);
    }

    @Test
    void the_id_is_compared_first() {
        Alliance one = sample(3);
        Alliance other = sample(4);

        assertThat(FirstDifference.between(one, other).orElseThrow().path()).isEqualTo("id");
    }

    @Test
    void a_list_of_another_length_says_how_many_and_the_first_missing_element() {
        Alliance written = sample(5);
        Alliance read = written.withAgreements(List.of());

        FirstDifference d = FirstDifference.between(written, read).orElseThrow();

        assertThat(d.path()).isEqualTo("agreements");
        assertThat(d.expected()).isEqualTo("1 elements");
        assertThat(d.found()).isEqualTo("0 elements");
        assertThat(d.toString()).contains("first missing [0]");
    }

    @Test
    void sets_and_maps_are_compared_by_content_naming_what_is_missing_and_unexpected() {
        assertThat(FirstDifference.between(Set.of("a", "b"), Set.of("b", "c")).orElseThrow().toString())
                .isEqualTo("expected 2 elements but found 2 elements (missing \"a\"; unexpected \"c\")");
        assertThat(FirstDifference.between(Map.of("k", 1), Map.of("k", 2)).orElseThrow().toString())
                .isEqualTo("[k]: expected 1 but found 2");
    }

    @Test
    void an_absent_optional_is_shown_as_empty() {
        assertThat(FirstDifference.between(Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty()).orElseThrow().toString())
                .isEqualTo("expected 2024-01-01 but found empty");
    }

    @Test
    void texts_that_look_alike_show_their_invisible_and_combining_characters_and_where_they_differ() {
        String d = FirstDifference.between("Café\u00A0Ærø", "Cafe\u0301 Ærø").orElseThrow().toString();

        assertThat(d).contains("\\u00a0").contains("\\u0301").contains("first difference at character 3");
    }

    @Test
    void long_values_are_abbreviated_around_the_difference() {
        String a = "x".repeat(5000) + "a" + "y".repeat(5000);
        String b = "x".repeat(5000) + "b" + "y".repeat(5000);

        FirstDifference d = FirstDifference.between(a, b).orElseThrow();

        assertThat(d.expected()).hasSizeLessThan(FirstDifference.VALUE_LIMIT + 5).contains("a");
        assertThat(d.found()).contains("b");
        assertThat(d.toString()).contains("first difference at character 5000");
    }

    @Test
    void numbers_of_another_scale_differ_and_say_so() {
        assertThat(FirstDifference.between(new BigDecimal("1.0"), new BigDecimal("1.00")).orElseThrow().toString())
                .isEqualTo("expected 1.0 but found 1.00");
        assertThat(FirstDifference.between(1, 1L).orElseThrow().toString())
                .isEqualTo("expected 1 but found 1 (equal text, Integer and Long)");
    }

    private static Alliance sample(long seed) {
        IdGenerator ids = IdGenerator.seeded(seed);
        return SampleAlliances.minimal(IdGenerator.seeded(1), MunicipalityCode.of("751"))
                .withId(ids.newAllianceId())
                .withAgreements(SampleAlliances.signed(IdGenerator.seeded(9), "Aftale", START, START.plusYears(2)));
    }
}
