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
     * @return {@code amount} Danish kroner, parsed from plain decimal text such as {@code "86500.00"}
     * @throws dk.welfarealliance.validation.ValidationException ({@code money.amount.format}) if the text is not a
     *     decimal number, e.g. {@code "86.500,00"}
     */
    public static Money dkk(String amount) {
        Violations.requireNonNull(amount, "Money", "amount");
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            // bad input gets the typed error (DESIGN §2.7), not the JDK's exception
            throw Violations.single("Money", "amount", Rule.MONEY_AMOUNT_FORMAT);
        }
        return of(parsed, DKK);
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
