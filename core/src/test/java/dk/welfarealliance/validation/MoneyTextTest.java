package dk.welfarealliance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.welfarealliance.Money;
import dk.welfarealliance.testing.Rejected;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Money#dkk(String)} takes plain ASCII decimal text only; BigDecimal's parser would take much more. */
class MoneyTextTest {

    @ParameterizedTest(name = "\"{0}\" is read as Danish kroner")
    @ValueSource(strings = {"86500", "86500.00", "-12.5", "0", "0.5", "86500.000"})
    void plain_decimal_text_is_read_as_kroner(String text) {
        assertThat(Money.dkk(text).getAmount()).isEqualByComparingTo(new BigDecimal(text));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected as money.amount.format")
    @ValueSource(strings = {"1e5", "1E5", "١٢٣", "８６５００", "86.500,00", "+5", " 5", "5 ", "5.", ".5", "", "-",
        "0x10", "NaN", "Infinity", "5\u00A0000", "१२३"})
    void any_other_text_is_rejected_as_not_a_plain_decimal(String text) {
        Rejected.with(() -> Money.dkk(text), "Money", "amount", "money.amount.format");
    }

    @org.junit.jupiter.api.Test
    void an_absurdly_long_digit_string_is_rejected_before_it_is_parsed() {
        Rejected.with(() -> Money.dkk("1".repeat(100_000)), "Money", "amount", "money.amount.format");
    }

    @org.junit.jupiter.api.Test
    void null_text_is_rejected_as_null() {
        Rejected.with(() -> Money.dkk((String) null), "Money", "amount", "value.null");
    }
}
