package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Numbers;
import dk.welfarealliance.internal.validation.Rule;
import dk.welfarealliance.internal.validation.Violations;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An amount of money without floating point: a {@link BigDecimal} always at scale 2 (so that
 * {@code equals} survives a database round trip) and an ISO 4217 currency code, DKK by default.
 * Rules: at most 2 decimals ({@code money.scale}; "86500.000" is fine, "0.001" is not), absolute value below
 * 10^13 ({@code money.range}), currency of three upper-case letters ({@code money.currency.format}).
 */
@Value.Immutable
public abstract class Money implements WithMoney {
    /** The Danish krone. */
    public static final String DKK = "DKK";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    // [0-9], not \d: BigDecimal also parses Arabic-Indic, full-width and other Unicode digits
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
    private static final int PLAIN_DECIMAL_MAX = 64;

    /** @return the amount, at scale 2 */
    @Value.Parameter
    public abstract BigDecimal getAmount();

    /** @return the ISO 4217 currency code */
    @Value.Parameter
    public abstract String getCurrency();

    /** @return {@code amount} in {@code currency} */
    public static Money of(BigDecimal amount, String currency) {
        return ImmutableMoney.of(amount, currency);
    }

    /** @return {@code amount} Danish kroner */
    public static Money dkk(BigDecimal amount) {
        return of(amount, DKK);
    }

    /**
     * @return {@code amount} Danish kroner, parsed from plain decimal text: ASCII digits, an optional leading
     *     {@code -} and an optional {@code .} with decimals, such as {@code "86500"}, {@code "86500.00"} or
     *     {@code "-12.5"}, at most 64 characters
     * @throws dk.welfarealliance.validation.ValidationException ({@code money.amount.format}) for any other text,
     *     e.g. {@code "86.500,00"}, {@code "1e5"}, {@code "+5"}, {@code " 5"} or digits of other scripts (which
     *     {@link BigDecimal#BigDecimal(String)} would accept); ({@code value.null}) if it is null
     */
    public static Money dkk(String amount) {
        Violations.requireNonNull(amount, "Money", "amount");
        if (amount.length() > PLAIN_DECIMAL_MAX || !PLAIN_DECIMAL.matcher(amount).matches()) {
            // bad input gets the typed error (docs/validation.md), not the JDK's exception or a lenient parse
            throw Violations.single("Money", "amount", Rule.MONEY_AMOUNT_FORMAT);
        }
        return of(new BigDecimal(amount), DKK);
    }

    /** @return {@code kroner} whole Danish kroner */
    public static Money dkk(long kroner) {
        return of(BigDecimal.valueOf(kroner), DKK);
    }

    /** @return e.g. {@code DKK 86500.00} */
    @Override
    public String toString() {
        return getCurrency() + " " + getAmount().toPlainString();
    }

    @Value.Check
    protected Money normalize() {
        Violations v = Violations.of(Money.class);
        BigDecimal n = Numbers.normalize(getAmount());
        if (n.scale() > Numbers.MONEY_SCALE) {
            v.add("amount", Rule.MONEY_SCALE, "max", Numbers.MONEY_SCALE);
        } else if (n.precision() - n.scale() > Numbers.MONEY_INTEGER_DIGITS) {
            v.add("amount", Rule.MONEY_RANGE, "max", "1E" + Numbers.MONEY_INTEGER_DIGITS);
        }
        if (!CURRENCY.matcher(getCurrency()).matches()) {
            v.add("currency", Rule.MONEY_CURRENCY_FORMAT);
        }
        v.throwIfAny();
        BigDecimal scaled = n.setScale(Numbers.MONEY_SCALE);
        return scaled.equals(getAmount()) ? this : of(scaled, getCurrency());
    }
}
