package dk.welfarealliance.internal.validation;

import java.math.BigDecimal;

/**
 * Normalisation of decimal numbers so that equality survives a database round trip: no trailing zeros,
 * never a negative scale. Goals and measurements allow at most {@link #MAX_SCALE} decimals and absolute
 * values below 10^{@link #MAX_INTEGER_DIGITS}; money has exactly 2 decimals.
 */
public final class Numbers {
    public static final int MAX_SCALE = 6;
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MONEY_SCALE = 2;
    public static final int MONEY_INTEGER_DIGITS = 13;

    private Numbers() {}

    /** @return {@code value} without trailing zeros and with a scale of at least 0 */
    public static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Adds {@code number.scale} or {@code number.range} for {@code value} at {@code path}. */
    public static void check(Violations violations, String path, BigDecimal value) {
        BigDecimal n = normalize(value);
        if (n.scale() > MAX_SCALE) {
            violations.add(path, Rule.NUMBER_SCALE, "max", MAX_SCALE);
        }
        if (n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
            violations.add(path, Rule.NUMBER_RANGE, "max", "1E" + MAX_INTEGER_DIGITS);
        }
    }
}
