package dk.welfarealliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.testing.Rejected;
import dk.welfarealliance.validation.ValidationException;
import dk.welfarealliance.validation.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of {@link Money}: at most two decimals ({@code money.scale}), an absolute value below 10^13
 * ({@code money.range}), a currency of three upper-case letters ({@code money.currency.format}), and an amount
 * always kept at scale 2 so that equal amounts are equal values.
 */
class MoneyRulesTest {
    private static final BigDecimal LARGEST = new BigDecimal("9999999999999.99");

    // ---- øre -----------------------------------------------------------------------------------------------

    @Test
    void an_amount_with_ore_is_kept_to_the_ore() {
        assertThat(Money.dkk(new BigDecimal("12.50")).getAmount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.dkk(new BigDecimal("0.01")).getAmount()).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void an_amount_with_a_fraction_of_an_ore_is_rejected_with_the_scale_limit() {
        Violation v = Rejected.with(() -> Money.dkk(new BigDecimal("12.505")), "Money", "amount", "money.scale");
        assertThat(v.getAttributes()).containsEntry("max", 2);
    }

    @Test
    void a_negative_amount_with_a_fraction_of_an_ore_is_rejected_too() {
        Rejected.with(() -> Money.dkk(new BigDecimal("-0.001")), "Money", "amount", "money.scale");
    }

    @Test
    void trailing_zeros_beyond_the_ore_are_not_a_fraction_of_an_ore() {
        assertThat(Money.dkk(new BigDecimal("86500.000")).getAmount()).isEqualTo(new BigDecimal("86500.00"));
    }

    // ---- range ---------------------------------------------------------------------------------------------

    @Test
    void the_largest_amount_below_ten_to_the_thirteen_is_accepted_in_both_signs() {
        assertThat(Money.dkk(LARGEST).getAmount()).isEqualTo(LARGEST);
        assertThat(Money.dkk(LARGEST.negate()).getAmount()).isEqualTo(LARGEST.negate());
        assertThat(Money.dkk(new BigDecimal("9999999999999")).getAmount())
                .isEqualTo(new BigDecimal("9999999999999.00"));
    }

    @ParameterizedTest(name = "{0} is rejected with money.range")
    @ValueSource(strings = {"10000000000000", "-10000000000000", "10000000000000.00", "99999999999999.99", "1E+13"})
    void an_amount_of_ten_to_the_thirteen_or_more_is_rejected_in_both_signs(String amount) {
        Violation v = Rejected.with(() -> Money.dkk(new BigDecimal(amount)), "Money", "amount", "money.range");
        assertThat(v.getAttributes()).containsEntry("max", "1E13");
    }

    @Test
    void a_fraction_of_an_ore_is_reported_rather_than_the_range_when_both_are_broken() {
        Rejected.with(() -> Money.dkk(new BigDecimal("10000000000000.001")), "Money", "amount", "money.scale");
    }

    // ---- currency ------------------------------------------------------------------------------------------

    @Test
    void the_default_currency_is_danish_kroner() {
        assertThat(Money.dkk(5).getCurrency()).isEqualTo("DKK").isEqualTo(Money.DKK);
        assertThat(Money.dkk("5").getCurrency()).isEqualTo("DKK");
        assertThat(Money.dkk(BigDecimal.ONE).getCurrency()).isEqualTo("DKK");
    }

    @ParameterizedTest(name = "currency \"{0}\" is accepted")
    @ValueSource(strings = {"DKK", "EUR", "SEK", "XXX"})
    void a_currency_of_three_upper_case_letters_is_accepted(String currency) {
        assertThat(Money.of(BigDecimal.TEN, currency).getCurrency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "currency \"{0}\" is rejected")
    @ValueSource(strings = {"dkk", "DK", "DKKK", "", "D1K", "ÆØÅ", " DKK"})
    void a_currency_that_is_not_three_upper_case_letters_is_rejected(String currency) {
        Rejected.with(() -> Money.of(BigDecimal.TEN, currency), "Money", "currency", "money.currency.format");
    }

    @Test
    void a_bad_amount_and_a_bad_currency_are_reported_together() {
        ValidationException e = Rejected.by(() -> Money.of(new BigDecimal("0.001"), "kr"));
        assertThat(e.getRules()).containsExactlyInAnyOrder("money.scale", "money.currency.format");
    }

    // ---- normalisation and equality ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is kept at scale 2")
    @ValueSource(strings = {"5", "5.0", "5.00", "5.000", "5E+0", "0.5E+1"})
    void every_amount_is_kept_at_scale_two(String amount) {
        Money m = Money.dkk(new BigDecimal(amount));
        assertThat(m.getAmount().scale()).isEqualTo(2);
        assertThat(m.getAmount()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void an_amount_with_a_negative_scale_is_kept_at_scale_two() {
        assertThat(Money.dkk(new BigDecimal("1E+3")).getAmount()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void zero_in_any_form_is_zero_at_scale_two() {
        assertThat(Money.dkk(new BigDecimal("0E-10")).getAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.dkk(new BigDecimal("0E+5")).getAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(Money.dkk(0)).isEqualTo(Money.dkk(new BigDecimal("0.000")));
    }

    @Test
    void amounts_that_differ_only_in_trailing_zeros_are_equal_values_with_equal_hash_codes() {
        Money a = Money.dkk(new BigDecimal("86500"));
        Money b = Money.dkk(new BigDecimal("86500.000"));
        Money c = Money.dkk("86500.0");
        Money d = Money.dkk(86500);
        assertThat(a).isEqualTo(b).isEqualTo(c).isEqualTo(d);
        assertThat(a.hashCode()).isEqualTo(b.hashCode()).isEqualTo(d.hashCode());
    }

    @Test
    void different_amounts_or_currencies_are_different_values() {
        assertThat(Money.dkk(new BigDecimal("12.50"))).isNotEqualTo(Money.dkk(new BigDecimal("12.51")));
        assertThat(Money.of(BigDecimal.TEN, "DKK")).isNotEqualTo(Money.of(BigDecimal.TEN, "EUR"));
    }

    @Test
    void the_text_is_the_currency_and_the_plain_amount_at_two_decimals() {
        assertThat(Money.dkk(86500)).hasToString("DKK 86500.00");
        assertThat(Money.of(new BigDecimal("1E+3"), "EUR")).hasToString("EUR 1000.00");
        assertThat(Money.dkk("-12.5")).hasToString("DKK -12.50");
    }

    @Test
    void whole_kroner_are_kroner_without_ore() {
        assertThat(Money.dkk(86500L).getAmount()).isEqualTo(new BigDecimal("86500.00"));
        assertThat(Money.dkk(-1L).getAmount()).isEqualTo(new BigDecimal("-1.00"));
    }

    @Test
    void text_of_exactly_64_characters_is_read_and_text_of_65_is_rejected() {
        String sixtyFour = "0." + "0".repeat(62);
        assertThat(Money.dkk(sixtyFour).getAmount()).isEqualTo(new BigDecimal("0.00"));
        Rejected.with(() -> Money.dkk(sixtyFour + "0"), "Money", "amount", "money.amount.format");
    }

    @Test
    void text_with_a_fraction_of_an_ore_is_rejected_with_the_scale_rule_not_the_format_rule() {
        Rejected.with(() -> Money.dkk("12.505"), "Money", "amount", "money.scale");
    }

    @Test
    void a_copy_with_another_amount_is_normalised_and_checked_too() {
        Money m = Money.dkk(5);
        assertThat(m.withAmount(new BigDecimal("7.5")).getAmount()).isEqualTo(new BigDecimal("7.50"));
        Rejected.with(() -> m.withAmount(new BigDecimal("7.555")), "Money", "amount", "money.scale");
    }
}
