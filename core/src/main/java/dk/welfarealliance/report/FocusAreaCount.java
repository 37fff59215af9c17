package dk.welfarealliance.report;

import dk.welfarealliance.FocusAreaCode;
import dk.welfarealliance.internal.validation.Violations;

/**
 * How many terms and initiatives cover one focus area on a day ({@link FocusAreasAndTargetGroups}). A term covers
 * an area when the area is one of the agreement's focus areas; an initiative when its focus area is the area. Terms
 * known to be in force and terms possibly in force (signed, end not recorded) are counted apart.
 *
 * @param code the area's code
 * @param custom whether it is a municipality's own area ({@code custom:<slug>}) rather than a catalogue area
 * @param name the area's English name in the catalogue; the code for a custom area or one the catalogue does not hold
 * @param nameDa the area's Danish name in the catalogue; the code likewise
 * @param termsInForce terms known to be in force that cover it
 * @param initiativesInForce initiatives of those terms that cover it
 * @param termsPossiblyInForce terms possibly in force that cover it
 * @param initiativesPossiblyInForce initiatives of those terms that cover it
 */
public record FocusAreaCount(FocusAreaCode code, boolean custom, String name, String nameDa, int termsInForce,
        int initiativesInForce, int termsPossiblyInForce, int initiativesPossiblyInForce) {

    /** @throws dk.welfarealliance.validation.ValidationException ({@code value.null}) if a component is null */
    public FocusAreaCount {
        Violations.requireNonNull(code, "FocusAreaCount", "code");
        Violations.requireNonNull(name, "FocusAreaCount", "name");
        Violations.requireNonNull(nameDa, "FocusAreaCount", "nameDa");
    }
}
