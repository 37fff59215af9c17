package dk.welfarealliance;

import dk.welfarealliance.internal.validation.Codes;
import dk.welfarealliance.internal.validation.Rule;

/**
 * A target group (målgruppe) of an initiative: a plain value, compared by its code (1–40 of
 * {@code [a-z0-9-]}, rule {@code target-group.code.format}). The constants are the groups alliances name
 * most often; any other code is allowed.
 *
 * @param code the code, e.g. {@code inactive}
 */
public record TargetGroup(String code) implements Comparable<TargetGroup> {
    /** Physically inactive citizens. */
    public static final TargetGroup INACTIVE = new TargetGroup("inactive");
    /** Overweight citizens. */
    public static final TargetGroup OVERWEIGHT = new TargetGroup("overweight");
    /** Lonely citizens. */
    public static final TargetGroup LONELY = new TargetGroup("lonely");
    /** Citizens who smoke. */
    public static final TargetGroup SMOKERS = new TargetGroup("smokers");
    /** Citizens aged 60 or more. */
    public static final TargetGroup AGED_60_PLUS = new TargetGroup("aged-60-plus");
    /** Chronically ill citizens and patient groups. */
    public static final TargetGroup CHRONICALLY_ILL = new TargetGroup("chronically-ill");
    /** Citizens outside the labour market. */
    public static final TargetGroup OUTSIDE_LABOUR_MARKET = new TargetGroup("outside-labour-market");
    /** Unemployed citizens aged 18 to 29. */
    public static final TargetGroup UNEMPLOYED_18_29 = new TargetGroup("unemployed-18-29");
    /** Children in school or daycare. */
    public static final TargetGroup CHILDREN_IN_SCHOOL_OR_DAYCARE = new TargetGroup("children-school-daycare");
    /** Girls. */
    public static final TargetGroup GIRLS = new TargetGroup("girls");
    /** People with disabilities or special needs. */
    public static final TargetGroup DISABILITIES = new TargetGroup("disabilities");
    /** People with dementia. */
    public static final TargetGroup DEMENTIA = new TargetGroup("dementia");
    /** Volunteers and coaches. */
    public static final TargetGroup VOLUNTEERS_AND_COACHES = new TargetGroup("volunteers-coaches");

    /** @throws dk.welfarealliance.validation.ValidationException ({@code target-group.code.format}) if the form is wrong */
    public TargetGroup {
        Codes.require(code, Codes.SLUG, "TargetGroup", Rule.TARGET_GROUP_CODE_FORMAT);
    }

    /** @return the target group with {@code code} */
    public static TargetGroup of(String code) {
        return new TargetGroup(code);
    }

    @Override
    public int compareTo(TargetGroup other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
