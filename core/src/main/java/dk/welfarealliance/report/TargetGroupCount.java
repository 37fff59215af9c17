package dk.welfarealliance.report;

import dk.welfarealliance.TargetGroup;
import dk.welfarealliance.internal.validation.Violations;

/**
 * How many terms and initiatives address one target group on a day ({@link FocusAreasAndTargetGroups}): the
 * initiatives that name the group, and the terms with at least one such initiative. Terms known to be in force and
 * terms possibly in force are counted apart.
 *
 * @param group the target group (its code is its name: the catalogue names no target groups)
 * @param termsInForce terms known to be in force with an initiative for the group
 * @param initiativesInForce initiatives of those terms for the group
 * @param termsPossiblyInForce terms possibly in force with an initiative for the group
 * @param initiativesPossiblyInForce initiatives of those terms for the group
 */
public record TargetGroupCount(TargetGroup group, int termsInForce, int initiativesInForce, int termsPossiblyInForce,
        int initiativesPossiblyInForce) {

    /** @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) if a component is null */
    public TargetGroupCount {
        Violations.requireNonNull(group, "TargetGroupCount", "group");
    }
}
