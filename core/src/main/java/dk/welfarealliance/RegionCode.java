package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Codes;
import dk.welfarealliance.internal.validation.Rule;

/**
 * The official code of a Danish region, such as {@code 1084} for Region Hovedstaden.
 *
 * <p>Checks form only ({@code [0-9]{4}}); whether the code exists is the reference catalogue's business and is
 * checked when a command runs, never when a value is built or loaded.
 *
 * @param value the code, e.g. {@code 1084}
 */
public record RegionCode(String value) implements Comparable<RegionCode> {
    /** @throws dk.welfarealliance.validation.ValidationException ({@code region.code.format}) if the form is wrong */
    public RegionCode {
        Codes.require(value, Codes.REGION, "RegionCode", Rule.REGION_CODE_FORMAT);
    }

    /** @return the code {@code value} */
    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
