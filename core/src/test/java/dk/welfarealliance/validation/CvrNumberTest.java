package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dk.welfarealliance.Club;
import dk.welfarealliance.IdGenerator;
import dk.welfarealliance.Partner;
import dk.welfarealliance.PartnerKind;
import dk.welfarealliance.testing.PropertyRuns;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The {@code @CvrNumber} constraint on clubs and partners (docs/model.md). */
class CvrNumberTest {
    private final IdGenerator ids = IdGenerator.seeded(3);

    /**
     * The reference, written from the rule: 8 ASCII digits, the first not 0 ({@code cvr.format}); digits weighted
     * 2, 7, 6, 5, 4, 3, 2, 1 summing to a multiple of 11 ({@code cvr.check-digit}). Empty if valid.
     */
    private static Optional<String> referenceRule(String cvr) {
        if (cvr.length() != 8 || !cvr.chars().allMatch(c -> c >= '0' && c <= '9') || cvr.charAt(0) == '0') {
            return Optional.of("cvr.format");
        }
        int[] weights = {2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += weights[i] * (cvr.charAt(i) - '0');
        }
        return sum % 11 == 0 ? Optional.empty() : Optional.of("cvr.check-digit");
    }

    private Club club(String cvr) {
        return Club.builder().id(ids.newClubId()).name("Boldklubben Fremad").cvr(cvr).build();
    }

    /** @return the rule the club's CVR broke, or empty if the club was built */
    private Optional<String> ruleFor(String cvr) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> club(cvr));
        if (e == null) {
            return Optional.empty();
        }
        assertThat(e.getViolations()).as(cvr).hasSize(1);
        Violation v = e.getViolations().get(0);
        assertThat(v.getType()).isEqualTo("Club");
        assertThat(v.getPath()).isEqualTo("cvr");
        if (cvr.length() >= 4) { // shorter ones occur in the fixed text by chance ("8 digits, the first not 0")
            assertThat(e.getMessage()).as("English message").doesNotContain(cvr);
            assertThat(e.message(Locale.forLanguageTag("da"))).as("Danish message").doesNotContain(cvr);
            assertThat(v.getAttributes().values()).extracting(String::valueOf).noneMatch(a -> a.contains(cvr));
        }
        return Optional.of(v.getRule());
    }

    private static final Gen<String> EIGHT_DIGITS =
            integers().between(0, 99_999_999).map(n -> String.format(Locale.ROOT, "%08d", n));

    private static final Gen<String> SHORT_STRINGS = lists()
            .of(Generate.pick(List.of('0', '1', '2', '4', '5', '7', '9', ' ', 'a', '-', '\u0663', '\uFF11')))
            .ofSizeBetween(1, 10)
            .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));

    @Test
    void the_constraint_agrees_with_an_independent_modulus_11_check_on_random_eight_digit_strings() {
        PropertyRuns.qt(2000).forAll(EIGHT_DIGITS).checkAssert(cvr -> assertThat(ruleFor(cvr)).as(cvr)
                .isEqualTo(referenceRule(cvr)));
    }

    @Test
    void the_constraint_agrees_with_the_reference_on_random_short_strings_of_digits_and_other_characters() {
        PropertyRuns.qt(1000).forAll(SHORT_STRINGS).checkAssert(cvr -> assertThat(ruleFor(cvr)).as(cvr)
                .isEqualTo(referenceRule(cvr)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10150817", "25313763", "29403473", "61126228", "20756438", "12345674", "35954716"})
    void a_valid_cvr_number_is_accepted_and_kept_as_given(String cvr) {
        assertThat(club(cvr).getCvr()).contains(cvr);
        assertThat(Partner.builder().id(ids.newPartnerId()).name("Aarhus Universitet").kind(PartnerKind.UNIVERSITY)
                .cvr(cvr).build().getCvr()).contains(cvr);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "10000000", "99999999", "25313764", "10150818"})
    void eight_digits_failing_the_modulus_11_check_are_rejected_as_check_digit(String cvr) {
        assertThat(ruleFor(cvr)).contains("cvr.check-digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01234567", "00000000", "1234567", "123456789", "1234567a", "12 45674", " 12345674",
            "12345674 ", "", "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0664", "\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF14"})
    void anything_but_eight_ascii_digits_not_starting_with_zero_is_rejected_as_format(String cvr) {
        assertThat(ruleFor(cvr)).contains("cvr.format");
    }

    @Test
    void a_partner_with_a_bad_cvr_number_is_rejected_naming_the_partner_and_the_property() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Partner.builder()
                .id(ids.newPartnerId()).name("DGI Østjylland").kind(PartnerKind.SPORTS_COUNCIL).cvr("12345678").build());

        assertThat(e.getViolations()).extracting(Violation::getType, Violation::getPath, Violation::getRule)
                .containsExactly(Tuple.tuple("Partner", "cvr", "cvr.check-digit"));
        assertThat(e.getMessage()).isEqualTo(
                "Partner.cvr: is not a valid CVR number (the modulus-11 check fails) (cvr.check-digit)");
    }

    @Test
    void a_club_without_a_cvr_number_is_fine() {
        assertThatCode(() -> Club.builder().id(ids.newClubId()).name("FC Aarhus Øst").build()).doesNotThrowAnyException();
    }
}
