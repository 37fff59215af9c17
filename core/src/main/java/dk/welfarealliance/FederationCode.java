package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Codes;
import dk.welfarealliance.internal.validation.Rule;

/**
 * The code of a football federation (forbund). DBU is the bundled default; the model is not DBU-only.
 *
 * <p>Checks form only ({@code [A-Z][A-Z0-9_]{0,39}}); whether the code exists is the reference catalogue's business and is
 * checked when a command runs, never when a value is built or loaded.
 *
 * @param value the code, e.g. {@code DBU}
 */
public record FederationCode(String value) implements Comparable<FederationCode> {
    /** @throws dk.welfarealliance.validation.ValidationException ({@code federation.code.format}) if the form is wrong */
    public FederationCode {
        Codes.require(value, Codes.UPPER_CODE, "FederationCode", Rule.FEDERATION_CODE_FORMAT);
    }

    /** The Danish football association, Dansk Boldspil-Union: the bundled default federation. */
    public static final FederationCode DBU = new FederationCode("DBU");

    /** @return the code {@code value} */
    public static FederationCode of(String value) {
        return new FederationCode(value);
    }

    @Override
    public int compareTo(FederationCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
