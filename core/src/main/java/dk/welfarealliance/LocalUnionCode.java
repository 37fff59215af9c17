package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Codes;
import dk.welfarealliance.internal.validation.Rule;

/**
 * The stable code of a local union (lokalunion), such as {@code DBU_JYLLAND}. Unions reorganise: which union covers which municipality is catalogue data, never code.
 *
 * <p>Checks form only ({@code [A-Z][A-Z0-9_]{0,39}}); whether the code exists is the reference catalogue's business and is
 * checked when a command runs, never when a value is built or loaded.
 *
 * @param value the code, e.g. {@code DBU_JYLLAND}
 */
public record LocalUnionCode(String value) implements Comparable<LocalUnionCode> {
    /** @throws dk.welfarealliance.validation.ValidationException ({@code local-union.code.format}) if the form is wrong */
    public LocalUnionCode {
        Codes.require(value, Codes.UPPER_CODE, "LocalUnionCode", Rule.LOCAL_UNION_CODE_FORMAT);
    }

    /** @return the code {@code value} */
    public static LocalUnionCode of(String value) {
        return new LocalUnionCode(value);
    }

    @Override
    public int compareTo(LocalUnionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
