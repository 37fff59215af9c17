package dk.welfarealliance.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** How report tables write values: enum constants as lower-case words, numbers plainly, absent values as blanks. */
public final class Wording {
    private Wording() {}

    /** @return {@code POSSIBLY_IN_FORCE} as {@code possibly in force} */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** @return the number without exponent or trailing zeros */
    public static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** @return the text of a present value, else the empty cell */
    public static String orBlank(Optional<?> value) {
        return value.map(v -> v instanceof BigDecimal d ? number(d) : v instanceof Enum<?> e ? words(e) : v.toString())
                .orElse("");
    }

    /** @return a share between 0 and 1 as whole per cent, e.g. {@code 18 %} */
    public static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
