package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Codes;
import dk.welfarealliance.internal.validation.Rule;

/**
 * The official code of a Danish municipality (kommune), such as {@code 101} for København.
 *
 * <p>Checks form only ({@code [0-9]{3}}); whether the code exists is the reference catalogue's business and is
 * checked when a command runs, never when a value is built or loaded.
 *
 * @param value the code, e.g. {@code 101}
 */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {
    /** @throws dk.welfarealliance.validation.ValidationException ({@code municipality.code.format}) if the form is wrong */
    public MunicipalityCode {
        Codes.require(value, Codes.MUNICIPALITY, "MunicipalityCode", Rule.MUNICIPALITY_CODE_FORMAT);
    }

    /** @return the code {@code value} */
    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value);
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
